/**
 * The matcher runs over an ASCII projection of the normalised text: every
 * folded Arabic letter gets its own ASCII stand-in and everything else that is
 * not ASCII becomes '~'. The projection has the same length as the normalised
 * text, so offsets carry over unchanged.
 *
 * Why: modern-ahocorasick matches whole grapheme clusters and segments non-ASCII
 * text with Intl.Segmenter, which measured about 0.1 MB/s on Arabic; on ASCII it
 * takes a fast path (≈2.5 M characters/s with 100,000 patterns). Normalised text
 * has no combining marks left, so graphemes and code units coincide and nothing
 * is lost. A '~' can stand for several characters, so every hit is checked
 * against the normalised text before it is used.
 */
import { FOLDED_ARABIC_LETTERS } from './ar/normalise.js';

// Stand-ins for the 29 folded Arabic letters. Latin letters are lower case after
// folding, so the upper-case letters are free; three symbols complete the set.
const STAND_INS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ{|}';
const UNKNOWN = 0x7e; // '~'

const TABLE = new Uint8Array(0x10000).fill(UNKNOWN);
for (let code = 0; code < 0x80; code++) TABLE[code] = code;
for (let k = 0; k < FOLDED_ARABIC_LETTERS.length; k++) TABLE[FOLDED_ARABIC_LETTERS.charCodeAt(k)] = STAND_INS.charCodeAt(k);

/** ASCII projection of normalised text (same length, same offsets). */
export function projectForMatcher(normalised: string): string {
  const bytes = Buffer.allocUnsafe(normalised.length);
  for (let i = 0; i < normalised.length; i++) bytes[i] = TABLE[normalised.charCodeAt(i)]!;
  return bytes.toString('latin1');
}
