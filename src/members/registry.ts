import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { deterministicStixId } from '../stix/ids.js';
import { TLP2_MARKING_IDS } from '../stix/markings.js';
import type { StixObject } from '../stix/types.js';

const require = createRequire(import.meta.url);
for (const lang of ['ar', 'fr', 'en']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** The partnership as first constituted: the four field countries and their joint headquarters. */
export const FOUNDING_MEMBERS = ['DZA', 'MLI', 'MRT', 'NER', 'XHQ'] as const;

/** The joint headquarters is not a state; it takes a user-assigned ISO 3166 code. */
export const JOINT_HQ_CODE = 'XHQ';
const EXTRA_MEMBERS: Record<string, MemberNames> = {
  [JOINT_HQ_CODE]: { ar: 'القيادة المشتركة', fr: 'État-major conjoint', en: 'Joint headquarters' },
};

export interface MemberNames {
  readonly ar: string;
  readonly fr: string;
  readonly en: string;
}

export interface Member {
  readonly code: string;
  readonly names: MemberNames;
  /** The STIX identity of the member's node; objects it creates carry it as created_by_ref. */
  readonly identityId: string;
}

/** Every node derives the same identity id for a member from its code alone. */
export function memberIdentityId(code: string): string {
  return deterministicStixId('identity', `member:${code}`);
}

/** A member state (ISO 3166-1 alpha-3) or the joint HQ; undefined for an unknown code. */
export function member(code: string): Member | undefined {
  const extra = EXTRA_MEMBERS[code];
  if (extra) return { code, names: extra, identityId: memberIdentityId(code) };
  if (!/^[A-Z]{3}$/.test(code) || !countries.isValid(code)) return undefined;
  const names = {
    ar: countries.getName(code, 'ar') ?? code,
    fr: countries.getName(code, 'fr') ?? code,
    en: countries.getName(code, 'en') ?? code,
  };
  return { code, names, identityId: memberIdentityId(code) };
}

export function isMemberCode(code: string): boolean {
  return member(code) !== undefined;
}

let identityIndex: Map<string, string> | undefined;

/** The member whose node identity is `identityId`, if any. */
export function memberOfIdentity(identityId: string): string | undefined {
  if (!identityIndex) {
    const codes = [...Object.keys(countries.getAlpha3Codes()), ...Object.keys(EXTRA_MEMBERS)];
    identityIndex = new Map(codes.map((code) => [memberIdentityId(code), code]));
  }
  return identityIndex.get(identityId);
}

/** The member's node identity as a STIX object, TLP:CLEAR so it can travel to every peer. */
export function memberIdentity(code: string): StixObject {
  const m = member(code);
  if (!m) throw new RangeError(`unknown member code: ${code}`);
  return {
    type: 'identity',
    spec_version: '2.1',
    id: m.identityId,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: m.names.en,
    identity_class: 'organization',
    sectors: ['defense'],
    object_marking_refs: [TLP2_MARKING_IDS.clear],
  };
}
