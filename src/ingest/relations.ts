/**
 * Relations read from the text (never copied from the gazetteer): leads,
 * member-of, affiliated-with, succeeds / may-succeed, located-at, targets and
 * works-for. Each rule looks at the mentions of one sentence and the cue words
 * between them; see docs/extraction.md for the patterns.
 */
import { cueAt, mayStartCue, type CompiledCueTable, type CueHit } from './cues.js';
import { cuesAt, isPunct, isQuote, tokensSurface, type DocumentView } from './document.js';
import type { Mention } from './mention-types.js';
import type { ExtractedRelation, RelationCandidate } from './relation-types.js';
import type { Entity } from './resolve.js';

interface Placed {
  readonly m: Mention;
  readonly entity: Entity;
  readonly first: number;
  readonly last: number;
}

const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'its', 'his', 'their', 'her']);
const REVERSED_AFFILIATION = new Set(['affiliate', 'branch', 'franchise', 'offshoot', 'faction', 'wing', 'filiale', 'branche']);
const ARTICLES = new Set(['a', 'an', 'the', 'le', 'la', 'l', 'les', 'un', 'une', 'its', 'of', 'de', 'du', 'des', 'd']);
const FILLERS: Record<string, ReadonlySet<string>> = {
  ar: new Set(['دول', 'دوله', 'بالدرجه', 'الاولي', 'خاصه', 'لاسيما', 'منها', 'مثل', 'في', 'كل', 'من']),
  fr: new Set(['pays', 'le', 'la', 'les', 'l', 'notamment', 'surtout', 'du', 'de', 'des', 'en', 'au']),
  en: new Set(['countries', 'states', 'the', 'especially', 'notably', 'mainly', 'in', 'of', 'including']),
};

