/**
 * Language of a document and of each paragraph: Arabic, French or English.
 * Arabic is decided by script (the share of Arabic letters), which measured
 * perfect on our snippets and costs nothing; French versus English goes to the
 * detector that measured best in bench/langdetect.ts (see docs/extraction.md).
 */
import { eld } from 'eld/small';
import type { DocLang } from './cue-types.js';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;

let subsetReady = false;

/** French or English, by eld restricted to the two (short texts included). */
export function detectLatinLanguage(text: string): 'fr' | 'en' {
  if (!subsetReady) {
    eld.setLanguageSubset(['fr', 'en']);
    subsetReady = true;
  }
  const result = eld.detect(text).language;
  return result === 'fr' ? 'fr' : 'en';
}

/** Script shortcut: the share of letters that are Arabic. */
export function arabicShare(text: string): number {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic + latin === 0 ? 0 : arabic / (arabic + latin);
}

/** The language of one text (a paragraph or a whole short document). */
export function detectLanguage(text: string): DocLang {
  if (arabicShare(text) >= 0.5) return 'ar';
  return detectLatinLanguage(text);
}

export interface ParagraphLanguage {
  readonly start: number;
  readonly end: number;
  readonly lang: DocLang;
}

const MIN_LETTERS_FOR_OWN_LANGUAGE = 25;

/**
 * Paragraphs (separated by line breaks) with their language, and the
 * document's language (the one with the most letters). Paragraphs too short
 * to judge take the document's language; `forced` overrides everything.
 */
export function detectParagraphs(text: string, forced?: DocLang): { language: DocLang; paragraphs: ParagraphLanguage[] } {
  const spans: { start: number; end: number }[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim().length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (forced) return { language: forced, paragraphs: spans.map((s) => ({ ...s, lang: forced })) };
  const weights = new Map<DocLang, number>();
  const judged = spans.map((span) => {
    const slice = text.slice(span.start, span.end);
    const letters = (slice.match(ARABIC_LETTER)?.length ?? 0) + (slice.match(LATIN_LETTER)?.length ?? 0);
    const lang = letters >= MIN_LETTERS_FOR_OWN_LANGUAGE ? detectLanguage(slice) : undefined;
    if (lang) weights.set(lang, (weights.get(lang) ?? 0) + letters);
    return { ...span, lang };
  });
  let language: DocLang = 'en';
  let best = -1;
  for (const [lang, weight] of weights) if (weight > best) { best = weight; language = lang; }
  if (best < 0) language = detectLanguage(text);
  return { language, paragraphs: judged.map((p) => ({ start: p.start, end: p.end, lang: p.lang ?? language })) };
}
