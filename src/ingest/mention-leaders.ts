/**
 * Persons named next to a leader phrase: «أمير جماعة X، فلان،», "the leader of
 * X, Name,", «زعيم جماعة X فلان» (no comma in Arabic), «القائد الميداني للتنظيم
 * في جزر البحيرة، فلان» (past a place phrase). The group is already a mention;
 * the person is the name run after it.
 */
import { cueAt, latinWords } from './cues.js';
import { isPunct, type DocumentView } from './document.js';
import type { MentionIndex } from './mention-index.js';
import { personMention } from './mention-build.js';
import { arabicPersonBackward, arabicPersonForward, latinNameBackward, latinNameForward, type NameContext } from './names.js';

const PLACE_PHRASE_OPENERS = new Set(['في', 'ب', 'in', 'dans', 'a', 'en', 'au']);

/** The token after a place phrase that ends at a comma («… في منطقة غاو،»), or -1. */
function commaAfterPlacePhrase(doc: DocumentView, k: number): number {
  if (!PLACE_PHRASE_OPENERS.has(doc.tokens[k]?.text ?? '')) return -1;
  for (let c = k + 1; c < k + 7; c++) {
    const token = doc.tokens[c];
    if (!token || (token.kind === 'punct' && token.text !== ',')) return -1;
    if (token.kind === 'punct') return c;
  }
  return -1;
}

export function leaderApposition(doc: DocumentView, index: MentionIndex): void {
  for (const group of [...index.mentions]) {
    if (group.type !== 'threat-actor' || group.kind !== 'group') continue;
    const first = index.firstToken(group);
    const last = index.lastToken(group);
    const ctx: NameContext = index.context(first);
    let leader = false;
    for (let back = 1; back <= 3 && first - back >= 0; back++) {
      const hit = cueAt(ctx.cues.leaderNouns, doc.tokens, first - back);
      if (hit && hit.next >= first - 1) { leader = true; break; }
      if (doc.tokens[first - back]!.kind !== 'word') break;
    }
    if (!leader) continue;
    let comma = last;
    while (ctx.cues.genericAdjectives.has(doc.tokens[comma]?.text ?? '')) comma++;
    const arabic = ctx.cues.lang === 'ar';
    const forward = (k: number): number => (arabic ? arabicPersonForward(ctx, k) : latinNameForward(ctx, k, 'person'));
    let start = -1;
    if (isPunct(doc, comma, ',')) start = comma + 1;
    else if (commaAfterPlacePhrase(doc, comma) >= 0) start = commaAfterPlacePhrase(doc, comma) + 1;
    // «زعيم جماعة X فلان»: Arabic writes the name right after the group; it must look like a full name.
    else if (arabic && forward(comma) - comma >= 2 && (isPunct(doc, forward(comma), ',.') || doc.tokens[forward(comma)]?.kind !== 'word')) start = comma;
    if (start < 0 || index.startingAt(start)) continue;
    const end = forward(start);
    if (end - start >= (arabic ? 2 : 1) && !index.overlaps(start, end)) index.add(personMention(doc, start, end, 'leader'));
  }
}

/** Relative pronouns after a name. */
const RELATIVE_PRONOUNS = new Set(['who', 'qui', 'الذي']);

/**
 * "Issa Diallo, who heads the Front Alpha", «X، الذي يقود …»: a name run of two
 * words or more before a comma, a relative pronoun and a lead verb is a person
 * (a leader) even when no title introduced it.
 */
export function relativeLeaders(doc: DocumentView, index: MentionIndex): void {
  for (let r = 2; r < doc.tokens.length - 1; r++) {
    if (!RELATIVE_PRONOUNS.has(doc.tokens[r]!.text) || !isPunct(doc, r - 1, ',')) continue;
    const ctx = index.context(r);
    if (!cueAt(ctx.cues.leadVerbs, doc.tokens, r + 1)) continue;
    const end = r - 1;
    if (index.endingBefore(end)) continue;
    let start = doc.tokens[end - 1]?.arabic ? arabicPersonBackward(ctx, end, 4) : latinNameBackward(ctx, end, 'person', 4);
    start = withoutOpeningVerb(doc, start, end);
    if (end - start < 2 || index.overlaps(start, end)) continue;
    index.add(personMention(doc, start, end, 'leader'));
  }
}