const isGroup = (p: Placed): boolean => p.entity.type === 'threat-actor' && p.entity.kind !== 'individual' || p.entity.type === 'intrusion-set';
const isPerson = (p: Placed): boolean => p.entity.kind === 'individual';
const isOrg = (p: Placed): boolean => p.entity.type === 'identity' && p.entity.kind !== 'individual';
const isPlace = (p: Placed): boolean => p.entity.type === 'location';

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
  let lastGroupBefore: Placed | undefined;
  const groups = placed.filter((p) => isGroup(p) && !p.m.aliasOf);
  let cursor = 0;
  for (const sentence of doc.sentences) {
    // `placed` is sorted by first token: walk it once instead of filtering it per sentence.
    while (cursor < placed.length && placed[cursor]!.first < sentence.first) cursor++;
    const inSentence: Placed[] = [];
    for (let k = cursor; k < placed.length && placed[k]!.first < sentence.last; k++) {
      const p = placed[k]!;
      if (p.last <= sentence.last && !p.m.aliasOf) inSentence.push(p);
    }
    const cues = cuesAt(doc, sentence.first);
    const add = (from: Placed, type: ExtractedRelation, to: Placed, hit: CueHit<unknown> | string): void => {
      if (from.entity === to.entity) return;
      const cue = typeof hit === 'string' ? hit : tokensSurface(doc, hit.first, hit.next);
      out.push({ from: from.entity.index, type, to: to.entity.index, sentence: sentence.index, cue });
    };
    const startingAt = (k: number, pred: (p: Placed) => boolean): Placed | undefined => inSentence.find((p) => p.first === k && pred(p));
    const startingNear = (k: number, pred: (p: Placed) => boolean, slack = 1): Placed | undefined => {
      for (let j = k; j <= k + slack; j++) {
        const p = startingAt(j, pred);
        if (p) return p;
        if (j > k && doc.tokens[j - 1] && !(isQuote(doc, j - 1) || ARTICLES.has(doc.tokens[j - 1]!.text) || cues.stopwords.has(doc.tokens[j - 1]!.text))) break;
      }
      return undefined;
    };
    const endingAt = (k: number, pred: (p: Placed) => boolean): Placed | undefined => {
      // Skip descriptors («المسلحة», "armed"), a closing quote or a bracketed acronym: «»X«», "X (ABC)".
      let j = k;
      while (j > sentence.first && cues.genericAdjectives.has(doc.tokens[j - 1]!.text)) j--;
      const ends = [k, j, isQuote(doc, j - 1) ? j - 1 : -1, isPunct(doc, j - 1, ')') && isPunct(doc, j - 3, '(') ? j - 3 : -1];
      return [...inSentence].reverse().find((p) => ends.includes(p.last) && pred(p));
    };
    const nearestBefore = (k: number, pred: (p: Placed) => boolean): Placed | undefined => [...inSentence].reverse().find((p) => p.last <= k && pred(p));
    // «الجماعة التي يقودها …», "le chef du groupe": a group noun standing for the last group named.
    const anaphor = (first: number, next: number): Placed | undefined => {
      const antecedent = antecedentOf(doc, groups, first);
      return antecedent ? { m: antecedent.m, entity: antecedent.entity, first, last: next } : undefined;
    };
    const groupNear = (k: number, pred: (p: Placed) => boolean, slack = 1): Placed | undefined => {
      const found = startingNear(k, pred, slack);
      if (found) return found;
      for (let j = k; j <= k + slack && j < sentence.last; j++) {
        const hit = cueAt(cues.groupAnaphora, doc.tokens, j);
        if (hit) return anaphor(j, hit.next);
        if (!ARTICLES.has(doc.tokens[j]?.text ?? '')) break;
      }
      return undefined;
    };
    const groupEndingAt = (k: number, pred: (p: Placed) => boolean): Placed | undefined => {
      const found = endingAt(k, pred);
      if (found) return found;
      for (let j = Math.max(sentence.first, k - 3); j < k; j++) {
        const hit = cueAt(cues.groupAnaphora, doc.tokens, j);
        if (hit && hit.next === k) return anaphor(j, k);
      }
      return undefined;
    };

    // A cue inside a longer cue of the same list («يخلف» in «قد يخلف») is not read again.
    const busyUntil = new Map<string, number>();
    const cue = <T>(name: string, list: Parameters<typeof cueAt<T>>[0], t: number): CueHit<T> | undefined => {
      if ((busyUntil.get(name) ?? -1) > t) return undefined;
      const hit = cueAt(list, doc.tokens, t);
      if (hit) busyUntil.set(name, hit.next);
      return hit;
    };
    for (let t = sentence.first; t < sentence.last; t++) {
      reversedAffiliation(doc, t, startingNear, endingAt, add);
      if (!mayStartCue(cues, doc.tokens[t])) continue;
      leaderRules(doc, cues, t, { startingNear, endingAt, groupNear, groupEndingAt, anaphor, nearestBefore, add });
      const member = cue('member', cues.memberCues, t);
      if (member) {
        const group = groupNear(member.next, (p) => isGroup(p) || isOrg(p), 2);
        // "X, member of G" / «القيادي في G، X» / "X … presented as a cadre of G".
        const after = group && isPunct(doc, group.last, ',') ? startingNear(group.last + 1, isPerson, 0) : undefined;
        const close = nearestBefore(t, isPerson);
        const person = endingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, isPerson) ?? after ?? (close && t - close.last <= 10 ? close : undefined);
        if (person && group) add(person, isOrg(group) ? 'works-for' : 'member-of', group, member);
      }
      const affiliation = cue('affiliation', cues.affiliationCues, t);
      if (affiliation) {
        const from = endingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, isGroup) ?? nearestBefore(t, isGroup);
        const to = startingNear(affiliation.next, isGroup, 2);
        if (from && to) add(from, 'affiliated-with', to, affiliation);
      }
      const branch = cue('branch', cues.branchCues, t);
      if (branch) {
        const parent = nearestBefore(t, isGroup) ?? lastGroupBefore;
        for (let k = branch.next; k < Math.min(sentence.last, branch.next + 8); k++) {
          const naming = cueAt(cues.namingCues, doc.tokens, k);
          if (!naming) continue;
          const child = startingNear(naming.next, isGroup, 1);
          if (parent && child) add(child, 'affiliated-with', parent, branch);
          break;
        }
      }
      const successor = cue('successor', cues.successorCues, t);
      if (successor) {
        // «وهو التنظيم الذي قد يخلف»: a group noun just before the cue names the successor.
        let anaphoric: Placed | undefined;
        for (let k = t - 1; k >= Math.max(sentence.first, t - 3); k--) {
          const hit = cueAt(cues.groupAnaphora, doc.tokens, k);
          if (hit && hit.next >= t - 1) { anaphoric = anaphor(k, hit.next); break; }
        }
        const from = anaphoric ?? nearestBefore(t, (p) => isGroup(p) || isPerson(p));
        const to = from ? startingNear(successor.next, (p) => (isGroup(from) ? isGroup(p) : isPerson(p)), 2) : undefined;
        if (from && to) add(from, successor.value ? 'may-succeed' : 'succeeds', to, successor);
      }
      const located = cue('located', cues.locatedCues, t);
      if (located) {
        const from = groupEndingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, (p) => isGroup(p) || isOrg(p)) ?? nearestBefore(t, (p) => isGroup(p) || isOrg(p));
        const to = startingNear(located.next, isPlace, 1);
        if (from && to && to.first - from.last <= 8) add(from, 'located-at', to, located);
      }
      const threat = cue('threat', cues.threatCues, t);
      if (threat) {
        // The actor may be a group noun standing for the group («مقاتلي الجماعة … لمهاجمة»).
        let anaphoric: Placed | undefined;
        for (let k = t - 1; k >= Math.max(sentence.first, t - 8); k--) {
          const hit = cueAt(cues.groupAnaphora, doc.tokens, k);
          if (hit && hit.next <= t) { anaphoric = anaphor(k, hit.next); break; }
        }
        const nearest = nearestBefore(t, (p) => p.entity.type === 'threat-actor' || p.entity.type === 'intrusion-set');
        const actorOverride = anaphoric && (!nearest || anaphoric.first > nearest.first) ? anaphoric : undefined;
        targetsRule(doc, cues, threat, inSentence, (k, pred) => actorOverride ?? nearestBefore(k, pred), add);
      }
    }
    locativeRule(doc, cues, inSentence, add);
    worksForRule(doc, cues, inSentence, add);
    const sentenceGroups = inSentence.filter(isGroup);
    if (sentenceGroups.length > 0) lastGroupBefore = sentenceGroups[sentenceGroups.length - 1];
  }
  return dedupe(out);
}

