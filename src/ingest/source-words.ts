/**
 * The word lists the attribution rules read (sources.ts): transmission and
 * "told" verbs, pronouns, addressees, fillers, author links, participles, and
 * day words between a verb and its subject. Normalised once here.
 */
import type { DocumentView } from './document.js';
import { WEEKDAYS } from './names.js';
import { normalisedWords as words } from './normalise.js';

/** Verbs that pass a statement on: «نقل X عن Y», "X, citing Y". */
export const TRANSMISSION = words(['نقل', 'نقلت', 'نقلا', 'rapporte', 'relaie', 'cite', 'citant', 'quoted', 'cited', 'relayed', 'citing', 'quoting']);
/** Verbs whose object is the channel: "Y told Reuters", «صرح لـ…», «a déclaré à …». */
export const TOLD = words(['told', 'a confié à', 'a déclaré à', 'صرح', 'صرحت', 'قال', 'قالت']);
/** Pronouns that stand for the source named before: «selon elle», "according to him", «حسبه». */
export const PRONOUNS = words(['il', 'elle', 'lui', 'eux', 'ils', 'elles', 'he', 'she', 'him', 'her', 'they', 'them', 'حسبه', 'حسبها', 'له', 'لها', 'وفقه']);
/** Addressees after a reporting verb: "a indiqué à la presse", "told reporters": not the source. */
export const ADDRESSEE = words(['à', 'au', 'aux', 'to', 'ل']);
/** Words between a source preposition or verb and the source ("jeudi", "also", «أيضا»). */
export const LEAD_FILLERS = new Set([...WEEKDAYS, ...words(['also', 'on', 'hier', 'aussi', 'également', 'encore', 'أيضا', 'كذلك', 'اليوم', 'أمس'])]);
/** Words between a report and its author: "a report by", «تقرير نشرته», «un rapport de l'». */
export const AUTHOR_LINKS = words(['by', 'of', 'from', 'the', 'de', 'du', 'des', 'd', 'l', 'la', 'le', 'نشرته', 'أصدرته', 'أعدته', 'ل', 'published', 'issued', 'publié', 'publiée']);
/** Participles that read like reporting verbs after a comma ("The statement, published in Arabic, read"). */
export const PARTICIPLES = words(['published', 'reported', 'alleged', 'estimated', 'cited', 'confirmed', 'publié', 'publiée', 'confirmé']);
/** Participles that open a description between commas ("…, set up by the countries of …, said"). */
export const PARTICIPLE_OPENERS = words(['set', 'formed', 'created', 'founded', 'established', 'based', 'backed', 'led', 'headed', 'créé', 'créée', 'fondé', 'fondée', 'basé', 'basée', 'mis', 'mise', 'soutenu', 'soutenue', 'dirigé', 'dirigée']);
/** French and English verbs whose object, not their subject, follows them. */
export const OBJECT_VERBS = words(['called for', 'urged', 'published', 'denied', 'acknowledged', 'wrote', 'writes', 'argued', 'argues', 'a publié', 'publie', 'a appelé', 'appelle', 'a lancé un appel', 'lance un appel', 'dénonce', 'a dénoncé', 'dément', 'a démenti', 'a reconnu', 'reconnaît']);
/** Place phrases that close an apposition before a verb ("…, à Berlin, résume"). */
export const LOCATIVES = words(['à', 'a', 'in', 'en', 'au', 'في', 'ب']);

/** A head noun reduced to a rough singular, so that "official" and "officials", «مصدر» and «مصادر» compare. */
export function plural(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  if (word === 'مصادر' || word === 'مصدر') return 'مصدر';
  return word.replace(/(s|x)$/, '');
}

/** Day and time words between a reporting verb and its subject ("a annoncé samedi soir", "said on Monday"). */
const TIME_WORDS = new Set([...LEAD_FILLERS, ...words(['soir', 'matin', 'dernier', 'yesterday', 'evening', 'morning', 'night', 'late', 'earlier'])]);

export function pastTimeWords(doc: DocumentView, k: number): number {
  let j = k;
  while (j < k + 3 && TIME_WORDS.has(doc.tokens[j]?.text ?? '')) j++;
  return j;
}
