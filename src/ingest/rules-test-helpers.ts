/**
 * Test helper for the rule tests: extracts a short text with a small gazetteer
 * (or none) and summarises the draft as readable strings.
 */
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { StixObject } from '../stix/types.js';
import { createExtractor, MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID, type DocLang, type Extractor } from './index.js';

/** A few places and one listed group, enough for the rules to have context. */
export const TEST_PLACES: GazetteerEntry[] = [
  { key: 'country:ML', type: 'location', kind: 'country', canonical: 'Mali', names: { ar: ['مالي'], fr: ['Mali'], en: ['Mali'] }, adjectives: { ar: ['المالي', 'المالية'], fr: ['malien', 'malienne'], en: ['Malian'] }, country: 'ML' },
  { key: 'country:NE', type: 'location', kind: 'country', canonical: 'Niger', names: { ar: ['النيجر'], fr: ['Niger'], en: ['Niger'] }, adjectives: { ar: ['النيجري', 'النيجرية'], fr: ['nigérien', 'nigérienne'], en: ['Nigerien'] }, country: 'NE' },
  { key: 'place:ml-gao', type: 'location', kind: 'city', canonical: 'Gao', names: { ar: ['غاو'], fr: ['Gao'], en: ['Gao'] }, country: 'ML', parent: 'country:ML' },
  { key: 'place:ml-kayes', type: 'location', kind: 'city', canonical: 'Kayes', names: { ar: ['كاي'], fr: ['Kayes'], en: ['Kayes'] }, country: 'ML', parent: 'country:ML' },
  { key: 'place:ne-dosso', type: 'location', kind: 'city', canonical: 'Dosso', names: { ar: ['دوسو'], fr: ['Dosso'], en: ['Dosso'] }, country: 'NE', parent: 'country:NE' },
];

let shared: Extractor | undefined;

export interface DraftSummary {
  readonly objects: readonly StixObject[];
  /** "from relationship_type to" by display name. */
  readonly relations: string[];
  /** Display names of the entities of a STIX type (anonymous source identities left out). */
  entities(type: string): string[];
  /** "source [via channel] kind grade" per note. */
  readonly notes: string[];
  /** "of = alias (basis)" per alias reading. */
  readonly aliases: string[];
  /** Surfaces of the mentions of the entity with this display name. */
  mentions(name: string): string[];
  /** Anonymous source phrases. */
  readonly sources: string[];
  find(name: string): StixObject | undefined;
}

/** Extracts `text` (language forced) and summarises the draft. */
export function draftOf(text: string, lang: DocLang, gazetteer: GazetteerEntry[] = TEST_PLACES): DraftSummary {
  const extractor = gazetteer === TEST_PLACES ? (shared ??= createExtractor({ gazetteer: TEST_PLACES })) : createExtractor({ gazetteer });
  const objects = extractor.extract(text, { lang, now: new Date('2026-01-01T00:00:00.000Z') }).bundle.objects;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const name = (id: unknown): string => String(byId.get(id as string)?.name);
  const ext = (objects[0]!.extensions as Record<string, Record<string, { object_ref: string; text?: string; alias?: string; of?: string; basis?: string }[]>>)[MENTIONS_EXTENSION_ID]!;
  const anonymous = (o: StixObject): boolean => (o.extensions as Record<string, { anonymous?: boolean }> | undefined)?.[SOURCE_EXTENSION_ID]?.anonymous === true;
  return {
    objects,
    relations: objects.filter((o) => o.type === 'relationship').map((r) => `${name(r.source_ref)} ${String(r.relationship_type)} ${name(r.target_ref)}`),
    entities: (type) => objects.filter((o) => o.type === type && !anonymous(o)).map((o) => String(o.name)),
    notes: objects.filter((o) => o.type === 'note').map((n) => {
      const g = (n.extensions as Record<string, Record<string, unknown>>)[SOURCE_EXTENSION_ID]!;
      return `${name(g.source_ref)}${g.via_ref ? ` via ${name(g.via_ref)}` : ''} ${String(g.source_kind)} ${String(g.reliability)}${String(g.credibility)}`;
    }),
    aliases: (ext.aliases ?? []).map((a) => `${a.of} = ${a.alias} (${a.basis})`),
    mentions: (n) => (ext.mentions ?? []).filter((m) => name(m.object_ref) === n).map((m) => m.text!),
    sources: (ext.sources ?? []).map((s) => s.text!),
    find: (n) => objects.find((o) => o.name === n),
  };
}
