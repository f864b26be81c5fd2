/**
 * Who leads, belongs to or works for what: leader nouns, "led by" phrases and
 * lead verbs, member cues and member nouns, and the roles that tie a person to
 * an organisation. Leading an organisation (an identity, not an armed group) is
 * working for it; leading one unit of a group is being a member of the group.
 */
import { cueAt, everyLanguageWords, latinWords, type CueHit } from './cues.js';
import { isCapitalised, isPunct, isQuote, possessiveBefore } from './document.js';
import { PHRASE_SKIPS, either, isGroup, isOrg, isPerson, isPlace, type Placed, type SentenceView } from './relation-view.js';
import { leaderArea } from './relation-local-roles.js';

/** "the leader of A, and Y, the leader of B": a conjunction after the comma starts another person's phrase. */
const CONJUNCTIONS = latinWords((t) => t.coordinators);

const POSSESSIVES = latinWords((t) => t.possessives);
/** What may stand between a leader phrase and the name: "par son frère X", "by the preacher X". */
const KIN_OR_POSSESSIVE = new Set([...latinWords((t) => t.kinAndClerics), ...POSSESSIVES]);
/** Prepositions opening a place phrase a comma closes ("the leader of G in Mali, X"). */
const PLACE_PHRASE_OPENERS = everyLanguageWords((t) => t.placePhraseOpeners);
const groupOrOrg = either(isGroup, isOrg);
const INDEFINITE = latinWords((t) => t.indefinites);

/** Past adjectives after a noun: «القائد الميداني», "chef militaire", "senior" (at most two). */
function skipAdjectives(v: SentenceView, k: number): number {
  const { doc, cues } = v;
  let j = k;
  while (j < k + 2) {
    const token = doc.tokens[j];
    if (!token || token.kind !== 'word' || cues.stopwords.has(token.text) || cues.memberPrepositions.has(token.text) || cueAt(cues.groupAnaphora, doc.tokens, j)) break;
    if (v.startingAt(j, () => true)) break;
    // Arabic adjectives agree with their noun («قيادي سابق», «القائد الميداني»); a word with a preposition on it ends them.
    if (token.arabic ? token.text.startsWith('ل') || token.text.startsWith('بال') : isCapitalised(doc, j)) break;
    j++;
  }
  return j;
}

/** The type a leader noun gives: a unit's leader is a member, an organisation's head works for it. */
function leaderType(unit: boolean, group: Placed): 'leads' | 'member-of' | 'works-for' {
  if (isOrg(group)) return 'works-for';
  return unit ? 'member-of' : 'leads';
}

/** The person named after a group: right after it, after a comma, or after a place phrase and a comma. */
function personAfterGroup(v: SentenceView, group: Placed): Placed | undefined {
  const { doc, cues } = v;
  let after = group.last + (isQuote(doc, group.last) ? 1 : 0);
  // Past descriptors and time words («أمير الكتيبة آنذاك، …»); after the comma, past a demonym («الجزائري عز الدين …»).
  while (cues.genericAdjectives.has(v.text(after)) || cues.timeFillers.has(v.text(after))) after++;
  if (isPunct(doc, after, ',')) return CONJUNCTIONS.has(v.text(after + 1)) ? undefined : v.startingNear(after + 1, isPerson, 1);
  const direct = v.startingAt(after, isPerson);
  if (direct) return direct;
  // «القائد الميداني للتنظيم في جزر البحيرة، بانا مصطفى».
  if (PLACE_PHRASE_OPENERS.has(v.text(after))) {
    for (let c = after + 1; c < after + 7 && c < v.sentence.last; c++) {
      if (isPunct(doc, c, ',')) return v.startingNear(c + 1, isPerson, 0);
      if (doc.tokens[c]!.kind === 'punct') break;
    }
  }
  return undefined;
}

