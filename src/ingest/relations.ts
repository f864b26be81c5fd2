/**
 * Relations read from the text (never copied from the gazetteer): leads,
 * member-of, affiliated-with, succeeds / may-succeed, located-at, targets and
 * works-for. Each rule looks at the mentions of one sentence and the cue words
 * between them (relation-roles.ts, relation-groups.ts, relation-places.ts,
 * relation-presence.ts, relation-local-roles.ts); clause subjects come from
 * relation-view.ts;
 * see docs/extraction.md for the patterns.
 */
import { cueAt, mayStart, type CueHit, type CueList } from './cues.js';
import { cuesAt, type DocumentView } from './document.js';
import type { RelationCandidate } from './relation-types.js';
import { affiliationRule, branchOfRule, branchRule, compositionRule, linkedAdjectiveRule, isModifierWord, mergerRule, reversedAffiliation, successorRule } from './relation-groups.js';
import { activityRule, attackNounRule, passiveAttackRule, basedRule, locatedRule, locativeRule, seatRule, targetsRule, townApposition } from './relation-places.js';
import { localRoleRule } from './relation-local-roles.js';
import { openSuccessorRule, resolveOpenSuccessions, type OpenSuccession } from './relation-succession.js';
import { arabicPresenceRule, strongholdRule, whereRule } from './relation-presence.js';
import { forceSpokesmanRule, possessiveLeader, roleRules, worksForRule } from './relation-roles.js';
import { isActor, isGroup, SentenceView, type Placed } from './relation-view.js';
import type { Entity } from './resolve.js';

export function extractRelations(doc: DocumentView, entities: readonly Entity[]): RelationCandidate[] {
  const placed: Placed[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.component) continue;
      const first = doc.tokenAt[m.start]!;
      const last = doc.tokenAt[m.end - 1]! + 1;
      if (first >= 0) placed.push({ m, entity, first, last });
    }
  }
  placed.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: RelationCandidate[] = [];
  const openSuccessions: OpenSuccession[] = [];
  let lastGroupBefore: Placed | undefined;
  const groups = placed.filter((p) => isGroup(p) && !p.m.aliasOf);
  // Cities and towns the document names, by their normalised names (for organisations named after them).
  const cities = new Map<string, Placed>();
  for (const p of placed) {
    if (p.entity.type === 'location' && (p.entity.kind === 'city' || p.entity.kind === 'town') && !p.m.aliasOf) cities.set(doc.norm.text.slice(p.m.nameStart, p.m.nameEnd), p);
  }
  // National forces named so far ("the Nigerian Army", «الجيش المالي»): a bare forces noun may stand for them.
  const forces = placed.filter((p) => p.entity.force === true);
  let forceCursor = 0;
  const positions = new Map<Entity, number[]>();
  for (const g of groups) {
    const list = positions.get(g.entity);
    if (list) list.push(g.first);
    else positions.set(g.entity, [g.first]);
  }
  const groupStarts = new Set(groups.map((g) => g.first));
  const antecedent = (first: number, next: number): Placed | undefined => antecedentOf(doc, groups, positions, groupStarts, first, specificHead(doc, next));
  let cursor = 0;
  for (const sentence of doc.sentences) {
    // `placed` is sorted by first token: walk it once instead of filtering it per sentence.
    while (cursor < placed.length && placed[cursor]!.first < sentence.first) cursor++;
    const inSentence: Placed[] = [];
    const readings: Placed[] = [];
    for (let k = cursor; k < placed.length && placed[k]!.first < sentence.last; k++) {
      const p = placed[k]!;
      if (p.last <= sentence.last) (p.m.aliasOf ? readings : inSentence).push(p);
    }
    const cues = cuesAt(doc, sentence.first);
    const v = new SentenceView(doc, cues, sentence, inSentence, readings, antecedent);

    // A cue inside a longer cue of the same list («يخلف» in «قد يخلف») is not read again.
    const busyUntil = new Map<string, number>();
    const cue = <T>(name: string, list: CueList<T>, t: number): CueHit<T> | undefined => {
      if ((busyUntil.get(name) ?? -1) > t) return undefined;
      const hit = cueAt(list, doc.tokens, t);
      if (hit) busyUntil.set(name, hit.next);
      return hit;
    };
    for (let t = sentence.first; t < sentence.last; t++) {
      reversedAffiliation(v, t);
      branchOfRule(v, t);
      linkedAdjectiveRule(v, t);
      attackNounRule(v, t);
      activityRule(v, t);
      passiveAttackRule(v, t);
      strongholdRule(v, t);
      arabicPresenceRule(v, t);
      if (!mayStart(cues.relationFirstWords, doc.tokens[t])) continue;
      roleRules(v, t, cue('member', cues.memberCues, t));
      const affiliation = cue('affiliation', cues.affiliationCues, t);
      if (affiliation) affiliationRule(v, t, affiliation);
      const branch = cue('branch', cues.branchCues, t);
      if (branch) branchRule(v, t, branch, lastGroupBefore);
      const merger = cue('merger', cues.mergerCues, t);
      if (merger) mergerRule(v, t, merger);
      const composition = cue('composition', cues.compositionCues, t);
      if (composition) compositionRule(v, t, composition);
      const openSuccessor = cue('openSuccessor', cues.openSuccessorCues, t);
      if (openSuccessor) {
        // "the obvious successor to X" is hedged: "successor to" inside it is not read again as certain.
        busyUntil.set('successor', openSuccessor.next);
        const open = openSuccessorRule(v, t, openSuccessor);
        if (open) openSuccessions.push(open);
      }
      const successor = cue('successor', cues.successorCues, t);
      if (successor) successorRule(v, t, successor);
      const located = cue('located', cues.locatedCues, t);
      if (located) locatedRule(v, t, located);
      const threat = cue('threat', cues.threatCues, t);
      if (threat) targetsRule(v, threat, threatActor(v, t));
    }
    locativeRule(v);
    worksForRule(v);
    basedRule(v);
    townApposition(v);
    localRoleRule(v);
    whereRule(v);
    seatRule(v, cities);
    possessiveLeader(v);
    while (forceCursor < forces.length && forces[forceCursor]!.first < sentence.first) forceCursor++;
    forceSpokesmanRule(v, forces[forceCursor - 1]);
    out.push(...v.out);
    const sentenceGroups = inSentence.filter(isGroup);
    if (sentenceGroups.length > 0) lastGroupBefore = sentenceGroups[sentenceGroups.length - 1];
  }
  out.push(...resolveOpenSuccessions(openSuccessions, out, entities));
  return dedupe(out);
}

