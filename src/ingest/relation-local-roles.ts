/**
 * A person described by a local office and its place is in that place:
 * "X, a community leader in Birnin Gwari", «X, chef de canton à Liwa»,
 * «X, chef coutumier de Chétimari», "the mayor of Gao, X", «شيخ كانتون وور،
 * X». Only civil and customary offices count (role `official`): an expert "at"
 * an institute or a journalist "in" a capital says where they work, not where
 * they live.
 */
import { cueAt } from './cues.js';
import { isPunct } from './document.js';
import { ARTICLES, isPerson, isPlace, type Placed, type SentenceView } from './relation-view.js';

/** Prepositions between an office and its place (the Arabic ones come as proclitics). */
const OF_PLACE = new Set(['in', 'at', 'of', 'for', 'a', 'à', 'de', 'd', 'du', 'في']);

/** The place right after an office ending at k: past a preposition (or a proclitic «ب», «ل») and an article. */
function placeAfterOffice(v: SentenceView, k: number): Placed | undefined {
  let j = k;
  if (OF_PLACE.has(v.text(j))) j++;
  if (ARTICLES.has(v.text(j))) j++;
  const place = v.startingAt(j, isPlace);
  return place && place.m.formKind !== 'adjective' ? place : undefined;
}

export function localRoleRule(v: SentenceView): void {
  const { doc, cues } = v;
  for (const person of v.inSentence) {
    if (!isPerson(person)) continue;
    // "X, a community leader in Birnin Gwari": the office after the name.
    if (isPunct(doc, person.last, ',')) {
      let k = person.last + 1;
      if (ARTICLES.has(v.text(k))) k++;
      const office = cueAt(cues.personTitles, doc.tokens, k);
      const place = office?.value === 'official' ? placeAfterOffice(v, office.next) : undefined;
      if (place) v.add(person, 'located-at', place, office!);
    }
    // "the mayor of Gao, X", «شيخ كانتون وور، X»: the office and its place before the name.
    if (isPunct(doc, person.first - 1, ',')) {
      const place = v.endingAt(person.first - 1, isPlace);
      if (!place || place.m.formKind === 'adjective') continue;
      for (let back = 1; back <= 4; back++) {
        const office = cueAt(cues.personTitles, doc.tokens, place.first - back);
        if (!office || office.value !== 'official') continue;
        if (placeAfterOffice(v, office.next) === place) v.add(person, 'located-at', place, office);
        break;
      }
    }
  }
}
