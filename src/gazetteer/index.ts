/**
 * Hoggar's bundled gazetteer: countries (generated from the ISO locale data),
 * sub-national places and regions of the Sahel and Maghreb, armed groups and
 * their leaders, and organisations and media. The extractor matches against
 * `loadGazetteer()`; the knowledge base imports entries through `entryToStix`.
 */
import { alpha2Of, alpha3Of as alpha3OfCode, buildCountryEntries } from './countries.js';
import { ACTOR_ENTRIES, PLACE_ENTRIES } from './data/index.js';
import { GazetteerError } from './errors.js';
import { relationsToStix, toStix } from './stix.js';
import type { StixObject } from '../stix/types.js';
import type { GazetteerEntry } from './types.js';

export type { GazetteerEntry, GazetteerEntityType, GazetteerRelation, Lang, LocalisedNames } from './types.js';
export { AMBIGUOUS_FORMS, type AmbiguousForm, type AmbiguityReason } from './data/ambiguous-forms.js';
export { foldForm, surfaceForms, type SurfaceForm, type FormSource } from './forms.js';
export { GAZETTEER_RELEASE, stixIdOf } from './stix.js';
export { GazetteerError } from './errors.js';

interface Loaded {
  readonly entries: readonly GazetteerEntry[];
  readonly byKey: ReadonlyMap<string, GazetteerEntry>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const entries = Object.freeze([...buildCountryEntries(), ...PLACE_ENTRIES, ...ACTOR_ENTRIES]);
  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    // A duplicate key would silently shadow an entry; the data must be fixed.
    if (byKey.has(entry.key)) throw new GazetteerError('gazetteer_invalid', `duplicate gazetteer key ${entry.key}`);
    byKey.set(entry.key, entry);
  }
  loaded = { entries, byKey };
  return loaded;
}

/** All entries, built on the first call and cached. */
export function loadGazetteer(): readonly GazetteerEntry[] {
  return load().entries;
}

/** The entry with this key, e.g. `place:dz-tamanrasset`. */
export function gazetteerEntry(key: string): GazetteerEntry | undefined {
  return load().byKey.get(key);
}

/** The country entry for an ISO 3166-1 alpha-2 code (any case). */
export function countryByAlpha2(code: string): GazetteerEntry | undefined {
  return gazetteerEntry(`country:${code.toUpperCase()}`);
}

/** 'DZ' → 'DZA'; undefined for an unknown code. */
export function alpha3Of(alpha2: string): string | undefined {
  return alpha3OfCode(alpha2);
}

/** Preferred Arabic, French and English names of a country given its alpha-3 code. */
export function countryNames(alpha3: string): { ar: string; fr: string; en: string } | undefined {
  const alpha2 = alpha2Of(alpha3);
  const entry = alpha2 ? countryByAlpha2(alpha2) : undefined;
  if (!entry) return undefined;
  const { ar, fr } = entry.names;
  return { ar: ar[0] ?? entry.canonical, fr: fr[0] ?? entry.canonical, en: entry.canonical };
}

/**
 * STIX 2.1 object for an entry: location (with country, region, lat/lon),
 * threat-actor (with aliases, threat_actor_types), identity (identity_class);
 * deterministic id from the key so every node agrees; names in other languages
 * as a separate language-content object.
 */
export function entryToStix(entry: GazetteerEntry): { object: StixObject; translations?: StixObject } {
  return toStix(entry, gazetteerEntry);
}

/** STIX relationships for the entry's relations (affiliated-with, leads, located-at…). */
export function entryRelationshipsToStix(entry: GazetteerEntry): StixObject[] {
  return relationsToStix(entry, gazetteerEntry);
}
