/**
 * One sentence as the relation rules see it: its mentions in token order and
 * the ways rules look for the entities around a cue — a mention starting or
 * ending at a token, the nearest one before, a group noun standing for a group
 * named earlier, and the subject a clause is about (past relative pronouns,
 * appositions, alias readings and copulas).
 */
import { cueAt, latinWords, type CompiledCueTable, type CueHit } from './cues.js';
import { isPunct, isQuote, tokensSurface, type DocumentView } from './document.js';
import type { Sentence } from './tokens.js';
import type { Mention } from './mention-types.js';
import type { ExtractedRelation, RelationCandidate } from './relation-types.js';
import type { Entity } from './resolve.js';
import { normalisedWords as words } from './normalise.js';

export interface Placed {
  readonly m: Mention;
  readonly entity: Entity;
  readonly first: number;
  readonly last: number;
}

export type Pred = (p: Placed) => boolean;

export const isGroup: Pred = (p) => (p.entity.type === 'threat-actor' && p.entity.kind !== 'individual') || p.entity.type === 'intrusion-set';
export const isPerson: Pred = (p) => p.entity.kind === 'individual';
export const isOrg: Pred = (p) => p.entity.type === 'identity' && p.entity.kind !== 'individual';
export const isPlace: Pred = (p) => p.entity.type === 'location';
export const isActor: Pred = (p) => p.entity.type === 'threat-actor' || p.entity.type === 'intrusion-set';
export const either = (...preds: Pred[]): Pred => (p) => preds.some((pred) => pred(p));

/** Articles, "of" and the like, stepped over between a noun and its name (the cue tables' phraseSkips). */
export const PHRASE_SKIPS = latinWords((t) => t.phraseSkips);
/** "of" and its French forms, as folded token texts ("the stronghold of", «fief du»). */
export const OF_WORDS = latinWords((t) => t.ofWords);


/**
 * Words a clause's subject may be separated from its verb or predicate by:
 * relative pronouns, copulas and auxiliaries, pronouns and predicative verbs
 * ("X, whom he described as the leader of …", "ISWAP … remains loyal to",
 * «وهو قيادي في …», «qui est à la tête de»).
 */
const SUBJECT_SKIP = words([
  'alias', 'aka', 'dit', 'known', 'nicknamed', 'surnomme', 'المكنى', 'الملقب', 'المعروف',
  'believed', 'said', 'thought', 'suspected', 'reported', 'to', 'be', 'soupconne', 'soupconnee', 'cense', 'censee', 'يعتقد', 'أنه', 'يشتبه', 'قد',
  'who', 'whom', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'being', 'remains', 'remained', 'still', 'also', 'became', 'becomes', 'he', 'she', 'it', 'they', 'described', 'presented', 'considered', 'regarded', 'seen', 'as', 'himself', 'herself', 'itself', 'reportedly', 'allegedly', 'now', 'later',
  'qui', 'que', 'qu', 'dont', 'est', 'était', 'a', 'avait', 'aurait', 'serait', 'auraient', 'seraient', 'ont', 'sont', 'reste', 'demeure', 'toujours', 'aussi', 'il', 'elle', 'lui', 'décrit', 'présenté', 'considéré', 'comme', 'même', 'désormais',
  'الذي', 'التي', 'والذي', 'والتي', 'الذين', 'وهو', 'وهي', 'هو', 'هي', 'كان', 'كانت', 'وكان', 'وكانت', 'لا', 'تزال', 'يزال', 'ما', 'زال', 'زالت', 'ظل', 'ظلت', 'أصبح', 'أصبحت', 'بات', 'باتت', 'أيضا', 'يعد', 'تعد', 'ويعد', 'يعتبر', 'ويعتبر', 'حاليا',
]);

/** First words of a parenthetical between commas that describes the name before it. */
const APPOSITION_OPENERS = words([
  'rival', 'rivale', 'allie', 'alliee', 'ally', 'branche', 'branch', 'affiliate', 'filiale',
  'a', 'an', 'the', 'who', 'which', 'whose', 'un', 'une', 'le', 'la', 'l', 'les', 'qui', 'dont', 'lequel', 'laquelle', 'ancien', 'former', 'alias', 'dit', 'including', 'notamment', 'ومنها', 'بينها',
  'الذي', 'التي', 'والذي', 'والتي', 'وهو', 'وهي', 'المكنى', 'الملقب', 'المعروف',
]);

/** Openers of a clause about the noun before it even when a person ends the clause ("including the FACT headed by X,"). */
const STRONG_OPENERS = words(['including', 'notamment', 'ومنها', 'بينها', 'which', 'who', 'whose', 'qui', 'dont', 'الذي', 'التي', 'والذي', 'والتي']);

