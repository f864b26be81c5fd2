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
 *   a line break (so names never match across paragraphs); but in a document
 *   whose paragraphs are separated by blank lines, a single line break between
 *   two words is a wrapped line, not a paragraph («بوبكر\nتراوري» is one name);
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
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A line holding only white space: the document separates its paragraphs by blank lines. */
const BLANK_LINE = /\n[ \t\r]*\n/;

const UTF16 = new TextDecoder('utf-16le');

class Builder {
  starts: Int32Array;
  ends: Int32Array;
  codes: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity + 8);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.codes = new Uint16Array(size);
  }

  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  push(out: string, start: number, end: number): void {
    for (let k = 0; k < out.length; k++) this.pushCode(out.charCodeAt(k), start, end);
  }

  /** A dropped mark still belongs to the character before it (surfaces keep their diacritics). */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.starts = starts;
    this.ends = ends;
    this.codes = codes;
  }

  finish(): NormalisedText {
    // Decoding the code units as UTF-16LE is the fastest way to turn them into a string.
    const text = UTF16.decode(this.codes.subarray(0, this.length));
    return { text, starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
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

function isWhitespaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680 || code === 0x85;
}

function isInvisibleCode(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064)
    || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff || code === 0xad;
}

/** Normalises a whole document, keeping the offset map. */
export function normaliseForMatching(original: string): NormalisedText {
  const out = new Builder(original.length);
  let i = 0;
  const n = original.length;
  const blankLineParagraphs = BLANK_LINE.test(original);
  while (i < n) {
    const code = original.charCodeAt(i);
    // Fast paths: folded Arabic letters and ASCII letters and digits are the bulk of any text.
    if ((code >= 0x0621 && code <= 0x064a && code !== 0x0623 && code !== 0x0625 && code !== 0x0622 && code !== 0x0624 && code !== 0x0626 && code !== 0x0629 && code !== 0x0640 && code !== 0x0649)
      || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      out.pushCode(code, i, i + 1);
      i++;
      continue;
    }
    if (isWhitespaceCode(code)) {
      let j = i;
      let newlines = 0;
      while (j < n) {
        const c = original.charCodeAt(j);
        if (!isWhitespaceCode(c)) break;
        if (c === 0x0a || c === 0x2029 || (c === 0x0d && original.charCodeAt(j + 1) !== 0x0a)) newlines++;
        j++;
      }
      const wrapped = newlines === 1 && blankLineParagraphs && isWordChar(original[i - 1]) && isWordChar(original[j]);
      out.pushCode(newlines > 0 && !wrapped ? 0x0a : 0x20, i, j);
      i = j;
      continue;
    }
    if (isInvisibleCode(code)) { i++; continue; }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? original[i]! : original.slice(i, i + 2);
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

/** A set of words in their normalised form, for comparing with token texts. */
export function normalisedWords(list: readonly string[]): Set<string> {
  return new Set(list.map(normaliseName));
}
