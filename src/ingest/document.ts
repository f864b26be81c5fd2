/**
 * One document as the extraction rules see it: the original text, its
 * normalised form with the offset map, tokens, sentences and the language of
 * each sentence (documents may mix languages paragraph by paragraph).
 */
import { cueTable, type CompiledCueTable } from './cues.js';
import type { DocLang } from './cue-types.js';
import { normaliseForMatching, originalSpan, type NormalisedText } from './normalise.js';
import { tokenise, type Sentence, type Token } from './tokens.js';

export interface DocumentView {
  readonly original: string;
  readonly norm: NormalisedText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly tokenAt: Int32Array;
  readonly sentenceLang: readonly DocLang[];
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly lang: DocLang;
}

/** Builds the view; `langAt(offset)` gives the language of the paragraph holding an original offset. */
export function buildDocumentView(original: string, langAt: (originalOffset: number) => DocLang): DocumentView {
  const norm = normaliseForMatching(original);
  const { tokens, sentences, tokenAt } = tokenise(norm);
  const sentenceLang = sentences.map((s) => langAt(norm.starts[s.start] ?? 0));
  return { original, norm, tokens, sentences, tokenAt, sentenceLang };
}

/** Original text of the normalised span [start, end). */
export function surfaceOf(doc: DocumentView, start: number, end: number): string {
  const span = originalSpan(doc.norm, start, end);
  return doc.original.slice(span.start, span.end);
}

/** Original text of tokens [first, last). */
export function tokensSurface(doc: DocumentView, first: number, last: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[last - 1];
  return a && b ? surfaceOf(doc, a.start, b.end) : '';
}

/** True when the token's first letter is upper case in the original text. */
export function isCapitalised(doc: DocumentView, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || token.arabic) return false;
  const ch = doc.original[doc.norm.starts[token.start]!];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every letter of the token is upper case in the original (an acronym). */
export function isAllCaps(doc: DocumentView, index: number): boolean {
  const token = doc.tokens[index];
  if (!token || token.kind !== 'word' || token.arabic) return false;
  const text = surfaceOf(doc, token.start, token.end).replace(/[^\p{L}]/gu, '');
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The cue table of the sentence holding token `index`. */
export function cuesAt(doc: DocumentView, index: number): CompiledCueTable {
  const token = doc.tokens[index];
  return cueTable(doc.sentenceLang[token?.sentence ?? 0] ?? 'en');
}

export function sentenceOf(doc: DocumentView, index: number): Sentence {
  return doc.sentences[doc.tokens[index]!.sentence]!;
}

export function isPunct(doc: DocumentView, index: number, chars?: string): boolean {
  const token = doc.tokens[index];
  return token !== undefined && token.kind === 'punct' && (chars === undefined || chars.includes(token.text));
}

export function isQuote(doc: DocumentView, index: number): boolean {
  return isPunct(doc, index, '"');
}

/** True when the word before token i ends with a possessive "'s" (the tokenizer drops it): "Ghat's mayor". */
export function possessiveBefore(doc: DocumentView, i: number): boolean {
  const previous = doc.tokens[i - 1];
  const current = doc.tokens[i];
  if (!previous || !current || previous.kind !== 'word') return false;
  const between = doc.original.slice(doc.norm.ends[previous.end - 1]!, doc.norm.starts[current.start]!);
  return /^['’]s\s+$/.test(between);
}
