/**
 * Relations between groups: affiliation (branch, allegiance, coordination,
 * merger), and succession (hedged or not).
 */
import { cueAt, type CueHit } from './cues.js';
import { isPunct, possessiveBefore } from './document.js';
import { hyphenatedToPrevious } from './latin-cue-helpers.js';
import { PHRASE_SKIPS, either, isGroup, isOrg, isPerson, OF_WORDS, type Placed, type SentenceView } from './relation-view.js';

const REVERSED_AFFILIATION = new Set(['affiliate', 'branch', 'franchise', 'offshoot', 'faction', 'wing', 'arm', 'filiale', 'branche', 'emanation', 'aile']);
const PARTNER_WORDS = new Set(['with', 'avec', 'مع', 'et', 'and']);

/** True when token t names a unit as a modifier ("the al-Qaeda affiliate JNIM"): its group is not the topic. */
export function isModifierWord(text: string): boolean {
  return REVERSED_AFFILIATION.has(text);
}

/** «G1 الموالية لـ G2», "G1, affiliated with G2", «منصة «الزلاقة» التابعة للجماعة», "ISWAP, which …, remains loyal to IS". */
export function affiliationRule(v: SentenceView, t: number, hit: CueHit<true>): void {
  const to = v.groupNear(hit.next, isGroup, 2);
  if (!to || !isGroup(to)) return;
  // "X aurait prêté allégeance à l'EIS": a person's allegiance makes them a member.
  const person = v.subjectBefore(t, isPerson);
  if (person) { v.add(person, 'member-of', to, hit); return; }
  const from = v.subjectBefore(t, either(isGroup, isOrg)) ?? v.endingAt(isPunct(v.doc, t - 1, ',') ? t - 1 : t, isGroup) ?? v.nearestBefore(t, isGroup) ?? v.openingGroup();
  // An organisation may belong to a group (its media outlet); two organisations are not "affiliated" here.
  if (from) v.add(from, 'affiliated-with', to, hit);
}

/** «G2 … نسخة له … باسم G1», "a branch called G1": the named group is affiliated with the one before. */
export function branchRule(v: SentenceView, t: number, hit: CueHit<true>, lastGroupBefore: Placed | undefined): void {
  const parent = v.nearestBefore(t, isGroup) ?? lastGroupBefore;
  for (let k = hit.next; k < Math.min(v.sentence.last, hit.next + 8); k++) {
    const naming = cueAt(v.cues.namingCues, v.doc.tokens, k);
    if (!naming) continue;
    const child = v.startingNear(naming.next, isGroup, 1);
    if (parent && child) v.add(child, 'affiliated-with', parent, hit);
    break;
  }
}

/** «وهو التنظيم الذي قد يخلف G», "X could succeed Y". */
export function successorRule(v: SentenceView, t: number, hit: CueHit<boolean>): void {
  const { doc, cues, sentence } = v;
  // «وهو التنظيم الذي قد يخلف»: a group noun just before the cue names the successor.
  let anaphoric: Placed | undefined;
  for (let k = t - 1; k >= Math.max(sentence.first, t - 3); k--) {
    const noun = cueAt(cues.groupAnaphora, doc.tokens, k);
    if (noun && noun.next >= t - 1) { anaphoric = v.anaphor(k, noun.next); break; }
  }
  const from = anaphoric ?? v.nearestBefore(t, either(isGroup, isPerson));
  const to = from ? v.startingNear(hit.next, (p) => (isGroup(from) ? isGroup(p) : isPerson(p)), 2) : undefined;
  if (from && to) v.add(from, hit.value ? 'may-succeed' : 'succeeds', to, hit);
}

/**
 * "The battalion merged … with MUJAO to form al-Mourabitoun", «أعلن … دمجها مع
 * فصائل أخرى ضمن G»: the merging groups are affiliated with what they form.
 */
export function mergerRule(v: SentenceView, t: number, hit: CueHit<true>): void {
  const { doc, cues, sentence } = v;
  const merged = v.subjectBefore(t, isGroup) ?? v.openingGroup() ?? v.nearestBefore(t, isGroup);
  let partner: Placed | undefined;
  for (let k = hit.next; k < Math.min(sentence.last, hit.next + 25); k++) {
    if (PARTNER_WORDS.has(doc.tokens[k]!.text) && !partner) {
      partner = v.groupNear(k + 1, isGroup, 1);
      if (partner) k = partner.last - 1;
      continue;
    }
    const form = cueAt(cues.formCues, doc.tokens, k);
    if (!form) continue;
    const formed = v.groupNear(form.next, isGroup, 2);
    if (!formed) return;
    for (const member of [merged, partner]) if (member && member.entity !== formed.entity) v.add(member, 'affiliated-with', formed, hit);
    return;
  }
}

/** Words that may stand between two groups of a list ("A, B and C", «A وB», "A et B"), besides articles. */
const LIST_WORDS = new Set([',', 'and', 'et', 'و', 'as', 'well', 'ainsi', 'que']);

