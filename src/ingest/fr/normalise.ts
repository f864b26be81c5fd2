/**
 * French folding for matching: accents and ligatures are folded (é→e, ç→c,
 * œ→oe, æ→ae) and elided articles and pronouns are split from the word they
 * lean on (l'Algérie → "l algerie", qu'AQMI → "qu aqmi"), so a name is found
 * whatever article precedes it.
 */

/** Elided words: the apostrophe after them separates two words. */
export const FRENCH_ELISIONS: readonly string[] = ['l', 'd', 'qu', 'j', 'n', 's', 'm', 't', 'c', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

const SPECIAL = new Map<string, string>([
  ['œ', 'oe'], ['Œ', 'oe'], ['æ', 'ae'], ['Æ', 'ae'], ['ß', 'ss'], ['ø', 'o'], ['Ø', 'o'],
  ['đ', 'd'], ['Đ', 'd'], ['ł', 'l'], ['Ł', 'l'], ['ı', 'i'], ['ŀ', 'l'],
]);
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

/** Folds one Latin (or other non-Arabic) character: accents off, lower case. */
export function foldLatinChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded !== undefined) return folded;
  folded = SPECIAL.get(ch) ?? ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  cache.set(ch, folded);
  return folded;
}
