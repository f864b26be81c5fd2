/**
 * English specifics for matching. Case and accents are folded like French;
 * the possessive 's is dropped so "Boko Haram's fighters" matches "Boko Haram".
 */

/** True when the apostrophe at `index` starts a possessive 's ending a word. */
export function isPossessiveAt(text: string, index: number): boolean {
  const s = text[index + 1];
  if (s !== 's' && s !== 'S') return false;
  const after = text[index + 2];
  return after === undefined || !/[\p{L}\p{N}]/u.test(after);
}
