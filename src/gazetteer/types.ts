/**
 * The shape of bundled reference data (places, armed groups, organisations) that the
 * extractor matches against. Entries are facts written as data; the loader turns them
 * into matcher patterns and, on request, into STIX objects.
 */
export type GazetteerEntityType = 'location' | 'threat-actor' | 'identity';

export type Lang = 'ar' | 'fr' | 'en';

export interface LocalisedNames {
  /** The first name in each list is the preferred display name in that language. */
  readonly ar: readonly string[];
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

export interface GazetteerRelation {
  /** Hoggar relationship type, e.g. 'affiliated-with', 'located-at'. */
  readonly type: string;
  /** Key of the other entry. */
  readonly target: string;
}

export interface GazetteerEntry {
  /** Stable key, e.g. 'country:DZ', 'place:dz-tamanrasset', 'group:aqim'. */
  readonly key: string;
  readonly type: GazetteerEntityType;
  /**
   * location: 'country' | 'region' | 'admin1' | 'city' | 'town';
   * threat-actor: 'group' | 'individual'; identity: 'organization' | 'individual'.
   */
  readonly kind: string;
  /** English canonical name. */
  readonly canonical: string;
  readonly names: LocalisedNames;
  /** Abbreviations, kunyas and other spellings, in any script. */
  readonly aliases?: readonly string[];
  /** Adjective / demonym forms that refer to the entry (الجزائري، algérienne, Algerian). */
  readonly adjectives?: Partial<Record<Lang, readonly string[]>>;
  /** ISO 3166-1 alpha-2 of the country the entry lies in or is based in. */
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** Key of the containing entry (a town's region, a region's country). */
  readonly parent?: string;
  readonly relations?: readonly GazetteerRelation[];
}