type Add = (from: Placed, type: ExtractedRelation, to: Placed, hit: CueHit<unknown> | string) => void;

/**
 * The group a group noun refers to («الجماعة», "the group"): among the groups of
 * this and the three previous sentences, the most salient — mentioned most often
 * so far, named in the document's first sentence, first in its sentence — and
 * the most recent on a tie.
 */
function antecedentOf(doc: DocumentView, groups: readonly Placed[], at: number): Placed | undefined {
  const sentence = doc.tokens[at]!.sentence;
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (groups[mid]!.first < at) lo = mid + 1; else hi = mid; }
  const before = groups.slice(0, lo).filter((g) => g.last <= at);
  const recent = before.filter((g) => doc.tokens[g.first]!.sentence >= sentence - 3);
  if (recent.length === 0) return before[before.length - 1];
  const count = new Map<Entity, number>();
  for (const g of before) count.set(g.entity, (count.get(g.entity) ?? 0) + 1);
  let best: Placed | undefined;
  let bestScore = -1;
  for (const g of recent) {
    const s = doc.tokens[g.first]!.sentence;
    // A group named only as a modifier ("the al-Qaeda affiliate JNIM") is not the topic of its sentence.
    const modifier = REVERSED_AFFILIATION.has(doc.tokens[g.last]?.text ?? '') || groups.some((o) => o.first === g.last);
    const firstInSentence = !modifier && !recent.some((o) => o !== g && doc.tokens[o.first]!.sentence === s && o.first < g.first);
    const score = count.get(g.entity)! + (s === 0 ? 1 : 0) + (firstInSentence ? 0.5 : 0);
    if (score >= bestScore) { best = g; bestScore = score; }
  }
  return best;
}

