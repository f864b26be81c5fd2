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

/** Splits normalised text into tokens and sentences. */
export function tokenise(norm: NormalisedText): TokenisedText {
  const text = norm.text;
  const raw: { start: number; end: number; kind: TokenKind }[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x20) { i++; continue; }
    if (code === 0x0a) { raw.push({ start: i, end: i + 1, kind: 'break' }); i++; continue; }
    if (isWordCodeAt(text, i)) {
      let j = i + 1;
      while (j < text.length && isWordCodeAt(text, j)) j++;
      raw.push({ start: i, end: j, kind: 'word' });
      i = j;
      continue;
    }
    raw.push({ start: i, end: i + 1, kind: 'punct' });
    i++;
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let sentence = 0;
  const closeSentence = (lastToken: number): void => {
    if (lastToken <= sentenceStart) return;
    // A paragraph break after a full stop is not a sentence of its own.
    if (lastToken - sentenceStart === 1 && raw[sentenceStart]!.kind === 'break') {
      sentenceStart = lastToken;
      return;
    }
    sentences.push({ index: sentence, start: raw[sentenceStart]!.start, end: raw[lastToken - 1]!.end, first: sentenceStart, last: lastToken });
    sentence++;
    sentenceStart = lastToken;
  };
  for (let k = 0; k < raw.length; k++) {
    const { start, end, kind } = raw[k]!;
    const value = text.slice(start, end);
    const first = value.charCodeAt(0);
    const arabic = kind === 'word' && first >= 0x0621 && first <= 0x064a;
    tokens.push({ index: k, start, end, text: value, kind, arabic, readings: readingsOf(value, arabic), sentence });
    if (kind === 'break') { closeSentence(k + 1); continue; }
    if (kind !== 'punct' || !SENTENCE_END.has(value)) continue;
    if (value === '.' && !endsSentenceAt(raw, text, k)) continue;
    // Closing quotes and brackets right after the stop belong to the sentence.
    let last = k + 1;
    while (last < raw.length && raw[last]!.kind === 'punct' && /["')\]]/.test(text[raw[last]!.start]!) && raw[last]!.start === raw[last - 1]!.end) {
      const q = raw[last]!;
      tokens.push({ index: last, start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'punct', arabic: false, readings: [text.slice(q.start, q.end)], sentence });
      last++;
    }
    k = last - 1;
    closeSentence(last);
  }
  closeSentence(raw.length);

  const tokenAt = new Int32Array(text.length).fill(-1);
  for (const token of tokens) tokenAt.fill(token.index, token.start, token.end);
  return { tokens, sentences, tokenAt };
}

function endsSentenceAt(raw: readonly { start: number; end: number; kind: TokenKind }[], text: string, k: number): boolean {
  const prev = raw[k - 1];
  const next = raw[k + 1];
  if (!prev || prev.kind !== 'word' || prev.end !== raw[k]!.start) return next === undefined || next.kind !== 'word' || !/\d/.test(text[next.start]!);
  const word = text.slice(prev.start, prev.end);
  // Decimal numbers: 3.5
  if (/^\d+$/.test(word) && next && next.start === raw[k]!.end && /\d/.test(text[next.start]!)) return false;
  if (!ARABIC.test(word)) {
    // Initials (A. B.) and abbreviations (Gen., M.) do not end sentences.
    if (word.length === 1 && /[a-z]/.test(word)) return false;
    if (ABBREVIATIONS.has(word)) return false;
  }
  return true;
}
