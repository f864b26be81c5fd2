/**
 * Helpers that turn the compact rows of the data modules into `GazetteerEntry`
 * values. The rows stay short (one line per place) so a reviewer can check each
 * fact against a source; the helpers add the repetitive parts (keys, qualified
 * names of administrative units, Arabic adjective inflections).
 */
import type { GazetteerEntry, GazetteerRelation, Lang } from './types.js';

/** One name or several; the first is the preferred display name. */
export type Names = string | readonly string[];

export type PlaceKind = 'admin1' | 'city' | 'town' | 'region';

/** A place written as one line of data. */
export interface PlaceRow {
  /** Key without the `place:` prefix, e.g. `dz-in-amenas`. */
  readonly id: string;
  readonly kind: PlaceKind;
  readonly en: Names;
  /** French names; omitted when French usage is the English spelling. */
  readonly fr?: Names;
  readonly ar: Names;
  /** Other spellings and transliterations, in any script. */
  readonly aka?: readonly string[];
  /** Representative point, WGS84 latitude then longitude. */
  readonly at: readonly [number, number];
  /** Parent place id (without `place:`); the country when omitted. */
  readonly in?: string;
}

/**
 * An administrative unit named after its seat (all of Algeria's wilayas, most
 * regions of Mali and Niger, Tunisia's governorates…). One row yields two
 * entries: the seat, which owns the bare name, and the unit, which owns only the
 * qualified forms («ولاية تمنراست», «wilaya de Tamanrasset»), so that a bare
 * name never points at two places of the same country.
 */
export interface SeatRow {
  readonly id: string;
  readonly en: Names;
  readonly fr?: Names;
  readonly ar: Names;
  readonly aka?: readonly string[];
  readonly at: readonly [number, number];
  /** A national capital or large city is a `city`; the default. */
  readonly seat?: 'city' | 'town';
  /** Extra qualified names of the unit itself (older or official names). */
  readonly unitAka?: readonly string[];
}

