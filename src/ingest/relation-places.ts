/**
 * Where groups, organisations and persons are, and what armed groups attack:
 * located-at cues with lists of places, a locative preposition right after a
 * name, "Tunis-based", an organisation named after its city, and targets after
 * threat and attack cues.
 */
import { cueAt, type CueHit } from './cues.js';
import { isCapitalised, isPunct, isQuote } from './document.js';
import { normalisedWords } from './normalise.js';
import { either, isActor, isGroup, isOrg, isPerson, isPlace, type Placed, type SentenceView } from './relation-view.js';

const FILLERS: Record<string, ReadonlySet<string>> = {
  ar: new Set(['دول', 'دوله', 'بالدرجه', 'الاولي', 'خاصه', 'لاسيما', 'منها', 'مثل', 'في', 'كل', 'من']),
  fr: new Set(['pays', 'le', 'la', 'les', 'l', 'notamment', 'surtout', 'du', 'de', 'des', 'en', 'au']),
  en: new Set(['countries', 'states', 'the', 'especially', 'notably', 'mainly', 'in', 'of', 'including']),
};
/** Words that put a place beside the target, not as the target ("a farm east of Sabha", «قرب تساليت»). */
const BESIDE = normalisedWords(['near', 'outside', 'around', 'pres', 'proche', 'environs', 'قرب', 'بالقرب', 'محيط', 'ضواحي']);
const BETWEEN = new Set(['between', 'entre', 'بين', 'in', 'dans', 'في', 'a', 'au', 'en', 'from', 'de']);
const BASED = normalisedWords(['based', 'base', 'basee', 'basé', 'basée']);
const ACTOR_PREPOSITIONS = new Set(['by', 'par', 'du', 'de', 'd', 'ل']);
const AGAINST = normalisedWords(['صفوف', 'ضد', 'على', 'against', 'contre', 'on']);

/** Articles and «de» that may follow a list joiner ("et de Tchoukoutalia", "and the …"). */
const LIST_ARTICLES = new Set(['the', 'la', 'le', 'les', 'l', 'de', 'd', 'du', 'of']);

/**
 * The places after token k joined as a list («بين تساليت وتين زواتين», "between
 * Ubari, Ghat and the Algerian border"), past time phrases («منذ سنوات»).
 */
export function placeList(v: SentenceView, k: number): Placed[] {
  const { doc, cues } = v;
  let j = k;
  while (j < k + 4 && (cues.timeFillers.has(v.text(j)) || /^\d+$/.test(v.text(j)))) j++;
  if (BETWEEN.has(v.text(j))) j++;
  // "in the islands of …", «في جزر …»: a place noun before the names.
  const head = cueAt(cues.placeHeads, doc.tokens, j) ?? cueAt(cues.placeHeads, doc.tokens, j + 1);
  // (Unless the place noun is part of the name: «غابة واغادو».)
  if (head && head.next <= j + 4 && !v.startingNear(j, isPlace, 1)) j = head.next;
  // A demonym is not the place ("the Algerian border" is a border, not Algeria).
  const isNamedPlace = (p: Placed): boolean => isPlace(p) && p.m.formKind !== 'adjective';
  const first = v.startingNear(j, isNamedPlace, 1);
  if (!first) return [];
  const places = [first];
  let cursor = first.last;
  for (let n = 0; n < 5; n++) {
    let c = cursor;
    while (c < cursor + 3 && (isPunct(doc, c, ',') || cues.listJoiners.has(v.text(c)) || LIST_ARTICLES.has(v.text(c)))) c++;
    const next = v.startingAt(c, isNamedPlace);
    if (!next || (c === cursor && !doc.tokens[c]!.text.startsWith('و'))) break;
    places.push(next);
    cursor = next.last;
  }
  return places;
}

/** "G based in P", «مقرها بـ P», «ينشط منذ سنوات بين P1 وP2»: the subject is at each place. */
export function locatedRule(v: SentenceView, t: number, hit: CueHit<true>): void {
  const subjectPred = either(isGroup, isOrg);
  const from = v.groupEndingAt(isPunct(v.doc, t - 1, ',') ? t - 1 : t, subjectPred)
    ?? v.subjectBefore(t, either(subjectPred, isPerson))
    ?? v.nearestBefore(t, subjectPred)
    ?? v.personBefore(t, 20);
  if (!from) return;
  // The places follow the cue closely (placeList); the subject may be far before it, past an apposition.
  if (t - from.last > 25) return;
  for (const place of placeList(v, hit.next)) v.add(from, 'located-at', place, hit);
}

/** GROUP/ORG directly followed by a locative preposition and a place: «بوكو حرام في نيجيريا», "the Lake Chad Research Network in Abuja". */
export function locativeRule(v: SentenceView): void {
  const { doc, cues } = v;
  for (const p of v.inSentence) {
    if (!(isGroup(p) || isOrg(p))) continue;
    let k = p.last;
    if (isQuote(doc, k)) k++;
    const token = doc.tokens[k];
    if (!token || token.kind !== 'word') continue;
    let placeStart = -1;
    if (cues.locativePrepositions.has(token.text)) placeStart = k + 1;
    else if (token.arabic && token.text.startsWith('ب')) placeStart = k; // «مقرها بتمنراست»: preposition on the name
    if (placeStart < 0) continue;
    const place = v.startingAt(placeStart, isPlace);
    if (place) v.add(p, 'located-at', place, token.text);
  }
}

