/** Matching helpers shared by the scorers: the matching normalisation and maximum one-to-one matching. */
import { procliticReadings } from '../ar/clitics.js';
import { normaliseName } from '../normalise.js';

/**
 * The matching normalisation: the extractor's folding (case, accents, Arabic
 * letter variants, diacritics, quotation marks), and «لل…» read as «ال…» (the
 * preposition ل before the article: a mention of «الجيش» written «للجيش»).
 */
export function fold(text: string): string {
  const folded = normaliseName(text).replace(/"/g, '').trim();
  return folded.startsWith('لل') && folded.length > 4 ? `ا${folded.slice(1)}` : folded;
}

/**
 * The keys a surface matches under: its folded form and, for Arabic, the
 * readings of its first word without proclitics. Gold forms keep their clitics
 * («وبمالي», «للقاعدة»: the annotation rule of the evaluation articles) while
 * the extractor's surfaces leave them out; both reduce to the same keys.
 */
export function matchKeys(text: string): Set<string> {
  const folded = fold(text);
  const keys = new Set([folded]);
  const space = folded.indexOf(' ');
  const first = space < 0 ? folded : folded.slice(0, space);
  const rest = space < 0 ? '' : folded.slice(space);
  if (/^[\u0621-\u064A]/.test(first)) for (const reading of procliticReadings(first)) keys.add(`${reading}${rest}`);
  return keys;
}

export const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const key of a) if (b.has(key)) return true;
  return false;
};

/** Maximum one-to-one matching (Kuhn's augmenting paths) over candidate edges. */
export function maximumMatching(left: number, edges: readonly (readonly number[])[]): Map<number, number> {
  const matchOfRight = new Map<number, number>();
  const tryAugment = (u: number, seen: Set<number>): boolean => {
    for (const v of edges[u] ?? []) {
      if (seen.has(v)) continue;
      seen.add(v);
      const owner = matchOfRight.get(v);
      if (owner === undefined || tryAugment(owner, seen)) { matchOfRight.set(v, u); return true; }
    }
    return false;
  };
  for (let u = 0; u < left; u++) tryAugment(u, new Set());
  const matchOfLeft = new Map<number, number>();
  for (const [v, u] of matchOfRight) matchOfLeft.set(u, v);
  return matchOfLeft;
}