function leaderNounRule(v: SentenceView, t: number, hit: CueHit<true>): void {
  const { doc, cues } = v;
  let k = skipAdjectives(v, hit.next);
  // "chef d'une unité d'Ansarul Islam", "commander of a unit of …", «قائد وحدة في …»: one (indefinite) unit of the group.
  let unit = false;
  for (let j = k; j < k + 3 && j < v.sentence.last; j++) {
    const indefinite = doc.tokens[j]!.arabic ? !v.text(j).startsWith('ال') : INDEFINITE.has(v.text(j - 1));
    if (cues.unitNouns.has(v.text(j)) && indefinite && !v.startingAt(j, isGroup)) {
      const after = skipAdjectives(v, j + 1);
      if (cues.memberPrepositions.has(v.text(after)) || /^[لب]/.test(v.text(after))) { unit = true; k = cues.memberPrepositions.has(v.text(after)) ? after + 1 : after; }
      break;
    }
    // "le chef de la faction de Boko Haram", "the leader of the group's unit of …": the definite unit stands for the group.
    if (cues.unitNouns.has(v.text(j)) && !v.startingAt(j, isGroup) && cues.memberPrepositions.has(v.text(j + 1))) { k = j + 2; break; }
    if (!(PHRASE_SKIPS.has(v.text(j)) || cues.memberPrepositions.has(v.text(j)))) break;
  }
  // «أمير كتيبة جند الخلافة»: a group named with the head the cue ends with.
  const group = v.groupNear(k, groupOrOrg, 2) ?? v.inSentence.find((p) => p.first > t && p.first < hit.next && groupOrOrg(p));
  if (group) {
    const type = leaderType(unit, group);
    // «أمير جماعة X، فلان», «زعيم الجماعة إياد أغ غالي», "the leader of X, Name".
    const after = personAfterGroup(v, group);
    if (after) v.add(after, type, group, hit);
    // "Name, leader of X", «فلان، زعيم X», "X, whom he described as the leader of G".
    const before = v.subjectBefore(t, isPerson);
    if (before) v.add(before, type, group, hit);
    const area = leaderArea(v, group);
    for (const person of [after, before]) if (person && area) v.add(person, 'located-at', area, hit);
  }
  // «son fondateur, X», "its leader, X": the possessive stands for the group.
  if (!group && POSSESSIVES.has(v.text(t - 1)) && isPunct(doc, hit.next, ',')) {
    const person = v.startingNear(hit.next + 1, isPerson, 0);
    // The group named last in the sentence, else the salient one ("ISSP went through … after its founder, X").
    const owner = v.nearestBefore(t, isGroup) ?? v.anaphor(t - 1, t);
    if (person && owner) v.add(person, 'leads', owner, hit);
  }
  // "AQIM leader Name": group, leader noun, person; "X … is Ansaru's top man": the clause subject.
  const groupBefore = v.endingAt(t, isGroup);
  // ("the Front Alpha's leader, Issa Diallo": past the comma too.)
  const personAfter = groupBefore ? v.startingNear(hit.next, isPerson, 0) ?? (isPunct(doc, hit.next, ',') ? v.startingNear(hit.next + 1, isPerson, 0) : undefined) : undefined;
  if (groupBefore && personAfter) v.add(personAfter, 'leads', groupBefore, hit);
  else if (groupBefore && !group && possessiveBefore(doc, t)) {
    const subject = v.subjectBefore(groupBefore.first - (PHRASE_SKIPS.has(v.text(groupBefore.first - 1)) ? 1 : 0), isPerson);
    if (subject) v.add(subject, 'leads', groupBefore, hit);
  }
}

/** The group a passive or relative leader phrase is about: right before it, the sentence's subject, or its opening group noun. */
function ledGroup(v: SentenceView, t: number): Placed | undefined {
  const before = v.groupEndingAt(isPunct(v.doc, t - 1, ',') ? t - 1 : t, groupOrOrg);
  return (before && unitApposition(v, before)) ?? before ?? v.subjectBefore(t, groupOrOrg) ?? v.nearestBefore(t, isGroup) ?? v.openingGroup();
}

/**
 * "la katiba du Kaarta, une unité du GSIM dirigée par X": the phrase is about
 * the unit — the group the apposition describes — not the group it belongs to.
 */
function unitApposition(v: SentenceView, parent: Placed): Placed | undefined {
  const { doc, cues } = v;
  let k = parent.first - 1;
  if (PHRASE_SKIPS.has(v.text(k)) || cues.memberPrepositions.has(v.text(k))) k--;
  if (PHRASE_SKIPS.has(v.text(k)) && !cues.unitNouns.has(v.text(k))) k--;
  if (!cues.unitNouns.has(v.text(k))) return undefined;
  k--;
  if (INDEFINITE.has(v.text(k)) || PHRASE_SKIPS.has(v.text(k))) k--;
  return isPunct(doc, k, ',') ? v.endingAt(k, isGroup) : undefined;
}

