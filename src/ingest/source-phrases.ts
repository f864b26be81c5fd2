/**
 * Anonymous source phrases: a source head («مصادر», "officials", «source») with
 * its qualifiers («مصادر أمنية جزائرية», "two Western security officials",
 * «source sécuritaire malienne»), the kind of source they imply, and phrases
 * that refer back to a source already named («نفس المصادر», "the official",
 * «les sources»).
 */
import { cueAt, type CompiledCueTable } from './cues.js';
import { isCapitalised, type DocumentView } from './document.js';
import type { SourceKind } from './cue-types.js';
import type { Mention } from './mention-types.js';

const MEDIA_WORDS = new Set(['اعلاميه', 'صحفيه', 'اعلامي', 'mediatique', 'mediatiques', 'media', 'press', 'presse', 'news', 'journalistic']);
const SAYING = new Set(['قوله', 'قولها', 'قولهم', 'قولهما']);
const ARABIC_NOUN_QUALIFIERS = new Set(['دول', 'دوله', 'اجنبيه', 'غربيه', 'عربيه']);
export const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'some', 'senior', 'local', 'security', 'military', 'western', 'government', 'intelligence', 'police', 'defence', 'defense',
  'plusieurs', 'deux', 'trois', 'quatre', 'certaines', 'certains', 'nombreuses', 'nombreux', 'diverses', 'divers', 'عدة', 'بعض', 'مختلف']);
const LEADING_ARTICLES = new Set(['des', 'une', 'un', 'les', 'le', 'la', 'l', 'a', 'an', 'the', 'some', 'de', 'd', 'plusieurs', 'several', 'deux', 'two']);
export const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'que', 'qu', 'that']);
/** Articles written before a head the cue table lists without them ("the" + "official"). */
const DEFINITE_BEFORE = new Set(['the', 'le', 'la', 'les', 'l']);
const EN_DETERMINERS = new Set(['a', 'an', 'the', 'some', 'several', 'many', 'two', 'three', 'other', 'according', 'to', 'said', 'by', 'of', 'citing']);

export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly kind: SourceKind;
  /** Refers back to a source named before. */
  readonly same?: boolean;
  /** The head noun (normalised, without the article): "the official" refers back to an earlier "official". */
  readonly head?: string;
}

/** The head word of a source phrase without its article («المصادر» → «مصادر»). */
export const headWord = (word: string): string => (word.startsWith('ال') ? word.slice(2) : word);

export function refineKind(doc: DocumentView, cues: CompiledCueTable, first: number, last: number, kind: SourceKind): SourceKind {
  let official = false;
  let media = false;
  for (let k = first; k < last; k++) {
    const token = doc.tokens[k]!;
    if (cueAt(cues.officialQualifiers, doc.tokens, k)) official = true;
    if (token.readings.some((r) => MEDIA_WORDS.has(r))) media = true;
  }
  if (media) return 'media';
  if (kind === 'anonymous' && official) return 'anonymous-official';
  return kind;
}

function isQualifier(doc: DocumentView, cues: CompiledCueTable, k: number, mentionAt: (k: number) => Mention | undefined): boolean {
  const token = doc.tokens[k];
  if (!token || token.kind !== 'word' || cues.stopwords.has(token.text)) return false;
  return mentionAt(k)?.formKind === 'adjective' || cueAt(cues.officialQualifiers, doc.tokens, k) !== undefined;
}

/** An anonymous source phrase starting at token t (Arabic, French) or ending at its head (English). */
export function phraseAt(doc: DocumentView, cues: CompiledCueTable, t: number, mentionAt: (k: number) => Mention | undefined): Phrase | undefined {
  const same = cueAt(cues.sameSource, doc.tokens, t);
  if (same) return { first: t, last: same.next, kind: 'anonymous', same: true };
  const head = cueAt(cues.sourceHeads, doc.tokens, t);
  if (!head) return undefined;
  // "in a statement", «في بيان»: the document the source spoke in, not the source.
  const before = ['a', 'an', 'un', 'une', 'the'].includes(doc.tokens[t - 1]?.text ?? '') ? t - 2 : t - 1;
  if (['in', 'dans', 'في'].includes(doc.tokens[before]?.text ?? '')) return undefined;
  // «البيان», «المصادر», "the statement", "the official", «les sources» alone: a source already named.
  const bare = head.next - t === 1 || (head.next - t === 2 && ['the', 'le', 'la', 'l', 'les'].includes(doc.tokens[t]!.text));
  const definite = doc.tokens[t]!.text.startsWith('ال') || ['the', 'le', 'la', 'l', 'les'].includes(doc.tokens[t]!.text) || DEFINITE_BEFORE.has(doc.tokens[t - 1]?.text ?? '');
  // Documents («البيان», "the statement") are the statement of whoever spoke before; persons and sources only of the same kind.
  if (definite && bare && !isQualifier(doc, cues, head.next, mentionAt)) return { first: t, last: head.next, kind: head.value, same: true, ...(head.value === 'official-report' ? {} : { head: headWord(doc.tokens[head.next - 1]!.text) }) };
  let last = head.next;
  let first = t;
  if (cues.lang === 'ar') {
    const definite = doc.tokens[t]!.text.startsWith('ال');
    while (last < head.next + 3) {
      const token = doc.tokens[last];
      if (!token?.arabic || cues.stopwords.has(token.text)) break;
      const named = mentionAt(last);
      if (named && named.formKind !== 'adjective') break;
      const adjective = named?.formKind === 'adjective';
      const shaped = (token.text.endsWith('ه') || token.text.endsWith('ي')) && token.text.startsWith('ال') === definite;
      // «مصدر أمني قوله»: «قوله» ('his saying') ends like a feminine adjective but is not one.
      if (!(adjective || shaped || ARABIC_NOUN_QUALIFIERS.has(token.text)) || SAYING.has(token.text)) break;
      last++;
    }
  } else if (cues.lang === 'fr') {
    while (last < head.next + 3) {
      const token = doc.tokens[last];
      if (!token || token.kind !== 'word' || isCapitalised(doc, last)) break;
      const official = cueAt(cues.officialQualifiers, doc.tokens, last);
      if (official) { last = official.next; continue; }
      if (cues.stopwords.has(token.text) || cueAt(cues.reportingVerbs, doc.tokens, last)) break;
      if (!(mentionAt(last)?.formKind === 'adjective' || /(e|es|s|aire|aires|elle|elles|ien|iens|ienne|iennes|al|aux|ale|ales)$/.test(token.text))) break;
      last++;
    }
  } else {
    while (first > t - 3 && first - 1 >= 0) {
      const token = doc.tokens[first - 1]!;
      if (token.kind !== 'word' || EN_DETERMINERS.has(token.text) || cues.stopwords.has(token.text)) break;
      const m = mentionAt(first - 1);
      if (m && m.formKind !== 'adjective') break;
      first--;
    }
  }
  // The phrase is the source's name: "des sources sécuritaires" → «sources sécuritaires».
  while (first < last - 1 && LEADING_ARTICLES.has(doc.tokens[first]!.text)) first++;
  return { first, last, kind: refineKind(doc, cues, first, last, head.value), head: headWord(doc.tokens[head.next - 1]!.text) };
}

