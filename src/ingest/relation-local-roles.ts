/**
 * A person described by a local office and its place is in that place (and a leader
 * by the area after the group he leads, `leaderArea`):
 * "X, a community leader in Birnin Gwari", «X, chef de canton à Liwa»,
 * «X, chef coutumier de Chétimari», "the mayor of Gao, X", «شيخ كانتون وور،
 * X». Only civil and customary offices count (role `official`): an expert "at"
 * an institute or a journalist "in" a capital says where they work, not where
 * they live.
 */
import { cueAt, latinWords } from './cues.js';
import { isPunct } from './document.js';
import { PHRASE_SKIPS, isPerson, isPlace, OF_WORDS, type Placed, type SentenceView } from './relation-view.js';

/** Prepositions between an office and its place (the Arabic ones come as proclitics). */
const OF_PLACE = new Set(['in', 'at', 'of', 'for', 'a', 'de', 'd', 'du', 'في']); // token texts: «à» is folded to «a»

/** Generic heads that name no local office ("head of the Sahel programme", «directeur de …»). */
const GENERIC_OFFICES = new Set(['head', 'chief', 'director', 'official', 'secretary', 'directeur', 'responsable', 'مدير', 'رئيس']);

/** The town or local area right after an office ending at k: past a preposition (or a proclitic «ب», «ل») and an article. */
function placeAfterOffice(v: SentenceView, k: number): Placed | undefined {
  let j = k;
  if (OF_PLACE.has(v.text(j))) j++;
  if (PHRASE_SKIPS.has(v.text(j))) j++;
  const place = v.startingAt(j, isPlace);
  // A local office is held in a town or a district, not in a country or a broad region.
  const local = place !== undefined && !['country', 'region', 'subregion'].includes(place.entity.kind ?? '');
  return place && local && place.m.formKind !== 'adjective' ? place : undefined;
}

function isLocalOffice(v: SentenceView, office: { first: number; next: number; value: string }): boolean {
  return office.value === 'official' && !(office.next - office.first === 1 && GENERIC_OFFICES.has(v.text(office.first)));
}

export function localRoleRule(v: SentenceView): void {
  const { doc, cues } = v;
  for (const person of v.inSentence) {
    if (!isPerson(person)) continue;
    // "X, a community leader in Birnin Gwari": the office after the name.
    if (isPunct(doc, person.last, ',')) {
      let k = person.last + 1;
      if (PHRASE_SKIPS.has(v.text(k))) k++;
      const office = cueAt(cues.personTitles, doc.tokens, k);
      const place = office && isLocalOffice(v, office) ? placeAfterOffice(v, office.next) : undefined;
      if (place) v.add(person, 'located-at', place, office!);
    }
    // "the mayor of Gao, X", «شيخ كانتون وور، X»: the office and its place before the name.
    if (isPunct(doc, person.first - 1, ',')) {
      const place = v.endingAt(person.first - 1, isPlace);
      if (!place || place.m.formKind === 'adjective') continue;
      for (let back = 1; back <= 4; back++) {
        const office = cueAt(cues.personTitles, doc.tokens, place.first - back);
        if (!office || !isLocalOffice(v, office)) continue;
        if (placeAfterOffice(v, office.next) === place) v.add(person, 'located-at', place, office);
        break;
      }
    }
  }
}

/** Participles between a group and the area a leader of it holds ("operating in", «opérant dans»). */
const OPERATING = latinWords((t) => t.areaParticiples);
/** Prepositions that open that area ("in", «dans», «à»: folded to «a»). */
const IN_AREA = latinWords((t) => t.areaPrepositions);
/** Area nouns before the place's name ("the area of", «la zone de»). */
const AREA_NOUNS = latinWords((t) => t.areaNouns);

/**
 * «le chef de l'EIS dans la zone de Tondikiwindi», «chef d'une unité d'Ansarul Islam
 * opérant dans le Soum», "the JNIM commander in the Gourma": the place right after the
 * group a leader noun names is where that leader is.
 */
export function leaderArea(v: SentenceView, group: Placed): Placed | undefined {
  let k = group.last;
  // Past the group's bracketed acronym: «l'État islamique au Sahel (EIS) dans la zone de …».
  if (isPunct(v.doc, k, '(')) {
    for (let close = k + 1; close < k + 8 && close < v.sentence.last; close++) {
      if (isPunct(v.doc, close, ')')) { k = close + 1; break; }
    }
  }
  if (OPERATING.has(v.text(k))) k++;
  if (!IN_AREA.has(v.text(k))) return undefined;
  k++;
  if (PHRASE_SKIPS.has(v.text(k))) k++;
  if (AREA_NOUNS.has(v.text(k)) && OF_WORDS.has(v.text(k + 1))) k += PHRASE_SKIPS.has(v.text(k + 2)) ? 3 : 2;
  const place = v.startingAt(k, isPlace);
  return place && place.m.formKind !== 'adjective' ? place : undefined;
}