/**
 * The person after a leader phrase, past a place phrase («الذي يتزعمه في منطقة
 * ميناكا X»: the place is also where the group is) and titles or kin nouns
 * ("par le prédicateur X", "par son frère X").
 */
function personAfterPhrase(v: SentenceView, k: number, group: Placed | undefined, hit: CueHit<true>): Placed | undefined {
  const { doc, cues } = v;
  let j = k;
  if (PLACE_PHRASE_OPENERS.has(v.text(j))) {
    let place: Placed | undefined;
    for (let p = j + 1; p < j + 5 && p < v.sentence.last; p++) {
      place ??= v.startingAt(p, isPlace);
      const person = v.startingAt(p, isPerson);
      if (person) {
        if (place && group) v.add(group, 'located-at', place, hit);
        return person;
      }
    }
  }
  for (let n = 0; n < 3; n++) {
    if (PHRASE_SKIPS.has(v.text(j)) || KIN_OR_POSSESSIVE.has(v.text(j))) { j++; continue; }
    const title = cueAt(cues.personTitles, doc.tokens, j);
    if (title) { j = title.next; continue; }
    break;
  }
  return v.startingNear(j, isPerson, 1);
}

/** «G التي يقودها X», "G, led by X", "Le groupe, fondé en 2016 par le prédicateur X et dirigé depuis … par son frère Y". */
function ledByRule(v: SentenceView, t: number): void {
  const { doc, cues } = v;
  const ledBy = cueAt(cues.ledBy, doc.tokens, t);
  if (ledBy) {
    const group = ledGroup(v, t);
    const person = personAfterPhrase(v, ledBy.next, group, ledBy);
    if (group && person) v.add(person, 'leads', group, ledBy);
    return;
  }
  const participle = cueAt(cues.leadParticiples, doc.tokens, t);
  if (!participle) return;
  // The agent comes within a few words: "fondé en 2016 par", "dirigé depuis la mort de celui-ci en 2017 par".
  for (let k = participle.next; k < Math.min(v.sentence.last, participle.next + 10); k++) {
    const token = doc.tokens[k]!;
    if (token.kind === 'punct' && token.text !== '-') return;
    if (!cues.agentWords.has(token.text)) continue;
    const group = ledGroup(v, t);
    const person = personAfterPhrase(v, k + 1, group, participle);
    if (group && person) v.add(person, 'leads', group, participle);
    return;
  }
}

/** SVO "X leads G", «X، الذي أسس حركة G», or VSO «ويقود الجماعة حاليا X». */
function leadVerbRule(v: SentenceView, t: number): void {
  const hit = cueAt(v.cues.leadVerbs, v.doc.tokens, t);
  if (!hit) return;
  // «… جماعة محلية، ويقودها جعفر ديكو»: the pronoun on the verb is the group named before; the leader follows.
  const verb = v.doc.tokens[hit.next - 1]!;
  if (verb.arabic && /(ها|ه)$/.test(verb.text) && !v.startingNear(hit.next, groupOrOrg, 1)) {
    const group = v.subjectBefore(t, groupOrOrg) ?? v.nearestBefore(t, isGroup);
    const person = v.startingNear(hit.next, isPerson, 1);
    if (group && person) v.add(person, isOrg(group) ? 'works-for' : 'leads', group, hit);
    return;
  }
  // «a pris la tête des unités du GSIM»: leading a group's units is leading the group here.
  const unitOf = v.cues.unitNouns.has(v.text(hit.next + (PHRASE_SKIPS.has(v.text(hit.next)) ? 1 : 0)));
  const group = v.groupNear(hit.next, groupOrOrg, 2) ?? (unitOf ? v.groupNear(hit.next + (PHRASE_SKIPS.has(v.text(hit.next)) ? 3 : 2), groupOrOrg, 1) : undefined);
  if (!group) return;
  let person = v.subjectBefore(t, isPerson);
  for (let k = group.last; !person && k <= group.last + 2 && !CONJUNCTIONS.has(v.text(k)); k++) person = v.startingNear(k, isPerson, 0);
  if (person) v.add(person, isOrg(group) ? 'works-for' : 'leads', group, hit);
}

/**
 * "X, member of G", «القيادي في G، X», «وهو قيادي ميداني في الجماعة», "X fought
 * with G"; a group that joins a group is affiliated with it ("al-Mourabitoun,
 * which in turn joined JNIM").
 */