/** "Youssef Benali, a Tunis-based analyst": the person or organisation the apposition describes is at the place. */
export function basedRule(v: SentenceView): void {
  const { doc } = v;
  for (const place of v.inSentence) {
    if (!isPlace(place) || !BASED.has(v.text(place.last))) continue;
    let k = place.first;
    if (['a', 'an', 'un', 'une', 'the'].includes(v.text(k - 1))) k--;
    const subject = isPunct(doc, k - 1, ',') ? v.endingAt(k - 1, either(isPerson, isOrg, isGroup)) : undefined;
    if (subject) v.add(subject, 'located-at', place, 'based');
    // "the Abuja-based Centre for …": the organisation named after it.
    const named = v.startingAt(place.last + 1, either(isOrg, isGroup));
    if (named) v.add(named, 'located-at', place, 'based');
  }
}

/** A new organisation named after its city («مركز نيامي للأبحاث», "Sabha Security Directorate") is in that city. */
export function seatRule(v: SentenceView, cities: ReadonlyMap<string, Placed>): void {
  for (const org of v.inSentence) {
    if (!isOrg(org) || org.entity.known !== undefined || org.m.origin !== 'org-cue') continue;
    // Every run of one or two words of the name may be a city's name.
    const words = v.doc.norm.text.slice(org.m.start, org.m.end).split(' ');
    for (let w = 0; w < words.length; w++) {
      const city = cities.get(words[w]!) ?? (w + 1 < words.length ? cities.get(`${words[w]} ${words[w + 1]}`) : undefined);
      if (city) { v.add(org, 'located-at', city, 'name'); break; }
    }
  }
}

/** ACTOR … threat cue … PLACE(, PLACE and PLACE): the actor targets each place (or force). */
export function targetsRule(v: SentenceView, hit: CueHit<true>, actorOverride: Placed | undefined): void {
  const { doc, cues } = v;
  // `targets` links a group (not one of its members) to what it attacks or threatens.
  let actor = actorOverride ?? v.nearestBefore(hit.first, isGroup);
  // "X, the head of G, a G' faction, attacked …", "JNIM, al-Qaeda's affiliate in the Sahel, has stepped up attacks
  // on …": the subject is before the first comma, not in the apposition that closes before the cue.
  const closed = actor !== undefined && doc.tokens.slice(actor.last, hit.first).some((t) => t.kind === 'punct' && t.text === ',');
  if (actor && !actorOverride && (isPunct(doc, hit.first - 1, ',') || closed)) {
    let firstComma = v.sentence.first;
    while (firstComma < actor.first && !isPunct(doc, firstComma, ',')) firstComma++;
    if (firstComma < actor.first) actor = v.nearestBefore(firstComma, isGroup) ?? actor;
  }
  // «هاجم مسلحون من جماعة X مدينة غاو»: Arabic puts the verb first; the actor follows it, then what it attacks.
  let cursor = hit.next;
  if (!actorOverride && cues.lang === 'ar' && (!actor || v.sentence.first === hit.first || hit.first - actor.last > 12)) {
    const after = v.inSentence.find((p) => isGroup(p) && p.first >= hit.next && p.first <= hit.next + 3);
    if (after) { actor = after; cursor = after.last; }
  }
  if (!actor || hit.first - actor.last > 20) return;
  const fillers = FILLERS[cues.lang]!;
  let gapAllowed = 4;
  for (const p of v.inSentence) {
    if (p.first < cursor || !(isPlace(p) || isOrg(p))) continue;
    let ok = true;
    let beside = false;
    for (let k = cursor; k < p.first; k++) {
      const token = doc.tokens[k]!;
      if (BESIDE.has(token.text) || cueAt(cues.directions, doc.tokens, k)) beside = true;
      const skippable = token.kind === 'punct' ? token.text === ',' : cues.listJoiners.has(token.text) || fillers.has(token.text) || token.readings.some((r) => fillers.has(r));
      if (!skippable && (k - cursor >= gapAllowed || gapAllowed <= 0)) { ok = false; break; }
    }
    if (!ok || beside) break;
    v.add(actor, 'targets', p, hit);
    cursor = p.last;
    gapAllowed = 0;
  }
}