function leaderRules(doc: DocumentView, cues: CompiledCueTable, t: number, h: {
  startingNear: (k: number, pred: (p: Placed) => boolean, slack?: number) => Placed | undefined;
  endingAt: (k: number, pred: (p: Placed) => boolean) => Placed | undefined;
  groupNear: (k: number, pred: (p: Placed) => boolean, slack?: number) => Placed | undefined;
  groupEndingAt: (k: number, pred: (p: Placed) => boolean) => Placed | undefined;
  anaphor: (first: number, next: number) => Placed | undefined;
  nearestBefore: (k: number, pred: (p: Placed) => boolean) => Placed | undefined;
  add: Add;
}): void {
  const leaderNoun = cueAt(cues.leaderNouns, doc.tokens, t);
  if (leaderNoun) {
    // «أمير جماعة X، فلان» / "the leader of X, Name" / "X leader Name".
    const group = h.groupNear(leaderNoun.next, (p) => isGroup(p) || isOrg(p), 2);
    if (group) {
      let after = group.last + (isQuote(doc, group.last) ? 1 : 0);
      while (cues.genericAdjectives.has(doc.tokens[after]?.text ?? '')) after++;
      const person = isPunct(doc, after, ',') ? h.startingNear(after + 1, isPerson, 0) : undefined;
      if (person) h.add(person, 'leads', group, leaderNoun);
      // "Name, leader of X" / «فلان، زعيم X».
      const before = isPunct(doc, t - 1, ',') ? h.endingAt(t - 1, isPerson) : isPunct(doc, t - 2, ',') && ARTICLES.has(doc.tokens[t - 1]!.text) ? h.endingAt(t - 2, isPerson) : undefined;
      if (before) h.add(before, 'leads', group, leaderNoun);
    }
    // «son fondateur, X», "its leader, X": the possessive stands for the group.
    if (!group && POSSESSIVES.has(doc.tokens[t - 1]?.text ?? '') && isPunct(doc, leaderNoun.next, ',')) {
      const person = h.startingNear(leaderNoun.next + 1, isPerson, 0);
      const owner = h.anaphor(t - 1, t);
      if (person && owner) h.add(person, 'leads', owner, leaderNoun);
    }
    // "AQIM leader Name": group, leader noun, person.
    const groupBefore = h.endingAt(t, isGroup);
    const personAfter = groupBefore ? h.startingNear(leaderNoun.next, isPerson, 0) : undefined;
    if (groupBefore && personAfter) h.add(personAfter, 'leads', groupBefore, leaderNoun);
  }
  const ledBy = cueAt(cues.ledBy, doc.tokens, t);
  if (ledBy) {
    // «G التي يقودها X», "G, led by X"; else the sentence's group ("Le groupe G, basé à …, est dirigé par X").
    const group = h.groupEndingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, (p) => isGroup(p) || isOrg(p)) ?? h.nearestBefore(t, isGroup);
    const person = h.startingNear(ledBy.next, isPerson, 1);
    if (group && person) h.add(person, 'leads', group, ledBy);
  }
  const leadVerb = cueAt(cues.leadVerbs, doc.tokens, t);
  if (leadVerb) {
    const group = h.groupNear(leadVerb.next, (p) => isGroup(p) || isOrg(p), 2);
    // SVO "X leads G" or VSO «ويقود الجماعة حاليا X».
    let person = h.endingAt(isPunct(doc, t - 1, ',') ? t - 1 : t, isPerson);
    for (let k = group?.last ?? -1; !person && group && k <= group.last + 2; k++) person = h.startingNear(k, isPerson, 0);
    if (person && group) h.add(person, 'leads', group, leadVerb);
  }
}

/** ACTOR … threat cue … PLACE(, PLACE and PLACE): the actor targets each place (or force). */
function targetsRule(doc: DocumentView, cues: CompiledCueTable, hit: CueHit<true>, inSentence: readonly Placed[], nearestBefore: (k: number, pred: (p: Placed) => boolean) => Placed | undefined, add: Add): void {
  const isActor = (p: Placed): boolean => p.entity.type === 'threat-actor' || p.entity.type === 'intrusion-set';
  let actor = nearestBefore(hit.first, isActor);
  // "X, the head of G, a G' faction, attacked …": the subject is before the first comma, not in the apposition.
  if (actor && isPunct(doc, hit.first - 1, ',')) {
    const sentence = doc.sentences[doc.tokens[hit.first]!.sentence]!;
    let firstComma = sentence.first;
    while (firstComma < actor.first && !isPunct(doc, firstComma, ',')) firstComma++;
    if (firstComma < actor.first) actor = nearestBefore(firstComma, isActor) ?? actor;
  }
  if (!actor || hit.first - actor.last > 20) return;
  const fillers = FILLERS[cues.lang]!;
  const isTarget = (p: Placed): boolean => isPlace(p) || isOrg(p);
  let cursor = hit.next;
  let gapAllowed = 4;
  for (const p of inSentence) {
    if (p.first < cursor || !isTarget(p)) continue;
    let ok = true;
    for (let k = cursor; k < p.first; k++) {
      const token = doc.tokens[k]!;
      const skippable = token.kind === 'punct' ? token.text === ',' : cues.listJoiners.has(token.text) || fillers.has(token.text) || token.readings.some((r) => fillers.has(r));
      if (!skippable && k - cursor >= gapAllowed) { ok = false; break; }
      if (!skippable && gapAllowed <= 0) { ok = false; break; }
    }
    if (!ok) break;
    add(actor, 'targets', p, hit);
    cursor = p.last;
    gapAllowed = 0;
  }
}

