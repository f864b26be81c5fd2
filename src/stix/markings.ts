import { deterministicStixId } from './ids.js';
import type { StixObject } from './types.js';

/** The TLP 2.0 extension (OASIS cti-stix-common-objects). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** Fixed ids of the TLP 2.0 marking definitions. */
export const TLP2_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** Fixed ids of the STIX 2.1 (TLP 1.0) marking definitions, read as their TLP 2.0 peers. */
export const TLP1_MARKING_IDS: Readonly<Record<string, TlpLevel>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear', // TLP:WHITE
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

const TLP_BY_ID = new Map<string, TlpLevel>([
  ...Object.entries(TLP2_MARKING_IDS).map(([level, id]) => [id, level as TlpLevel] as const),
  ...Object.entries(TLP1_MARKING_IDS),
]);

/** The TLP level a marking-definition id stands for, if it is a TLP marking. */
export function tlpOfMarkingId(id: string): TlpLevel | undefined {
  return TLP_BY_ID.get(id);
}

/** Hoggar's releasability extension: a marking that lists the member states an object is released to. */
export const RELEASABILITY_EXTENSION_ID = 'extension-definition--3d9b6c1e-5f2a-4c8b-9e7d-1a4f6b8c2d53';

/** ISO 3166-1 alpha-3 code, the form member states are named in. */
export const MEMBER_CODE_PATTERN = /^[A-Z]{3}$/;

/** Canonical form of a release list: unique, sorted alpha-3 codes. */
export function normaliseReleaseList(members: Iterable<string>): string[] {
  return [...new Set([...members].map((m) => m.trim().toUpperCase()))].sort();
}

/**
 * The releasability marking for a set of members. Its id and content derive from
 * the sorted member list alone, so every node that writes "REL TO DZA, MLI"
 * produces the very same object and peers never see duplicates.
 */
export function releasabilityMarking(members: Iterable<string>): StixObject {
  const list = normaliseReleaseList(members);
  for (const m of list) {
    if (!MEMBER_CODE_PATTERN.test(m)) throw new RangeError(`not an ISO 3166 alpha-3 code: ${m}`);
  }
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: deterministicStixId('marking-definition', `releasability:${list.join(',')}`),
    created: '2026-01-01T00:00:00.000Z',
    name: `REL TO ${list.join(', ')}`,
    extensions: {
      [RELEASABILITY_EXTENSION_ID]: { extension_type: 'property-extension', release_to: list },
    },
  };
}

/** The member list of a releasability marking-definition, or undefined if it is not one. */
export function releaseListOf(marking: StixObject): string[] | undefined {
  const extensions = marking.extensions as Record<string, unknown> | undefined;
  const ext = extensions?.[RELEASABILITY_EXTENSION_ID] as { release_to?: unknown } | undefined;
  if (!ext || !Array.isArray(ext.release_to)) return undefined;
  const list = ext.release_to.filter((m): m is string => typeof m === 'string' && MEMBER_CODE_PATTERN.test(m));
  return normaliseReleaseList(list);
}
