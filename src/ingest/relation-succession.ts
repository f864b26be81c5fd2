/**
 * Successions the text states without naming both sides: "X is the obvious successor",
 * "a possible heir: X", «le successeur naturel», «الخليفة المحتمل». The successor is read
 * in the sentence; the one to be succeeded once the whole document has been read.
 */
import type { CueHit } from './cues.js';
import { tokensSurface } from './document.js';
import type { RelationCandidate } from './relation-types.js';
import { either, isGroup, isPerson, type Placed, type SentenceView } from './relation-view.js';
import type { Entity } from './resolve.js';
import { normalisedWords } from './normalise.js';

/** Words after a successor noun that introduce the one succeeded ("successor to", «successeur de»). */
const PREDECESSOR_WORDS = normalisedWords(['to', 'of', 'à', 'de', 'du', 'd']);

/** A successor named without the one he would succeed ("Koufa is the obvious successor"). */
export interface OpenSuccession {
  readonly successor: Placed;
  readonly sentence: number;
  readonly cue: string;
}

/**
 * "She points to a possible heir: X", "X is the obvious successor", «X الخليفة المحتمل»:
 * the successor is the person right after the cue, else the subject of the clause (or the
 * nearest actor) before it when that is a person, so "JNIM could take over the town" names
 * no successor.
 */
export function openSuccessorRule(v: SentenceView, t: number, hit: CueHit<true>): OpenSuccession | undefined {
  const actor = either(isGroup, isPerson);
  const before = v.subjectBefore(t, actor) ?? v.nearestBefore(t, actor);
  const subject = before && isPerson(before) ? before : undefined;
  // "the obvious successor to X", «le successeur naturel de X»: the one to be succeeded is named after all.
  if (PREDECESSOR_WORDS.has(v.text(hit.next))) {
    const predecessor = v.startingNear(hit.next + 1, isPerson, 1);
    if (subject && predecessor) v.add(subject, 'may-succeed', predecessor, hit);
    return undefined;
  }
  const successor = v.startingNear(hit.next, isPerson, 2) ?? subject;
  if (!successor) return undefined;
  return { successor, sentence: v.sentence.index, cue: tokensSurface(v.doc, hit.first, hit.next) };
}

/**
 * Completes open successions once the whole document is read. The one to be succeeded is
 * the leader the document is about: of the persons it shows leading a group, the one it
 * names most often. A document that shows no leader, or two named equally often, gets no
 * relation rather than a guess.
 */
export function resolveOpenSuccessions(open: readonly OpenSuccession[], found: readonly RelationCandidate[], entities: readonly Entity[]): RelationCandidate[] {
  if (open.length === 0) return [];
  const leaders = new Set(found.filter((r) => r.type === 'leads').map((r) => r.from));
  const byIndex = new Map(entities.map((e) => [e.index, e] as const));
  const out: RelationCandidate[] = [];
  for (const { successor, sentence, cue } of open) {
    let predecessor: Entity | undefined;
    let tied = false;
    for (const index of leaders) {
      const leader = byIndex.get(index);
      if (!leader || leader === successor.entity || leader.kind !== 'individual') continue;
      const lead = predecessor ? leader.mentions.length - predecessor.mentions.length : 1;
      if (lead > 0) { predecessor = leader; tied = false; } else if (lead === 0) tied = true;
    }
    if (tied) continue;
    const explicit = found.some((r) => r.from === successor.entity.index && (r.type === 'succeeds' || r.type === 'may-succeed'));
    if (predecessor && !explicit) out.push({ from: successor.entity.index, type: 'may-succeed', to: predecessor.index, sentence, cue });
  }
  return out;
}