/** The actor of a threat cue may be a group noun standing for the group («مقاتلي الجماعة … لمهاجمة»). */
function threatActor(v: SentenceView, t: number): Placed | undefined {
  let anaphoric: Placed | undefined;
  for (let k = t - 1; k >= Math.max(v.sentence.first, t - 8); k--) {
    const hit = cueAt(v.cues.groupAnaphora, v.doc.tokens, k);
    if (hit && hit.next <= t) { anaphoric = v.anaphor(k, hit.next); break; }
  }
  const nearest = v.nearestBefore(t, isActor);
  return anaphoric && (!nearest || anaphoric.first > nearest.first) ? anaphoric : undefined;
}

/** Group nouns that say nothing about which group ("the group", «التنظيم»); other heads ("the battalion") do. */
const GENERIC_HEADS = new Set(['group', 'groupe', 'organisation', 'organization', 'outfit', 'movement', 'mouvement', 'جماعه', 'تنظيم', 'حركه', 'jihadists', 'insurgents', 'jihadistes']);

/** The head noun of a group noun ending before token `next` when it names a kind of unit ("battalion", «الكتيبة»). */
function specificHead(doc: DocumentView, next: number): string | undefined {
  const word = doc.tokens[next - 1]?.readings.at(-1) ?? '';
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  return bare.length > 2 && !GENERIC_HEADS.has(bare) ? bare : undefined;
}

/**
 * The group a group noun refers to («الجماعة», "the group"): among the groups of
 * this and the three previous sentences, the most salient — mentioned most often
 * so far, named in the document's first sentence, first in its sentence — and
 * the most recent on a tie. A noun that names a kind of unit ("the battalion")
 * prefers the groups whose name has it ("Signed-in-Blood Battalion").
 */
function antecedentOf(doc: DocumentView, groups: readonly Placed[], positions: ReadonlyMap<Entity, readonly number[]>, groupStarts: ReadonlySet<number>, at: number, head?: string): Placed | undefined {
  const sentence = doc.tokens[at]!.sentence;
  const lo = countBefore(groups, at);
  // Groups of this and the three previous sentences, nearest first (a walk back, not a copy of everything before).
  const inWindow: Placed[] = [];
  let lastBefore: Placed | undefined;
  for (let k = lo - 1; k >= 0; k--) {
    const g = groups[k]!;
    if (g.last > at) continue;
    lastBefore ??= g;
    if (doc.tokens[g.first]!.sentence < sentence - 3) break;
    inWindow.unshift(g);
  }
  const headed = head ? inWindow.filter((g) => ` ${doc.norm.text.slice(g.m.start, g.m.end)} `.includes(` ${head} `)) : [];
  const recent = headed.length > 0 ? headed : inWindow;
  if (recent.length === 0) return lastBefore;
  // Mentions of the group so far.
  const count = (e: Entity): number => countBefore(positions.get(e) ?? [], at);
  let best: Placed | undefined;
  let bestScore = -1;
  for (const g of recent) {
    const s = doc.tokens[g.first]!.sentence;
    // A group named only as a modifier ("the al-Qaeda affiliate JNIM") is not the topic of its sentence.
    const modifier = isModifierWord(doc.tokens[g.last]?.text ?? '') || groupStarts.has(g.last);
    const firstInSentence = !modifier && !recent.some((o) => o !== g && doc.tokens[o.first]!.sentence === s && o.first < g.first);
    const score = count(g.entity) + (s === 0 ? 1 : 0) + (firstInSentence ? 0.5 : 0);
    if (score >= bestScore) { best = g; bestScore = score; }
  }
  return best;
}

/** How many of the sorted token positions (or mentions, by first token) come before `at`. */
function countBefore(sorted: readonly (number | Placed)[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = sorted[mid]!;
    if ((typeof item === 'number' ? item : item.first) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dedupe(relations: readonly RelationCandidate[]): RelationCandidate[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.from}|${r.type}|${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