/** Relative pronouns that may follow a descriptive apposition ("X, the Tuareg veteran who …"). */
const RELATIVES = words(['who', 'whom', 'which', 'that', 'qui', 'que', 'dont', 'الذي', 'التي', 'والذي', 'والتي']);
/** Words introducing the agent of a passive description ("presented by the army as"). */
const AGENT_WORDS = words(['by', 'par']);
/** Subject pronouns and pronoun copulas that stand for the clause subject named before. */
const PRONOUNS = words(['it', 'he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'وهي', 'وهو', 'هي', 'هو', 'وهم', 'هم']);
/** Conjunctions joining a second verb phrase to the first ("who founded A and has led B"). */
const VERB_CONJUNCTIONS = words(['and', 'et', 'و', 'then', 'puis']);

export class SentenceView {
  readonly out: RelationCandidate[] = [];
  /** The last clause subject found in this sentence and the token its clause started at: a coordinated verb shares it. */
  private lastSubject: { at: number; subject: Placed } | undefined;

  constructor(
    readonly doc: DocumentView,
    readonly cues: CompiledCueTable,
    readonly sentence: Sentence,
    /** Mentions of the sentence that relations may join (alias readings left out). */
    readonly inSentence: readonly Placed[],
    /** Alias readings of the sentence: a subject may stand before them. */
    private readonly aliasReadings: readonly Placed[],
    /** Resolves a group noun over tokens [first, next) to the group it stands for. */
    private readonly antecedent: (first: number, next: number) => Placed | undefined,
  ) {}

  add(from: Placed, type: ExtractedRelation, to: Placed, hit: CueHit<unknown> | string): void {
    if (from.entity === to.entity) return;
    const cue = typeof hit === 'string' ? hit : tokensSurface(this.doc, hit.first, hit.next);
    this.out.push({ from: from.entity.index, type, to: to.entity.index, sentence: this.sentence.index, cue });
  }

  text(k: number): string {
    return this.doc.tokens[k]?.text ?? '';
  }

  startingAt(k: number, pred: Pred): Placed | undefined {
    return this.inSentence.find((p) => p.first === k && pred(p));
  }

  /** A mention starting at k, or a little later past articles, quotes and function words. */
  startingNear(k: number, pred: Pred, slack = 1): Placed | undefined {
    const { doc, cues } = this;
    for (let j = k; j <= k + slack; j++) {
      const p = this.startingAt(j, pred);
      if (p) return p;
      // Past quotes, articles, function words and demonyms ("la branche tunisienne d'AQMI").
      const skipped = doc.tokens[j - 1];
      // Also past a group head before a name it does not belong to («لتنظيم "داعش"», «كتيبة جند الخلافة»).
      if (j > k && skipped && !(isQuote(doc, j - 1) || PHRASE_SKIPS.has(skipped.text) || cues.stopwords.has(skipped.text) || this.inSentence.some((p) => p.first === j - 1 && p.m.formKind === 'adjective')
        || cueAt(cues.groupHeads, doc.tokens, j - 1)?.next === j)) break;
    }
    return undefined;
  }

  /** A mention ending just before k, past descriptors («المسلحة», "armed"), a closing quote or a bracketed acronym. */
  endingAt(k: number, pred: Pred): Placed | undefined {
    const { doc, cues, sentence } = this;
    let j = k;
    while (j > sentence.first && cues.genericAdjectives.has(doc.tokens[j - 1]!.text)) j--;
    const ends = [k, j, isQuote(doc, j - 1) ? j - 1 : -1, isPunct(doc, j - 1, ')') && isPunct(doc, j - 3, '(') ? j - 3 : -1];
    for (let n = this.inSentence.length - 1; n >= 0; n--) {
      const p = this.inSentence[n]!;
      if (ends.includes(p.last) && pred(p)) return p;
    }
    return undefined;
  }

  nearestBefore(k: number, pred: Pred): Placed | undefined {
    for (let n = this.inSentence.length - 1; n >= 0; n--) {
      const p = this.inSentence[n]!;
      if (p.last <= k && pred(p)) return p;
    }
    return undefined;
  }

  /** The group a group noun over tokens [first, next) stands for. */
  anaphor(first: number, next: number): Placed | undefined {
    const antecedent = this.antecedent(first, next);
    return antecedent ? { m: antecedent.m, entity: antecedent.entity, first, last: next } : undefined;
  }

  /** A group (or what `pred` accepts) starting near k, or a group noun there («الجماعة», "the group"). */
  groupNear(k: number, pred: Pred, slack = 1): Placed | undefined {
    const found = this.startingNear(k, pred, slack);
    if (found) return found;
    for (let j = k; j <= k + slack && j < this.sentence.last; j++) {
      const hit = cueAt(this.cues.groupAnaphora, this.doc.tokens, j);
      if (hit) return this.anaphor(j, hit.next);
      if (!PHRASE_SKIPS.has(this.text(j))) break;
    }
    return undefined;
  }

  /** A group (or what `pred` accepts) ending just before k, or a group noun ending there. */
  groupEndingAt(k: number, pred: Pred): Placed | undefined {
    const found = this.endingAt(k, pred);
    if (found) return found;
    for (let j = Math.max(this.sentence.first, k - 3); j < k; j++) {
      const hit = cueAt(this.cues.groupAnaphora, this.doc.tokens, j);
      if (hit && hit.next === k) return this.anaphor(j, k);
    }
    return undefined;
  }

  /** A group noun at the start of the sentence ("Le groupe, fondé …", "The battalion merged …"), resolved. */
  openingGroup(): Placed | undefined {
    for (let j = this.sentence.first; j < Math.min(this.sentence.last, this.sentence.first + 3); j++) {
      const hit = cueAt(this.cues.groupAnaphora, this.doc.tokens, j);
      if (hit) return this.anaphor(j, hit.next);
      if (this.doc.tokens[j]!.kind !== 'word') break;
    }
    return undefined;
  }

  private readingEndingAt(k: number): Placed | undefined {
    return this.aliasReadings.find((p) => p.last === k);
  }

  /**
   * The entity the clause before token t is about: the mention right before
   * it, past commas, quotes, relative pronouns, copulas, alias readings
   * («X، المكنى «Y»، الذي …») and a parenthetical between commas ("ISWAP, which
   * broke away from Boko Haram in 2016, remains loyal to …").
   */
  subjectBefore(t: number, pred: Pred): Placed | undefined {
    const found = this.findSubjectBefore(t, pred);
    if (found) this.lastSubject = { at: t, subject: found };
    return found;
  }

  private findSubjectBefore(t: number, pred: Pred): Placed | undefined {
    const { doc, cues, sentence } = this;
    // «…، وهي أحد مكونات …», "…, and it has pledged …": a pronoun subject is the clause subject found last.
    let pronoun = false;
    const fallback = (): Placed | undefined => {
      const shared = this.lastSubject;
      return pronoun && shared && shared.at < t && pred(shared.subject) ? shared.subject : undefined;
    };
    let k = t;
    for (let steps = 0; steps < 16 && k > sentence.first; steps++) {
      const token = doc.tokens[k - 1]!;
      if (token.kind === 'punct') {
        if (token.text === ')') {
          let open = k - 2;
          while (open > sentence.first && !isPunct(doc, open, '(')) open--;
          k = open;
          continue;
        }
        if (token.text === ',') {
          // A person right before the comma is the subject; otherwise ", a former member of Ansar al-Sharia
          // in Libya," describes the name before it, and the subject is there.
          const before = this.mentionEndingAt(k - 1);
          const found = before && pred(before) && !before.m.aliasOf ? before : undefined;
          const opened = this.appositionStart(k - 1);
          if (found && isPerson(found) && !(opened >= 0 && STRONG_OPENERS.has(this.text(opened + 1)))) return found;
          if (opened >= 0) { k = opened; continue; }
          if (found) return found;
        }
        if (token.text === ',' || isQuote(doc, k - 1) || token.text === '-' || token.text === '—') { k--; continue; }
        return fallback();
      }
      // "X, presented by the army as the leader of …", «présenté par l'armée comme»: past a short agent phrase.
      const agent = this.agentPhraseStart(k);
      if (agent >= 0) { k = agent; continue; }
      const mention = this.mentionEndingAt(k);
      if (mention) {
        if (pred(mention) && !mention.m.aliasOf) return mention;
        if (!(mention.m.aliasOf || this.readingEndingAt(k))) return fallback();
        // «X, plus connu sous le nom de « K », …»: the alias reading's owner, when it is in this sentence.
        const owner = mention.m.aliasOf ? this.inSentence.find((p) => p.m === mention.m.aliasOf && p.last <= mention.first) : undefined;
        if (owner && pred(owner)) return owner;
        k = mention.first;
        continue;
      }
      // «أن الكتيبة، التي …، تتخذ من …»: a group noun is the subject it stands for.
      const noun = this.groupNounEndingAt(k);
      if (noun) return pred(noun) ? noun : fallback();
      if (RELATIVES.has(token.text)) {
        // "X, the Tuareg veteran who founded …", «X، القيادي السابق الذي أسس …»: past the description to its comma.
        const comma = this.descriptionStart(k - 1);
        if (comma >= 0) { k = comma + 1; continue; }
      }
      if (PRONOUNS.has(token.text)) pronoun = true;
      if (SUBJECT_SKIP.has(token.text) || cues.genericAdjectives.has(token.text)) { k--; continue; }
      // "… who founded A in 2012 and has led B": the second verb has the first one's subject.
      const shared = this.lastSubject;
      if (VERB_CONJUNCTIONS.has(token.text)) {
        if (shared && shared.at < k && pred(shared.subject)) return shared.subject;
        // "X, who uses the kunya Y and runs Z": the relative clause's subject is the second verb's too.
        const relative = this.relativeBefore(k - 1);
        if (relative >= 0) { k = relative + 1; continue; }
        // "Ansaru began as an offshoot of Boko Haram and aligned itself with al-Qaeda": the sentence's subject.
        const opening = this.openingMention();
        if (opening && opening.last < k && pred(opening)) return opening;
      }
      return fallback();
    }
    return fallback();
  }

  /** The mention that opens the sentence (past an article), if any. */
  private openingMention(): Placed | undefined {
    const first = PHRASE_SKIPS.has(this.text(this.sentence.first)) ? this.sentence.first + 1 : this.sentence.first;
    return this.inSentence.find((p) => p.first === first && !p.m.aliasOf);
  }

  /** A relative pronoun opening the clause that ends at token `end` (within ten words, no punctuation but quotes); else -1. */
  private relativeBefore(end: number): number {
    for (let r = end - 1; r >= Math.max(this.sentence.first, end - 10); r--) {
      if (RELATIVES.has(this.text(r)) && isPunct(this.doc, r - 1, ',')) return r;
      if (this.doc.tokens[r]!.kind === 'punct' && !isQuote(this.doc, r)) return -1;
    }
    return -1;
  }

  /** A group noun («الكتيبة», "the group") ending just before k, resolved to its group. */
  private groupNounEndingAt(k: number): Placed | undefined {
    for (let j = Math.max(this.sentence.first, k - 3); j < k; j++) {
      const hit = cueAt(this.cues.groupAnaphora, this.doc.tokens, j);
      if (hit && hit.next === k) return this.anaphor(j, k);
    }
    return undefined;
  }

  /** For a word ending at k that closes "by [the] noun" / «par l'armée», the agent word's index; else -1. */
  private agentPhraseStart(k: number): number {
    for (let a = k - 2; a >= Math.max(this.sentence.first, k - 4); a--) {
      if (AGENT_WORDS.has(this.text(a))) return a;
      if (!(PHRASE_SKIPS.has(this.text(a)) || isQuote(this.doc, a) || isPunct(this.doc, a, "'"))) return -1;
    }
    return -1;
  }

  private mentionEndingAt(k: number): Placed | undefined {
    for (let n = this.inSentence.length - 1; n >= 0; n--) if (this.inSentence[n]!.last === k) return this.inSentence[n];
    return this.readingEndingAt(k);
  }

  /**
   * For a relative pronoun at token r, the comma opening the description before
   * it — up to six plain words, the first an article or (Arabic) a definite
   * word: ", the Tuareg veteran who", «، القيادي السابق الذي» — else -1.
   */
  private descriptionStart(r: number): number {
    const { doc, sentence } = this;
    for (let p = r - 1; p >= Math.max(sentence.first, r - 7); p--) {
      const token = doc.tokens[p]!;
      if (token.kind === 'punct') {
        if (token.text !== ',' || p === r - 1) return -1;
        const opener = doc.tokens[p + 1]!;
        return APPOSITION_OPENERS.has(opener.text) || (opener.arabic && opener.text.startsWith('ال')) ? p : -1;
      }
      if (this.mentionEndingAt(p + 1) || this.inSentence.some((m) => m.first <= p && p < m.last)) return -1;
    }
    return -1;
  }

  /** For a comma at c closing a parenthetical that describes the name before it, the opening comma; else -1. */
  private appositionStart(c: number): number {
    const { doc, sentence } = this;
    for (let p = c - 1; p > Math.max(sentence.first, c - 30); p--) {
      if (!isPunct(doc, p, ',')) continue;
      return APPOSITION_OPENERS.has(this.text(p + 1)) ? p : -1;
    }
    return -1;
  }

  /** The person named last before token t in the sentence, at most `reach` tokens back. */
  personBefore(t: number, reach = 12): Placed | undefined {
    const p = this.nearestBefore(t, isPerson);
    return p && t - p.last <= reach ? p : undefined;
  }
}