/** How a country qualifies the name of its administrative units; `{}` is the name. */
export interface AdminStyle {
  /** Key segment, e.g. `wilaya` gives `place:dz-wilaya-tamanrasset`. */
  readonly segment: string;
  readonly ar: readonly string[];
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

export function list(names: Names | undefined): readonly string[] {
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

const FRENCH_VOWEL_START = /^[aeiouyàâäéèêëîïôöûüh]/i;

/**
 * Applies a name template. French `de {}` also yields the elided `d'{}` before a
 * vowel, since both «wilaya de Adrar» (official decrees) and «wilaya d'Adrar»
 * (press) occur.
 */
export function applyTemplate(template: string, name: string, lang: Lang): string[] {
  const plain = template.replace('{}', name);
  if (lang === 'fr' && template.includes('de {}') && FRENCH_VOWEL_START.test(name)) {
    return [plain, template.replace('de {}', `d'${name}`)];
  }
  return [plain];
}

function qualify(templates: readonly string[], names: readonly string[], lang: Lang): string[] {
  return unique(templates.flatMap((t) => names.flatMap((n) => applyTemplate(t, n, lang))));
}

/** A place entry from a row; `country` is the ISO alpha-2 code. */
export function place(country: string, row: PlaceRow): GazetteerEntry {
  const en = list(row.en);
  return {
    key: `place:${row.id}`,
    type: 'location',
    kind: row.kind,
    canonical: en[0]!,
    names: { ar: list(row.ar), fr: row.fr === undefined ? en : list(row.fr), en },
    ...(row.aka && row.aka.length > 0 ? { aliases: row.aka } : {}),
    country,
    lat: row.at[0],
    lon: row.at[1],
    parent: row.in === undefined ? `country:${country}` : `place:${row.in}`,
  };
}

/** The unit and its seat, in that order (see `SeatRow`). */
export function unitWithSeat(country: string, style: AdminStyle, row: SeatRow): [GazetteerEntry, GazetteerEntry] {
  const prefix = country.toLowerCase();
  const en = list(row.en);
  const fr = row.fr === undefined ? en : list(row.fr);
  const ar = list(row.ar);
  const unitKey = `place:${prefix}-${style.segment}-${row.id}`;
  const unit: GazetteerEntry = {
    key: unitKey,
    type: 'location',
    kind: 'admin1',
    canonical: applyTemplate(style.en[0]!, en[0]!, 'en')[0]!,
    names: { ar: qualify(style.ar, ar, 'ar'), fr: qualify(style.fr, fr, 'fr'), en: qualify(style.en, en, 'en') },
    ...(row.unitAka && row.unitAka.length > 0 ? { aliases: row.unitAka } : {}),
    country,
    lat: row.at[0],
    lon: row.at[1],
    parent: `country:${country}`,
  };
  const seat: GazetteerEntry = {
    key: `place:${prefix}-${row.id}`,
    type: 'location',
    kind: row.seat ?? 'city',
    canonical: en[0]!,
    names: { ar, fr, en },
    ...(row.aka && row.aka.length > 0 ? { aliases: row.aka } : {}),
    country,
    lat: row.at[0],
    lon: row.at[1],
    parent: unitKey,
  };
  return [unit, seat];
}

/** Flattens a table of seat rows into unit and seat entries. */
export function unitsWithSeats(country: string, style: AdminStyle, rows: readonly SeatRow[]): GazetteerEntry[] {
  return rows.flatMap((row) => unitWithSeat(country, style, row));
}

/**
 * The inflections of an Arabic relative adjective (nisba) from its bare
 * masculine form, e.g. «جزائري» → الجزائري، الجزائرية، الجزائريون، الجزائريين،
 * الجزائريات and the same without the article. News text uses all of them
 * («مصادر أمنية جزائرية», «الجيش الجزائري», «الجزائريين»).
 */
export function arabicNisba(stem: string): string[] {
  const forms = [stem, `${stem}ة`, `${stem}ون`, `${stem}ين`, `${stem}ات`];
  return [...forms.map((f) => `ال${f}`), ...forms];
}

/**
 * French adjective inflections from the masculine singular: algérien →
 * algérienne, algériens, algériennes; malien, marocain, français, libyen…
 * Irregular adjectives are written out in full by the caller.
 */
export function frenchAdjective(masculine: string): string[] {
  if (/(?:ien|éen)$/.test(masculine)) return [masculine, `${masculine}ne`, `${masculine}s`, `${masculine}nes`];
  if (/[sx]$/.test(masculine)) return [masculine, `${masculine}e`, `${masculine}es`];
  if (/e$/.test(masculine)) return [masculine, `${masculine}s`];
  return [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
}

/** English demonym with its plural (Algerian, Algerians). */
export function englishDemonym(singular: string): string[] {
  // French, British, Swiss, Sudanese… have no plural in -s.
  if (/(?:ese|ss|sh|ch)$/.test(singular)) return [singular];
  return [singular, `${singular}s`];
}

/** A relation, for compact data rows. */
export function rel(type: string, target: string): GazetteerRelation {
  return { type, target };
}

/** An armed group, a person or an organisation written as one data row. */
export interface ActorRow {
  /** Key without its prefix: `aqim` gives `group:aqim`, `person:…`, `org:…`. */
  readonly id: string;
  readonly en: Names;
  /** French names; omitted when French usage is the English form. */
  readonly fr?: Names;
  readonly ar: Names;
  /** Abbreviations, kunyas, real names and other spellings, in any script. */
  readonly aka?: readonly string[];
  readonly country?: string;
  readonly at?: readonly [number, number];
  readonly rel?: readonly GazetteerRelation[];
}

const ACTOR_PREFIX = { group: 'group', individual: 'person' } as const;

function rowNames(row: ActorRow): GazetteerEntry['names'] {
  const en = list(row.en);
  return { ar: list(row.ar), fr: row.fr === undefined ? en : list(row.fr), en };
}

function rowOptionals(row: ActorRow): Partial<GazetteerEntry> {
  return {
    ...(row.aka && row.aka.length > 0 ? { aliases: row.aka } : {}),
    ...(row.country ? { country: row.country } : {}),
    ...(row.at ? { lat: row.at[0], lon: row.at[1] } : {}),
    ...(row.rel && row.rel.length > 0 ? { relations: row.rel } : {}),
  };
}

/** A threat actor: an armed group (`group:*`) or an individual (`person:*`). */
export function threatActor(kind: 'group' | 'individual', row: ActorRow): GazetteerEntry {
  return {
    key: `${ACTOR_PREFIX[kind]}:${row.id}`,
    type: 'threat-actor',
    kind,
    canonical: list(row.en)[0]!,
    names: rowNames(row),
    ...rowOptionals(row),
  };
}

/** An organisation named as an actor or a source (`org:*`). */
export function organisation(row: ActorRow): GazetteerEntry {
  return {
    key: `org:${row.id}`,
    type: 'identity',
    kind: 'organization',
    canonical: list(row.en)[0]!,
    names: rowNames(row),
    ...rowOptionals(row),
  };
}