/**
 * «وفر سالم ولد محمد، الذي …»: Arabic news opens sentences verb first; a word
 * with «و»/«ف» opening the sentence before a name of three words or more is the
 * verb, not the name's first word.
 */
export function withoutOpeningVerb(doc: DocumentView, start: number, end: number): number {
  const token = doc.tokens[start];
  const opensSentence = start === 0 || doc.tokens[start - 1]!.sentence !== token?.sentence;
  return token?.arabic && opensSentence && /^[وف]/.test(token.text) && end - start >= 3 ? start + 1 : start;
}

/**
 * "Issa Diallo, a Front Alpha commander", "X, a senior ISWAP figure": a name run
 * before a comma and an indefinite apposition made of a listed or cued group
 * and a member or leader noun is a person.
 */
export function groupMemberAppositions(doc: DocumentView, index: MentionIndex): void {
  for (const group of [...index.mentions]) {
    if (group.type !== 'threat-actor' || group.kind !== 'group' || group.aliasOf) continue;
    const ctx = index.context(index.firstToken(group));
    const noun = index.lastToken(group);
    const role = cueAt(ctx.cues.memberNouns, doc.tokens, noun) ?? cueAt(ctx.cues.leaderNouns, doc.tokens, noun);
    if (!role) continue;
    let k = index.firstToken(group) - 1;
    if (doc.tokens[k]?.kind === 'word' && !['a', 'an', 'un', 'une'].includes(doc.tokens[k]!.text)) k--; // one adjective: "a senior …"
    if (!['a', 'an', 'un', 'une'].includes(doc.tokens[k]?.text ?? '') || !isPunct(doc, k - 1, ',')) continue;
    const end = k - 1;
    if (index.endingBefore(end)) continue;
    const start = latinNameBackward(ctx, end, 'person', 4);
    if (end - start < 2 || index.overlaps(start, end)) continue;
    index.add(personMention(doc, start, end, 'member'));
  }
}

/** Auxiliaries and adverbs between a subject and its verb ("has led", «a rejoint»). */
const AUXILIARIES = latinWords((t) => t.auxiliaries);

/**
 * "Yaya Coulibaly has led the Front Alpha since 2017", «Issa Diallo a rejoint le Front
 * Alpha»: a name run of two words or more right before a lead verb or member cue whose
 * group follows is a person, even with no title before it. Arabic puts the verb first,
 * so this reads Latin text only.
 */
export function verbSubjectPersons(doc: DocumentView, index: MentionIndex): void {
  for (let r = 2; r < doc.tokens.length - 1; r++) {
    if (doc.tokens[r]!.arabic || doc.tokens[r - 1]!.kind !== 'word') continue;
    const ctx = index.context(r);
    const lead = cueAt(ctx.cues.leadVerbs, doc.tokens, r);
    const hit = lead ?? cueAt(ctx.cues.memberCues, doc.tokens, r);
    if (!hit || !groupFollows(doc, index, hit.next)) continue;
    let end = r;
    while (end > 0 && AUXILIARIES.has(doc.tokens[end - 1]!.text)) end--;
    if (end === r && AUXILIARIES.has(doc.tokens[r]!.text)) continue;
    if (index.endingBefore(end)) continue;
    const start = latinNameBackward(ctx, end, 'person', 4);
    if (end - start < 2 || index.overlaps(start, end)) continue;
    index.add(personMention(doc, start, end, lead ? 'leader' : 'member'));
  }
}

/** A group mention starting at token k, past at most two articles or prepositions. */
function groupFollows(doc: DocumentView, index: MentionIndex, k: number): boolean {
  for (let j = k; j < k + 3 && j < doc.tokens.length; j++) {
    const mention = index.startingAt(j);
    if (mention) return mention.type === 'threat-actor' && mention.kind === 'group';
    if (doc.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}
