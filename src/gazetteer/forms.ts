/**
 * Surface forms of entries (what the extractor matches) and the folding used to
 * decide when two forms are "the same" for ambiguity checks: case, Latin
 * diacritics, Arabic hamza-seat and final-letter variants, diacritics and
 * tatweel, and punctuation between words are ignored.
 */
import type { GazetteerEntry, Lang } from './types.js';

export type FormSource = 'name' | 'alias' | 'adjective';

export interface SurfaceForm {
  readonly form: string;
  /** Language of the name or adjective; undefined for aliases, which have none. */
  readonly lang?: Lang;
  readonly source: FormSource;
}

const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];

/** Every string that refers to the entry: names, aliases and adjectives. */
export function surfaceForms(entry: GazetteerEntry): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  for (const lang of LANGS) for (const form of entry.names[lang]) forms.push({ form, lang, source: 'name' });
  for (const form of entry.aliases ?? []) forms.push({ form, source: 'alias' });
  for (const lang of LANGS) for (const form of entry.adjectives?.[lang] ?? []) forms.push({ form, lang, source: 'adjective' });
  return forms;
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g; // harakat, superscript alef, tatweel

/** The comparison key of a form (see module comment). */
export function foldForm(form: string): string {
  return form
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\s'’‘`\-–—.,()]+/g, ' ')
    .trim();
}

/** Folded forms that more than one entry of the same type claims, with those entries' keys. */
export function sharedForms(entries: readonly GazetteerEntry[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const { form } of surfaceForms(entry)) {
      const key = `${entry.type}|${foldForm(form)}`;
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(entry.key);
    }
  }
  const shared = new Map<string, string[]>();
  for (const [key, set] of owners) if (set.size > 1) shared.set(key.slice(key.indexOf('|') + 1), [...set].sort());
  return shared;
}
