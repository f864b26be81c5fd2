/**
 * Where a group is, read from a place and the words around it rather than from
 * a located-at cue: "P, where G is active" («où», «حيث»), Arabic verb-first
 * presence («وتنشط جماعة G … في P»), and strongholds («Gao, fief du G»,
 * «معقل جماعة G», "the G stronghold of P").
 */
import { latinWords } from './cues.js';
import { isPunct } from './document.js';
import { placeList } from './relation-places.js';
import { isGroup, isPlace, OF_WORDS, type Placed, type SentenceView } from './relation-view.js';

/** "…where", «où», «حيث» after a place, and the activity words that make the group after it be there. */
const WHERE = new Set(['where', 'ou', 'حيث']);

/** "Gao, where the Front Alpha is active", «غاو حيث تنشط جماعة X»: the group is at the place. */
export function whereRule(v: SentenceView): void {
  const { doc } = v;
  for (const place of v.inSentence) {
    if (!isPlace(place) || place.m.formKind === 'adjective') continue;
    let k = place.last;
    const comma = isPunct(doc, k, ',');
    if (comma) k++;
    // («ou» is also 'or' once accents are folded: only after a comma.)
    if (!WHERE.has(v.text(k)) || (v.text(k) === 'ou' && !comma)) continue;
    // The group and the activity word within the next six words, in either order («حيث تنشط جماعة X»).
    let group: Placed | undefined;
    let active = false;
    for (let j = k + 1; j < Math.min(v.sentence.last, k + 8) && doc.tokens[j]!.kind === 'word'; j++) {
      group ??= v.startingAt(j, isGroup);
      if (v.cues.presenceWords.has(v.text(j))) active = true;
    }
    if (group && active) v.add(group, 'located-at', place, v.text(k));
  }
}

/** «وتنشط جماعة X، المرتبطة بـ…، في منطقتي P1 وP2»: verb, group, an optional apposition, then the places. */
export function arabicPresenceRule(v: SentenceView, t: number): void {
  const { doc } = v;
  const token = doc.tokens[t]!;
  if (!token.arabic || !token.readings.some((r) => v.cues.presenceVerbs.has(r))) return;
  const group = v.inSentence.find((p) => isGroup(p) && p.first >= t + 1 && p.first <= t + 3);
  if (!group) return;
  let k = group.last;
  // Past an apposition between commas («، المرتبطة بتنظيم القاعدة،»).
  if (isPunct(doc, k, ',')) {
    let close = k + 1;
    while (close < Math.min(v.sentence.last, k + 10) && !isPunct(doc, close, ',')) close++;
    if (isPunct(doc, close, ',')) k = close + 1;
  }
  const word = doc.tokens[k];
  if (!word) return;
  const attached = word.arabic && /^[و]?ب/.test(word.text) && v.startingAt(k, isPlace);
  if (!(v.text(k) === 'في' || attached)) return;
  for (const place of placeList(v, attached ? k : k + 1)) v.add(group, 'located-at', place, token.text);
}

const ARTICLES_BEFORE = latinWords((t) => t.articles);

/**
 * "Gao, a Front Alpha stronghold", «Gao, fief du Front Alpha», «غاو، معقل جماعة
 * X», "the Front Alpha stronghold of Gao": the group is at the place.
 */
export function strongholdRule(v: SentenceView, t: number): void {
  const { doc } = v;
  if (!v.cues.strongholds.has(doc.tokens[t]!.readings.at(-1)!)) return;
  const before = v.endingAt(t, isGroup);
  const after = before ? undefined : OF_WORDS.has(v.text(t + 1)) ? v.groupNear(t + 2, isGroup, 1) : v.startingNear(t + 1, isGroup, 0);
  const group = before ?? after;
  if (!group) return;
  // The place in apposition before the phrase ("Gao, a … stronghold"), or after it ("stronghold of Gao").
  let start = Math.min(group.first, t);
  if (ARTICLES_BEFORE.has(v.text(start - 1))) start--;
  const placeBefore = isPunct(doc, start - 1, ',') ? v.endingAt(start - 1, isPlace) : undefined;
  const placeAfter = before && OF_WORDS.has(v.text(t + 1)) ? v.startingNear(t + 2, isPlace, 1) : undefined;
  const place = placeBefore ?? placeAfter;
  if (place && place.m.formKind !== 'adjective') v.add(group, 'located-at', place, v.text(t));
}