function memberRule(v: SentenceView, t: number, member: CueHit<true> | undefined): void {
  const { doc, cues } = v;
  let next = member?.next;
  let hit = member;
  if (!hit) {
    const noun = cueAt(cues.memberNouns, doc.tokens, t);
    if (!noun) return;
    const k = skipAdjectives(v, noun.next);
    const preposition = v.text(k);
    const attached = doc.tokens[k]?.arabic && /^[بل]/.test(preposition) && preposition.length > 3;
    if (k === noun.next && !attached) return; // a bare member noun is the member cue list's business
    if (!(cues.memberPrepositions.has(preposition) || attached)) return;
    hit = noun;
    next = attached ? k : k + 1;
  }
  const group = v.groupNear(next!, groupOrOrg, 2);
  if (!group) return;
  const after = isPunct(doc, group.last, ',') ? v.startingNear(group.last + 1, isPerson, 0) : undefined;
  const subject = v.subjectBefore(t, either(isPerson, isGroup)) ?? after ?? v.personBefore(t, 10);
  if (!subject || subject.entity === group.entity) return;
  if (isGroup(subject)) { if (isGroup(group)) v.add(subject, 'affiliated-with', group, hit); return; }
  v.add(subject, isOrg(group) ? 'works-for' : 'member-of', group, hit);
}

/** PERSON, role [adjectives] preposition ORG: «فلان، الخبير الأمني في مركز …», "Name, a senior fellow at X", «X، من مركز …». */
export function worksForRule(v: SentenceView): void {
  const { doc, cues } = v;
  for (const person of v.inSentence) {
    if (!isPerson(person) || !isPunct(doc, person.last, ',')) continue;
    let k = person.last + 1;
    if (PHRASE_SKIPS.has(v.text(k))) k++;
    // The title, possibly after one or two adjectives ("a senior researcher at", «الخبير الأمني في»).
    const title = [k, k + 1, k + 2, skipAdjectives(v, k)].map((j) => cueAt(cues.personTitles, doc.tokens, j)).find((hit) => hit !== undefined);
    // «إسماعيل مامادو، من مركز …», "Katrin Baumann, de l'Institut …": the employer directly after the comma.
    const start = title ? title.next : person.last + 1;
    let sawPreposition = false;
    for (let j = start; j < start + 6; j++) {
      const token = doc.tokens[j];
      if (!token || token.kind !== 'word') break;
      const org = v.startingAt(j, isOrg);
      if (org) {
        if ((title && j === title.next) || sawPreposition) v.add(person, 'works-for', org, title ?? v.text(start));
        break;
      }
      if (cues.employerPrepositions.has(token.text) || token.text === 'باسم') sawPreposition = true;
      // "at the Abuja-based Centre …": a place and «based» before the organisation.
      else if (sawPreposition && v.startingAt(j, isPlace) && v.text(j + 1) === 'based') { j++; continue; }
      // Adjectives may follow the title («الخبير الأمني في …»); after the preposition only articles.
      else if (!title || (sawPreposition && !PHRASE_SKIPS.has(token.text))) break;
    }
  }
  // "le porte-parole du ministère de l'Intérieur, X", «المتحدث باسم وزارة الدفاع، X»: title, preposition, organisation, comma, person.
  // Also past a second title before the name («…، الدكتورة X») and a place after the organisation («جامعة … بسوكوتو»).
  for (const person of v.inSentence) {
    if (!isPerson(person)) continue;
    let comma = person.first - 1;
    const second = [2, 3].map((n) => cueAt(cues.personTitles, doc.tokens, person.first - n)).find((hit) => hit?.next === person.first);
    if (second && !isPunct(doc, comma, ',')) comma = second.first - 1;
    if (!isPunct(doc, comma, ',')) continue;
    const place = v.endingAt(comma, isPlace);
    const org = v.endingAt(comma, isOrg) ?? (place ? v.endingAt(place.first, isOrg) : undefined);
    if (!org) continue;
    let k = org.first - 1;
    if (PHRASE_SKIPS.has(v.text(k)) && !cues.employerPrepositions.has(v.text(k))) k--;
    if (!(cues.employerPrepositions.has(v.text(k)) || v.text(k) === 'باسم' || PHRASE_SKIPS.has(v.text(k)))) continue;
    for (let back = 1; back <= 3; back++) {
      const title = cueAt(cues.personTitles, doc.tokens, k - back);
      if (title && title.next === k) { v.add(person, 'works-for', org, title); break; }
    }
  }
  // "DSS spokesperson Grace Adebayo", "ACLED analyst X": an organisation, a title, the person.
  for (const person of v.inSentence) {
    if (!isPerson(person)) continue;
    for (let back = 1; back <= 2; back++) {
      const title = cueAt(cues.personTitles, doc.tokens, person.first - back);
      if (!title || title.next !== person.first) continue;
      const org = v.endingAt(person.first - back, isOrg);
      if (org) v.add(person, 'works-for', org, title);
      break;
    }
  }
  // "Security analyst Wassim Nasr of the SITE Intelligence Group": a titled person, a preposition, the organisation.
  for (const person of v.inSentence) {
    if (!isPerson(person) || !person.m.role) continue;
    let k = person.last;
    if (isPunct(doc, k, ',')) k++;
    if (!cues.employerPrepositions.has(v.text(k))) continue;
    k++;
    if (PHRASE_SKIPS.has(v.text(k))) k++;
    const org = v.startingAt(k, isOrg);
    if (org) v.add(person, 'works-for', org, v.text(person.last));
  }
}