/** GROUP/ORG directly followed by a locative preposition and a place: «بوكو حرام في نيجيريا», "based… in". */
function locativeRule(doc: DocumentView, cues: CompiledCueTable, inSentence: readonly Placed[], add: Add): void {
  for (const p of inSentence) {
    if (!(isGroup(p) || isOrg(p))) continue;
    let k = p.last;
    if (isQuote(doc, k)) k++;
    const token = doc.tokens[k];
    if (!token || token.kind !== 'word') continue;
    let placeStart = -1;
    if (cues.locativePrepositions.has(token.text)) placeStart = k + 1;
    else if (token.arabic && token.text.startsWith('ب')) placeStart = k; // «مقرها بتمنراست»: preposition on the name
    if (placeStart < 0) continue;
    const place = inSentence.find((q) => q.first === placeStart && isPlace(q));
    if (place) add(p, 'located-at', place, token.text);
  }
}

/** PERSON, role [adjectives] preposition ORG: «فلان، الخبير الأمني في مركز …», "Name, a researcher at X". */
function worksForRule(doc: DocumentView, cues: CompiledCueTable, inSentence: readonly Placed[], add: Add): void {
  for (const person of inSentence) {
    if (!isPerson(person) || !isPunct(doc, person.last, ',')) continue;
    let k = person.last + 1;
    if (doc.tokens[k] && ARTICLES.has(doc.tokens[k]!.text)) k++;
    const title = cueAt(cues.personTitles, doc.tokens, k);
    if (!title) continue;
    let sawPreposition = false;
    for (let j = title.next; j < title.next + 6; j++) {
      const token = doc.tokens[j];
      if (!token || token.kind !== 'word') break;
      const org = inSentence.find((q) => q.first === j && isOrg(q));
      if (org) {
        if (j === title.next || sawPreposition) add(person, 'works-for', org, title);
        break;
      }
      if (cues.employerPrepositions.has(token.text) || token.text === 'باسم') sawPreposition = true;
      else if (sawPreposition && !ARTICLES.has(token.text)) break;
    }
  }
  // "Security analyst Wassim Nasr of the SITE Intelligence Group": a titled person, a preposition, the organisation.
  for (const person of inSentence) {
    if (!isPerson(person) || !person.m.role) continue;
    let k = person.last;
    if (!cues.employerPrepositions.has(doc.tokens[k]?.text ?? '')) continue;
    k++;
    if (ARTICLES.has(doc.tokens[k]?.text ?? '')) k++;
    const org = inSentence.find((q) => q.first === k && isOrg(q));
    if (org) add(person, 'works-for', org, doc.tokens[person.last]!.text);
  }
}

/** "the al-Qaeda affiliate JNIM", "Katiba Macina, a JNIM faction": the named unit is affiliated with the other group. */
function reversedAffiliation(doc: DocumentView, t: number,
  startingNear: (k: number, pred: (p: Placed) => boolean, slack?: number) => Placed | undefined,
  endingAt: (k: number, pred: (p: Placed) => boolean) => Placed | undefined, add: Add): void {
  const token = doc.tokens[t];
  if (!token || !REVERSED_AFFILIATION.has(token.text)) return;
  const parent = endingAt(t, isGroup);
  if (!parent) return;
  const child = startingNear(t + 1, isGroup, 0);
  if (child) { add(child, 'affiliated-with', parent, token.text); return; }
  // "X, a G faction": X is the apposition before the article.
  let k = doc.tokenAt[parent.m.start]! - 1;
  if (k >= 0 && ARTICLES.has(doc.tokens[k]!.text)) k--;
  if (k >= 0 && isPunct(doc, k, ',')) {
    const named = endingAt(k, isGroup);
    if (named) add(named, 'affiliated-with', parent, token.text);
  }
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
