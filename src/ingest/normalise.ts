/**
 * Normalisation for matching, never for display. The normalised text keeps a
 * map from every one of its characters back to the original text's UTF-16
 * offsets, so a match in normalised text becomes a span of the original.
 *
 * Rules (all languages at once, since documents mix scripts):
 * - Arabic folding (ar/normalise.ts), Latin accent and case folding and
 *   elision splitting (fr/normalise.ts), English possessive (en/normalise.ts);
 * - every quotation mark family (« » “ ” „ ‟ ‹ › " ＂, and ' ‘ ’ when they do not
 *   sit between two letters) becomes '"'; reversed »…« pairs need no special
 *   case because open and close marks are the same character afterwards;
 * - an apostrophe between two letters separates them (l'Algérie → "l algerie");
 * - hyphens and dashes between letters become a space (Al-Qaïda → "al qaida");
 * - runs of white space become one space, or one line feed when the run holds
 *   a line break (so names never match across paragraphs);
 * - invisible format characters (bidi marks, zero-width joiners, soft hyphen)
 *   are dropped.
 */
import { foldArabicCodePoint, isPresentationForm } from './ar/normalise.js';
import { isPossessiveAt } from './en/normalise.js';
import { foldLatinChar } from './fr/normalise.js';

export interface NormalisedText {
  /** The folded text the matcher and the cue rules read. */
  readonly text: string;
  /** starts[i]: UTF-16 offset in the original of the character that produced text[i]. */
  readonly starts: Int32Array;
  /** ends[i]: exclusive UTF-16 end offset in the original of that character (marks included). */
  readonly ends: Int32Array;
}

const QUOTES = new Set([...'«»“”„‟‹›"＂〝〞「」']);
const APOSTROPHES = new Set([...'\'‘’‚‛ʼ`´']);
const DASHES = new Set([...'-‐‑‒–—―−']);
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

class Builder {
  text = '';
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  private parts: string[] = [];

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  push(out: string, start: number, end: number): void {
    for (let k = 0; k < out.length; k++) {
      if (this.length === this.starts.length) this.grow();
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
    this.parts.push(out);
  }

  /** A dropped mark still belongs to the character before it (surfaces keep their diacritics). */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  finish(): NormalisedText {
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Folds one code point that is not white space, punctuation handled above, or invisible. */
function foldCodePoint(cp: number, ch: string): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  if (cp >= 0x0600 && cp <= 0x06ff) return foldArabicCodePoint(cp) ?? ch;
  if (isPresentationForm(cp)) {
    let out = '';
    for (const part of ch.normalize('NFKC')) out += foldArabicCodePoint(part.codePointAt(0)!) ?? part;
    return out;
  }
  return foldLatinChar(ch);
}

/** Normalises a whole document, keeping the offset map. */
export function normaliseForMatching(original: string): NormalisedText {
  const out = new Builder(original.length);
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (WHITESPACE.test(ch)) {
      let j = i;
      let newline = false;
      while (j < original.length && WHITESPACE.test(original[j]!)) {
        if (original[j] === '\n' || original[j] === '\r' || original[j] === '\u2029') newline = true;
        j++;
      }
      out.push(newline ? '\n' : ' ', i, j);
      i = j;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i += width;
      continue;
    }
    const prev = original[i - 1];
    const next = original[i + 1];
    if (QUOTES.has(ch)) {
      out.push('"', i, i + 1);
    } else if (APOSTROPHES.has(ch)) {
      if (isWordChar(prev) && isPossessiveAt(original, i)) {
        i += 2; // drop the possessive 's
        continue;
      }
      out.push(isWordChar(prev) && isWordChar(next) ? ' ' : '"', i, i + 1);
    } else if (DASHES.has(ch)) {
      out.push(isWordChar(prev) && isWordChar(next) ? ' ' : '-', i, i + 1);
    } else {
      const folded = foldCodePoint(cp, ch);
      if (folded === '') out.extendLast(i + width);
      else out.push(folded, i, i + width);
    }
    i += width;
  }
  return out.finish();
}

/** The normalised form of a name or cue (no offset map), trimmed. */
export function normaliseName(name: string): string {
  return normaliseForMatching(name).text.replace(/\s+/g, ' ').trim();
}

/** Original UTF-16 span of the normalised span [start, end). */
export function originalSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : (norm.ends[norm.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}