/** «كمين لجماعة X … في صفوف الجيش المالي», "an attack by X against the army": X targets the forces named after it. */
export function attackNounRule(v: SentenceView, t: number): void {
  const { doc } = v;
  const token = doc.tokens[t]!;
  if (!v.cues.attackNouns.has(token.text)) return;
  let k = t + 1;
  let actor: Placed | undefined;
  // «كمين لجماعة …»: the preposition is written on the name.
  const attached = v.startingAt(k, isActor);
  if (attached && doc.tokens[k]!.arabic && doc.tokens[k]!.text.startsWith('ل')) actor = attached;
  while (!actor && k < t + 3 && (ACTOR_PREPOSITIONS.has(v.text(k)) || ['the', 'le', 'l', 'la'].includes(v.text(k)))) { k++; actor = v.startingAt(k, isActor); }
  if (!actor) return;
  for (let j = actor.last; j < Math.min(v.sentence.last, actor.last + 15); j++) {
    if (!AGAINST.has(v.text(j))) continue;
    const force = v.startingNear(j + 1, isOrg, 1);
    if (force) v.add(actor, 'targets', force, token.text);
    return;
  }
}

/** "The post was attacked by G", «la ville, régulièrement visée par le GSIM»: the group targets what was attacked. */
export function passiveAttackRule(v: SentenceView, t: number): void {
  const { doc } = v;
  const cue = cueAt(v.cues.passiveAttacks, doc.tokens, t);
  if (!cue) return;
  const actor = v.groupNear(cue.next, isGroup, 2);
  const target = v.subjectBefore(t, either(isPlace, isOrg)) ?? v.nearestBefore(t, either(isPlace, isOrg));
  // ("The attack near Boulkessi was claimed by G": a place beside the target is not the target.)
  const beside = target !== undefined && BESIDE.has(v.text(target.first - 1));
  if (actor && target && !beside && t - target.last <= 8 && !isPunct(doc, t - 1, '.')) v.add(actor, 'targets', target, cue);
}

/** Words between two groups after an activity noun ("positions de Boko Haram et de l'EI"). */
const GROUP_JOINERS = new Set(['and', 'et', 'of', 'de', 'd', 'du', 'the', 'l', 'le', 'la', ',']);

/** «هجمات التنظيم تصاعدت … في بوركينا فاسو وبمالي», "the group's attacks in Gao and Kayes": the group is at each place. */
export function activityRule(v: SentenceView, t: number): void {
  const { doc, cues } = v;
  const token = doc.tokens[t]!;
  if (!v.cues.activityNouns.has(token.readings.at(-1)!)) return;
  let k = t + 1;
  if (['of', 'de', 'du', 'des', 'd', 'the', 'l', 'le', 'la'].includes(v.text(k))) k++;
  if (['the', 'l', 'le', 'la'].includes(v.text(k))) k++;
  const first = v.groupNear(k, isGroup, 0);
  if (!first) return;
  // The groups joined after the noun, past a bracketed acronym: "de Boko Haram et de l'État islamique (Iswap)".
  const groups = [first];
  let end = first.last;
  for (;;) {
    if (isPunct(doc, end, '(') && isPunct(doc, end + 2, ')')) end += 3;
    let c = end;
    while (c < end + 3 && GROUP_JOINERS.has(v.text(c))) c++;
    const next = c > end ? v.startingAt(c, isGroup) : undefined;
    if (!next) break;
    groups.push(next);
    end = next.last;
  }
  for (let j = end; j < Math.min(v.sentence.last, end + 10); j++) {
    const word = doc.tokens[j]!;
    if (word.kind === 'punct' && word.text !== ',') return;
    const attached = word.arabic && /^[بو]?ب/.test(word.text) && v.startingAt(j, isPlace);
    if (!(cues.locativePrepositions.has(word.text) || attached)) continue;
    for (const place of placeList(v, attached ? j : j + 1)) for (const group of groups) v.add(group, 'located-at', place, token.text);
    return;
  }
}

/** Nouns of where one comes from, not where one is ("originaire de", "native of"). */
const ORIGIN_NOUNS = normalisedWords(['originaire', 'natif', 'native', 'né', 'née', 'born']);

/** "Mahamadou Ag Ousmane, …, un transporteur d'Arlit": a person described as someone of a town is in that town. */
export function townApposition(v: SentenceView): void {
  const { doc } = v;
  for (const place of v.inSentence) {
    if (!isPlace(place) || !(place.entity.kind === 'city' || place.entity.kind === 'town')) continue;
    const f = place.first;
    if (!['de', 'd', 'from', 'of'].includes(v.text(f - 1))) continue;
    // "un transporteur d'Arlit", "un ancien commerçant de bétail de Nioro": up to four lowercase words after the article.
    let article = f - 2;
    while (article > f - 6 && doc.tokens[article]?.kind === 'word' && !['un', 'une', 'a', 'an'].includes(v.text(article)) && !isCapitalised(doc, article) && !ORIGIN_NOUNS.has(v.text(article))) article--;
    const noun = doc.tokens[f - 2];
    if (!noun || noun.kind !== 'word' || ORIGIN_NOUNS.has(noun.text) || article === f - 2 || !['un', 'une', 'a', 'an'].includes(v.text(article)) || !isPunct(doc, article - 1, ',')) continue;
    const person = v.subjectBefore(article, isPerson);
    if (person) v.add(person, 'located-at', place, `${noun.text} ${v.text(f - 1)}`);
  }
}
