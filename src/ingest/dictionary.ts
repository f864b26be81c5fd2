/**
 * Dictionary hits: every place where a known form occurs as a whole word (or
 * after Arabic proclitics), longest first, without overlaps.
 */
import { isLamArticlePrefix, isProcliticPrefix } from './ar/clitics.js';
import type { Matcher, PatternEntry, PatternRef } from './matcher.js';
import type { NormalisedText } from './normalise.js';
import { projectForMatcher } from './projection.js';

export interface DictionaryHit {
  /** Normalised span of the name itself (proclitics excluded). */
  readonly start: number;
  readonly end: number;
  readonly pattern: PatternEntry;
  /** The references whose case rule the surface satisfies, best first. */
  readonly refs: readonly PatternRef[];
}

const WORD = /[\p{L}\p{N}]/u;

function isWordAt(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === undefined) return false;
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  if (cp >= 0x0621 && cp <= 0x064a) return true;
  return WORD.test(ch);
}

function wordStartBefore(text: string, index: number): number {
  let k = index;
  while (k > 0 && isWordAt(text, k - 1)) k--;
  return k;
}

const LEADING_PARTICLE = /^(?:al|el|ad|an|ar|as|at|ash|ed|er|es|et)[-\s]+/i;

function satisfiesCase(original: string, ref: PatternRef): boolean {
  if (ref.caseRule === 'none') return true;
  // "al-Qaeda" is written with a lower-case article as often as not: judge the word after it.
  const letters = original.replace(LEADING_PARTICLE, '').replace(/[^\p{L}]/gu, '');
  if (ref.caseRule === 'upper') return letters.length > 0 && letters === letters.toUpperCase();
  return /^\p{Lu}/u.test(letters);
}

/** All whole-word hits of the matcher in a normalised document, longest first, non-overlapping. */
export function findDictionaryHits(matcher: Matcher, norm: NormalisedText, original: string): DictionaryHit[] {
  return scanDictionary(matcher, norm, original).selected;
}

/** One scan: every whole-word candidate, and the longest non-overlapping selection of them. */
export function scanDictionary(matcher: Matcher, norm: NormalisedText, original: string): { selected: DictionaryHit[]; candidates: DictionaryHit[] } {
  const text = norm.text;
  const projected = projectForMatcher(text);
  const candidates: DictionaryHit[] = [];
  for (const match of matcher.automaton.iterate(projected)) {
    const pattern = matcher.patterns[match.data!]!;
    const { start, end } = match;
    if (!text.startsWith(pattern.norm, start)) continue; // projection collision
    if (isWordAt(text, end)) continue;
    if (start > 0 && isWordAt(text, start - 1)) {
      if (!pattern.arabic) continue;
      const prefix = text.slice(wordStartBefore(text, start), start);
      const ok = pattern.lam ? isLamArticlePrefix(prefix) : isProcliticPrefix(prefix, pattern.startsWithArticle);
      if (!ok) continue;
    } else if (pattern.lam) {
      continue; // «لجزائر» only exists after the preposition ل
    }
    // Arabic forms have no case rule: read the original only for Latin ones.
    const needsCase = pattern.refs.some((ref) => ref.caseRule !== 'none');
    const surface = needsCase ? original.slice(norm.starts[start]!, norm.ends[end - 1]!) : '';
    const refs = needsCase ? pattern.refs.filter((ref) => satisfiesCase(surface, ref)) : pattern.refs;
    // «للجيش»: the article's lam is written as the preposition's; the mention keeps both («لل…»).
    if (refs.length > 0) candidates.push({ start: pattern.lam ? start - 1 : start, end, pattern, refs });
  }
  return { selected: selectLongest(candidates, text.length), candidates };
}

/**
 * Country names and demonyms inside a longer known name: «الجيش المالي» also
 * mentions Mali, "Ansar al-Sharia in Tunisia" Tunisia, «الجنوب الجزائري» Algeria.
 * (The project's annotation rule: demonyms count inside names.) Not inside
 * persons' names (nisbas), and not inside places of another country
 * («بحيرة تشاد» is not Chad). Forms that are also ordinary words count only
 * inside organisations and directional regions («الجيش المالي», not «القاعدة في
 * بلاد المغرب الإسلامي»).
 */
export function findNestedCountryHits(matcher: Matcher, selected: readonly DictionaryHit[], candidates: readonly DictionaryHit[]): DictionaryHit[] {
  const outers = selected.filter((outer) => {
    const entity = matcher.entities[outer.refs[0]!.entity]!;
    if (entity.kind === 'individual') return false;
    return entity.type !== 'location' || (entity.kind === 'region' && entity.gazetteer?.country !== undefined);
  });
  if (outers.length === 0) return [];
  const nested: DictionaryHit[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let o = 0;
  for (const hit of sorted) {
    while (o < outers.length && outers[o]!.end <= hit.start) o++;
    const outer = outers[o];
    if (!outer || hit.start < outer.start || hit.end > outer.end || (hit.start === outer.start && hit.end === outer.end) || hit.pattern.lam) continue;
    const outerEntity = matcher.entities[outer.refs[0]!.entity]!;
    const ref = hit.refs.find((r) => matcher.entities[r.entity]!.kind === 'country');
    if (!ref) continue;
    const strongContext = outerEntity.type === 'identity' || outerEntity.type === 'location';
    if (ref.ambiguity === 'needs-context' && !strongContext) continue;
    if (outerEntity.type === 'location' && matcher.entities[ref.entity]!.gazetteer?.country !== outerEntity.gazetteer?.country) continue;
    nested.push({ start: hit.start, end: hit.end, pattern: hit.pattern, refs: [ref] });
  }
  return nested;
}

/** Longest spans win; equal spans keep the earlier one; overlapping shorter spans are dropped. */
export function selectLongest<T extends { start: number; end: number }>(spans: readonly T[], length: number): T[] {
  const ordered = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const kept: T[] = [];
  for (const span of ordered) {
    let free = true;
    for (let k = span.start; k < span.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
