/**
 * Tokens and sentences of normalised text. Words are runs of letters and
 * digits; punctuation marks are tokens of their own; a line feed is a
 * paragraph break token. Arabic words carry their proclitic readings.
 */
import { procliticReadings } from './ar/clitics.js';
import type { NormalisedText } from './normalise.js';

export type TokenKind = 'word' | 'punct' | 'break';

export interface Token {
  readonly index: number;
  /** Normalised offsets [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  readonly arabic: boolean;
  /** The word and its readings without proclitics (Arabic); just the word otherwise. */
  readonly readings: readonly string[];
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
}

export interface TokenisedText {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** tokenAt[i]: index of the token covering normalised offset i, or -1 (space). */
  readonly tokenAt: Int32Array;
}

const WORD = /[\p{L}\p{N}]/u;
const ARABIC = /[\u0621-\u064A]/;
// Latin abbreviations whose final period does not end a sentence.
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdt', 'gal', 'prof', 'etc', 'vs', 'no', 'jr', 'sr', 'aka', 'cf']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);

function isWordCodeAt(text: string, i: number): boolean {
  const cp = text.charCodeAt(i);
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  if (cp >= 0x0621 && cp <= 0x064a) return true;
  return WORD.test(text[i]!);
}

// Words repeat: their readings are computed once per distinct word (bounded cache).
const readingsCache = new Map<string, readonly string[]>();
function readingsOf(word: string, arabic: boolean): readonly string[] {
  let readings = readingsCache.get(word);
  if (readings) return readings;
  readings = Object.freeze(arabic ? procliticReadings(word) : [word]);
  if (readingsCache.size > 200_000) readingsCache.clear();
  readingsCache.set(word, readings);
  return readings;
}

/** The longest run of tokens read as one sentence; real sentences stay far below it. */
const MAX_SENTENCE_TOKENS = 300;

/** Splits normalised text into tokens and sentences. */
export function tokenise(norm: NormalisedText): TokenisedText {
  const text = norm.text;
  // Token boundaries in typed arrays: no object per raw token (large documents allocate less).
  let capacity = Math.max(16, text.length >> 2);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  const pushRaw = (start: number, end: number, kind: number): void => {
    if (count === capacity) {
      capacity *= 2;
      const s2 = new Int32Array(capacity); s2.set(starts); starts = s2;
      const e2 = new Int32Array(capacity); e2.set(ends); ends = e2;
      const k2 = new Uint8Array(capacity); k2.set(kinds); kinds = k2;
    }
    starts[count] = start; ends[count] = end; kinds[count] = kind; count++;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x20) { i++; continue; }
    if (code === 0x0a) { pushRaw(i, i + 1, BREAK); i++; continue; }
    if (isWordCodeAt(text, i)) {
      let j = i + 1;
      while (j < text.length && isWordCodeAt(text, j)) j++;
      pushRaw(i, j, WORD_KIND);
      i = j;
      continue;
    }
    pushRaw(i, i + 1, PUNCT);
    i++;
  }
  const raw: RawTokens = { starts, ends, kinds, count };

  const tokens: Token[] = new Array(count);
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let sentence = 0;
  const closeSentence = (lastToken: number): void => {
    if (lastToken <= sentenceStart) return;
    // A paragraph break after a full stop is not a sentence of its own.
    if (lastToken - sentenceStart === 1 && kinds[sentenceStart] === BREAK) {
      sentenceStart = lastToken;
      return;
    }
    sentences.push({ index: sentence, start: starts[sentenceStart]!, end: ends[lastToken - 1]!, first: sentenceStart, last: lastToken });
    sentence++;
    sentenceStart = lastToken;
  };
  const makeToken = (k: number): Token => {
    const start = starts[k]!;
    const end = ends[k]!;
    const kind = KIND_NAMES[kinds[k]!]!;
    const value = text.slice(start, end);
    const first = value.charCodeAt(0);
    const arabic = kind === 'word' && first >= 0x0621 && first <= 0x064a;
    return { index: k, start, end, text: value, kind, arabic, readings: readingsOf(value, arabic), sentence };
  };
  for (let k = 0; k < count; k++) {
    const token = makeToken(k);
    tokens[k] = token;
    if (token.kind === 'break') { closeSentence(k + 1); continue; }
    // Text without stops (a list, a table, hostile input) is cut into pieces of at most MAX_SENTENCE_TOKENS, so that the
    // per-sentence rules stay linear in the document's length.
    if (k + 1 - sentenceStart >= MAX_SENTENCE_TOKENS) { closeSentence(k + 1); continue; }
    if (token.kind !== 'punct' || !SENTENCE_END.has(token.text)) continue;
    if (token.text === '.' && !endsSentenceAt(raw, text, k)) continue;
    // Closing quotes and brackets right after the stop belong to the sentence.
    let last = k + 1;
    while (last < count && kinds[last] === PUNCT && CLOSERS.has(text[starts[last]!]!) && starts[last] === ends[last - 1]) {
      tokens[last] = makeToken(last);
      last++;
    }
    k = last - 1;
    closeSentence(last);
  }
  closeSentence(count);

  const tokenAt = new Int32Array(text.length).fill(-1);
  for (const token of tokens) tokenAt.fill(token.index, token.start, token.end);
  return { tokens, sentences, tokenAt };
}

const WORD_KIND = 0;
const PUNCT = 1;
const BREAK = 2;
const KIND_NAMES: readonly TokenKind[] = ['word', 'punct', 'break'];
const CLOSERS = new Set(['"', "'", ')', ']']);

interface RawTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly count: number;
}

function endsSentenceAt(raw: RawTokens, text: string, k: number): boolean {
  const prevWord = k > 0 && raw.kinds[k - 1] === WORD_KIND && raw.ends[k - 1] === raw.starts[k];
  const hasNext = k + 1 < raw.count;
  const nextIsDigitWord = hasNext && raw.kinds[k + 1] === WORD_KIND && /\d/.test(text[raw.starts[k + 1]!]!);
  if (!prevWord) return !nextIsDigitWord;
  const word = text.slice(raw.starts[k - 1]!, raw.ends[k - 1]!);
  // Decimal numbers: 3.5
  if (/^\d+$/.test(word) && hasNext && raw.starts[k + 1] === raw.ends[k] && /\d/.test(text[raw.starts[k + 1]!]!)) return false;
  if (!ARABIC.test(word)) {
    // Initials (A. B.) and abbreviations (Gen., M.) do not end sentences.
    if (word.length === 1 && /[a-z]/.test(word)) return false;
    if (ABBREVIATIONS.has(word)) return false;
  }
  return true;
}