/** "Issa Diallo, a (senior) Front Alpha commander": the person the apposition describes is a member of the group. */
function groupMemberApposition(v: SentenceView, t: number): void {
  const { doc, cues } = v;
  const noun = cueAt(cues.memberNouns, doc.tokens, t) ?? cueAt(cues.leaderNouns, doc.tokens, t);
  if (!noun) return;
  const group = v.endingAt(t, isGroup);
  if (!group) return;
  let k = group.first - 1;
  if (!INDEFINITE.has(v.text(k))) k--;
  if (!INDEFINITE.has(v.text(k)) || !isPunct(doc, k - 1, ',')) return;
  const person = v.endingAt(k - 1, isPerson);
  if (person) v.add(person, 'member-of', group, noun);
}

/** The role rules that start at token t. */
export function roleRules(v: SentenceView, t: number, member: CueHit<true> | undefined): void {
  const leaderNoun = cueAt(v.cues.leaderNouns, v.doc.tokens, t);
  if (leaderNoun) leaderNounRule(v, t, leaderNoun);
  ledByRule(v, t);
  leadVerbRule(v, t);
  groupMemberApposition(v, t);
  memberRule(v, t, member);
}

/** "la katiba Macina d'Amadou Koufa": a group followed by «de» and a person is that person's. */
export function possessiveLeader(v: SentenceView): void {
  if (v.cues.lang !== 'fr') return;
  for (const group of v.inSentence) {
    if (!isGroup(group) || !['de', 'd'].includes(v.text(group.last))) continue;
    const person = v.startingAt(group.last + 1, isPerson);
    if (person) v.add(person, 'leads', group, v.text(group.last));
  }
}

/**
 * "Army spokesman Colonel X", «المتحدث باسم الجيش، العقيد X»: a bare forces noun
 * next to a spokesman's title stands for the national force the document names
 * (the one named last before the sentence).
 */
export function forceSpokesmanRule(v: SentenceView, force: Placed | undefined): void {
  const { doc, cues, sentence } = v;
  if (!force) return;
  for (let f = sentence.first; f < sentence.last; f++) {
    const noun = cueAt(cues.forceHeads, doc.tokens, f);
    if (!noun || noun.next - noun.first !== 1 || v.inSentence.some((p) => p.first <= f && f < p.last)) continue;
    // The title before («المتحدث باسم الجيش») or after ("Army spokesman") the noun.
    // («le porte-parole de l'armée», "the spokesman of the army": past an article and «de»/"of".)
    let p = f - 1;
    if (['the', 'l', 'le', 'la'].includes(v.text(p))) p--;
    const before = ['باسم', 'of', 'de', 'du'].includes(v.text(p)) ? cueAt(cues.personTitles, doc.tokens, p - 1) ?? cueAt(cues.personTitles, doc.tokens, p - 2) : undefined;
    const after = cueAt(cues.personTitles, doc.tokens, noun.next);
    const title = after ?? before;
    if (!title || title.value !== 'spokesperson') continue;
    let k = after ? after.next : noun.next;
    if (isPunct(doc, k, ',')) k++;
    for (let n = 0; n < 3; n++) {
      if (PHRASE_SKIPS.has(v.text(k))) { k++; continue; }
      const next = cueAt(cues.personTitles, doc.tokens, k);
      if (!next) break;
      k = next.next;
    }
    const person = v.startingAt(k, isPerson);
    if (person) v.add(person, 'works-for', force, title);
  }
}