/** "G, born from the merger of A, B and C", «تحالف يضم A وB»: every listed group is affiliated with G. */
export function compositionRule(v: SentenceView, t: number, hit: CueHit<true>): void {
  const { doc, sentence } = v;
  const whole = v.subjectBefore(t, isGroup) ?? v.endingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, isGroup) ?? v.openingGroup() ?? v.nearestBefore(t, isGroup);
  if (!whole) return;
  let k = hit.next;
  // Each item: a group near k; then past its possessive or adjectives ("AQIM's Saharan branch") to a list word.
  while (k < sentence.last) {
    const part = v.groupNear(k, isGroup, 2);
    if (!part) return;
    if (part.entity !== whole.entity) v.add(part, 'affiliated-with', whole, hit);
    k = part.last;
    let gap = 0;
    while (k < sentence.last && gap < 3 && doc.tokens[k]!.kind === 'word' && !LIST_WORDS.has(v.text(k))) { k++; gap++; }
    if (!LIST_WORDS.has(v.text(k)) && !isPunct(doc, k, ',')) return;
    while (k < sentence.last && (LIST_WORDS.has(v.text(k)) || isPunct(doc, k, ','))) k++;
  }
}

/** Second halves of hyphenated affiliation adjectives: "al-Qaeda-linked", "IS-affiliated". */
const LINKED = new Set(['linked', 'affiliated', 'aligned', 'allied', 'backed', 'loyal']);

/** "JNIM, an al-Qaeda-linked group", "the IS-affiliated ISWAP": the group described is affiliated with the one in the adjective. */
export function linkedAdjectiveRule(v: SentenceView, t: number): void {
  const { doc } = v;
  if (!LINKED.has(v.text(t)) || !hyphenatedToPrevious(doc, t)) return;
  const parent = v.endingAt(t, isGroup);
  if (!parent) return;
  let k = parent.first - 1;
  if (PHRASE_SKIPS.has(v.text(k))) k--;
  const child = (isPunct(doc, k, ',') ? v.endingAt(k, isGroup) : undefined) ?? v.startingNear(t + 1, isGroup, 0);
  if (child && child.entity !== parent.entity) v.add(child, 'affiliated-with', parent, `${v.text(parent.last - 1)}-${v.text(t)}`);
}

/**
 * "G, la filiale sahélienne d'Al-Qaïda", "G, the Sahel branch of IS": an
 * apposition naming a unit noun, adjectives and the parent group.
 */
export function branchOfRule(v: SentenceView, t: number): void {
  const { doc, cues } = v;
  if (!REVERSED_AFFILIATION.has(v.text(t))) return;
  let k = t - 1;
  if (PHRASE_SKIPS.has(v.text(k))) k--;
  if (!isPunct(doc, k, ',')) return;
  const child = v.endingAt(k, isGroup);
  if (!child) return;
  let j = t + 1;
  while (j < t + 3 && doc.tokens[j]?.kind === 'word' && !OF_WORDS.has(v.text(j)) && !cues.stopwords.has(v.text(j))) j++;
  if (!OF_WORDS.has(v.text(j))) return;
  const parent = v.groupNear(j + 1, isGroup, 1);
  if (parent && parent.entity !== child.entity) v.add(child, 'affiliated-with', parent, v.text(t));
}

/** "the Islamic State's Sahel franchise": a group, its possessive and up to two words before the unit noun at t. */
function possessiveParent(v: SentenceView, t: number): Placed | undefined {
  for (let end = t - 1; end >= Math.max(v.sentence.first + 1, t - 2); end--) {
    const parent = v.endingAt(end, isGroup);
    if (parent && possessiveBefore(v.doc, parent.last)) return parent;
  }
  return undefined;
}

/** "the al-Qaeda affiliate JNIM", "Katiba Macina, a JNIM faction": the named unit is affiliated with the other group. */
export function reversedAffiliation(v: SentenceView, t: number): void {
  const { doc } = v;
  const token = doc.tokens[t];
  if (!token || !REVERSED_AFFILIATION.has(token.text)) return;
  const parent = v.endingAt(t, isGroup) ?? possessiveParent(v, t);
  if (!parent) return;
  // "the al-Qaeda affiliate JNIM", "al-Qaeda's Sahel affiliate, JNIM".
  const child = v.startingNear(t + 1, isGroup, 0) ?? (isPunct(doc, t + 1, ',') ? v.startingNear(t + 2, isGroup, 1) : undefined);
  if (child) { v.add(child, 'affiliated-with', parent, token.text); return; }
  // "X, a G faction": X is the apposition before the article.
  let k = doc.tokenAt[parent.m.start]! - 1;
  if (k >= 0 && PHRASE_SKIPS.has(doc.tokens[k]!.text)) k--;
  if (k >= 0 && isPunct(doc, k, ',')) {
    const named = v.endingAt(k, isGroup);
    if (named) v.add(named, 'affiliated-with', parent, token.text);
  }
}
