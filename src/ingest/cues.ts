/**
 * Compiled cue tables: every cue is normalised and split into tokens, indexed
 * by its first token, and matched against document tokens. A cue ending in an
 * Arabic one-letter preposition («الملقب ب», «وفقا ل») also matches when the
 * preposition is written attached to the next word («الملقب بأبو …»).
 */
import type { CueTable, DocLang, PersonRole, SourceKind } from './cue-types.js';
import { ARABIC_CUES } from './ar/cues.js';
import { ENGLISH_CUES } from './en/cues.js';
import { FRENCH_CUES } from './fr/cues.js';
import { normaliseForMatching, normalisedWords } from './normalise.js';
import { tokenise, type Token } from './tokens.js';

export interface CompiledCue<T> {
  readonly words: readonly string[];
  /** A trailing ب/ل/ك that may be attached to the next word. */
  readonly attachedPreposition?: string;
  readonly value: T;
}

export interface CueList<T> {
  readonly byFirst: ReadonlyMap<string, readonly CompiledCue<T>[]>;
}

export interface CueHit<T> {
  /** First token of the cue. */
  readonly first: number;
  /** Token after the cue (exclusive). With an attached preposition, the token holding it. */
  readonly next: number;
  /** Characters of token `next` that belong to the cue (the attached preposition), else 0. */
  readonly skipChars: number;
  /** Characters of the first token before the cue proper (proclitics such as و in «وتنظيم»). */
  readonly leadChars: number;
  readonly value: T;
}

const ATTACHABLE = new Set(['ب', 'ل', 'ك']);

function cueWords(cue: string): string[] {
  const words = tokenise(normaliseForMatching(cue)).tokens.filter((t) => t.kind !== 'break').map((t) => t.text);
  // "connu sous le nom d’": an elided last word ends in an apostrophe, which normalisation reads as a quote.
  while (words.length > 1 && words[words.length - 1] === '"') words.pop();
  return words;
}

/** Compiles cues (plain strings or [cue, value] pairs) into a lookup list. */
export function compileCues<T>(entries: readonly (readonly [string, T])[]): CueList<T> {
  const byFirst = new Map<string, CompiledCue<T>[]>();
  for (const [cue, value] of entries) {
    const words = cueWords(cue);
    if (words.length === 0) continue;
    let attachedPreposition: string | undefined;
    const last = words[words.length - 1]!;
    if (words.length > 1 && ATTACHABLE.has(last)) attachedPreposition = last;
    const compiled: CompiledCue<T> = { words, ...(attachedPreposition ? { attachedPreposition } : {}), value };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(compiled);
    byFirst.set(words[0]!, list);
  }
  // Longest first; at equal length an exact cue beats one whose preposition may be attached («المعروف باسم» before «المعروف ب»).
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || Number(a.attachedPreposition !== undefined) - Number(b.attachedPreposition !== undefined));
  return { byFirst };
}

export function compileWords(cues: readonly string[]): CueList<true> {
  return compileCues(cues.map((cue) => [cue, true] as const));
}

/** The longest cue of `list` starting at token `i`, if any. */
export function cueAt<T>(list: CueList<T>, tokens: readonly Token[], i: number): CueHit<T> | undefined {
  const token = tokens[i];
  if (!token || token.kind === 'break') return undefined;
  const readings = token.readings;
  for (let r = 0; r < readings.length; r++) {
    const reading = readings[r]!;
    const candidates = list.byFirst.get(reading);
    if (!candidates) continue;
    const leadChars = token.text.length > reading.length ? token.text.length - reading.length : 0;
    for (const cue of candidates) {
      const hit = matchRest(cue, tokens, i, leadChars);
      if (hit) return hit;
    }
  }
  return undefined;
}

function matchRest<T>(cue: CompiledCue<T>, tokens: readonly Token[], i: number, leadChars: number): CueHit<T> | undefined {
  const words = cue.words;
  let j = i + 1;
  for (let w = 1; w < words.length; w++, j++) {
    const token = tokens[j];
    if (!token || token.kind === 'break') return undefined;
    const word = words[w]!;
    if (token.text === word) continue;
    const isLast = w === words.length - 1;
    if (isLast && cue.attachedPreposition && token.arabic && token.text.length > 2 && token.text.startsWith(word)) {
      return { first: i, next: j, skipChars: 1, leadChars, value: cue.value };
    }
    return undefined;
  }
  return { first: i, next: j, skipChars: 0, leadChars, value: cue.value };
}

/** Every non-overlapping cue hit in token range [from, to), left to right. */
export function findCues<T>(list: CueList<T>, tokens: readonly Token[], from = 0, to = tokens.length): CueHit<T>[] {
  const hits: CueHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const hit = cueAt(list, tokens, i);
    if (!hit) continue;
    hits.push(hit);
    i = Math.max(i, hit.next - 1);
  }
  return hits;
}

export interface CompiledCueTable {
  readonly lang: DocLang;
  readonly table: CueTable;
  readonly groupHeads: CueList<true>;
  readonly groupNouns: CueList<true>;
  readonly genericAdjectives: ReadonlySet<string>;
  readonly orgHeads: CueList<true>;
  readonly orgMarkers: ReadonlySet<string>;
  readonly namedGroupHeads: ReadonlySet<string>;
  readonly mediaHeads: CueList<true>;
  readonly forceHeads: CueList<true>;
  readonly personTitles: CueList<PersonRole>;
  readonly leaderNouns: CueList<true>;
  readonly ledBy: CueList<true>;
  readonly leadVerbs: CueList<true>;
  readonly aliasCues: CueList<true>;
  readonly kunyaHeads: ReadonlySet<string>;
  readonly memberCues: CueList<true>;
  readonly memberNouns: CueList<true>;
  readonly memberPrepositions: ReadonlySet<string>;
  readonly unitNouns: ReadonlySet<string>;
  readonly leadParticiples: CueList<true>;
  readonly agentWords: ReadonlySet<string>;
  readonly mergerCues: CueList<true>;
  readonly formCues: CueList<true>;
  readonly compositionCues: CueList<true>;
  readonly timeFillers: ReadonlySet<string>;
  readonly affiliationCues: CueList<true>;
  readonly branchCues: CueList<true>;
  readonly namingCues: CueList<true>;
  readonly successorCues: CueList<boolean>;
  readonly openSuccessorCues: CueList<true>;
  readonly threatCues: CueList<true>;
  readonly attackNouns: ReadonlySet<string>;
  readonly passiveAttacks: CueList<true>;
  readonly activityNouns: ReadonlySet<string>;
  readonly presenceWords: ReadonlySet<string>;
  readonly presenceVerbs: ReadonlySet<string>;
  readonly strongholds: ReadonlySet<string>;
  readonly memberPlurals: ReadonlySet<string>;
  readonly locatedCues: CueList<true>;
  readonly locativePrepositions: ReadonlySet<string>;
  readonly employerPrepositions: ReadonlySet<string>;
  readonly sourcePrepositions: CueList<true>;
  readonly reportingVerbs: CueList<true>;
  readonly sourceHeads: CueList<SourceKind>;
  readonly officialQualifiers: CueList<true>;
  readonly sameSource: CueList<true>;
  readonly groupAnaphora: CueList<true>;
  readonly adminHeads: CueList<true>;
  readonly adminSuffixes: ReadonlySet<string>;
  readonly placeHeads: CueList<true>;
  readonly directions: CueList<true>;
  readonly stopwords: ReadonlySet<string>;
  readonly listJoiners: ReadonlySet<string>;
  /** First words of every cue of the table: a token without one of them starts no cue. */
  readonly firstWords: ReadonlySet<string>;
  /** Every cue that ends a name (titles, heads, verbs, relation cues) in one list: one lookup instead of fifteen. */
  readonly nameStops: CueList<true>;
  /** First words of the cues the relation rules read: tokens without one start no relation cue. */
  readonly relationFirstWords: ReadonlySet<string>;
}

const wordSet = (cues: readonly string[]): Set<string> => new Set(cues.flatMap(cueWords));

function compileTable(table: CueTable): CompiledCueTable {
  const compiled = {
    lang: table.lang,
    table,
    groupHeads: compileWords(table.groupHeads),
    groupNouns: compileWords(table.groupNouns),
    genericAdjectives: wordSet(table.genericAdjectives),
    orgHeads: compileWords(table.orgHeads),
    orgMarkers: wordSet(table.orgMarkers),
    namedGroupHeads: wordSet(table.namedGroupHeads),
    mediaHeads: compileWords(table.mediaHeads),
    forceHeads: compileWords(table.forceHeads),
    personTitles: compileCues(table.personTitles),
    leaderNouns: compileWords(table.leaderNouns),
    ledBy: compileWords(table.ledBy),
    leadVerbs: compileWords(table.leadVerbs),
    aliasCues: compileWords(table.aliasCues),
    kunyaHeads: wordSet(table.kunyaHeads),
    memberCues: compileWords(table.memberCues),
    memberNouns: compileWords(table.memberNouns),
    memberPrepositions: wordSet(table.memberPrepositions),
    unitNouns: wordSet(table.unitNouns),
    leadParticiples: compileWords(table.leadParticiples),
    agentWords: wordSet(table.agentWords),
    mergerCues: compileWords(table.mergerCues),
    formCues: compileWords(table.formCues),
    compositionCues: compileWords(table.compositionCues),
    timeFillers: wordSet(table.timeFillers),
    affiliationCues: compileWords(table.affiliationCues),
    branchCues: compileWords(table.branchCues),
    namingCues: compileWords(table.namingCues),
    successorCues: compileCues(table.successorCues),
    openSuccessorCues: compileWords(table.openSuccessorCues),
    threatCues: compileWords(table.threatCues),
    attackNouns: wordSet(table.attackNouns),
    passiveAttacks: compileWords(table.passiveAttacks),
    activityNouns: wordSet(table.activityNouns),
    presenceWords: wordSet(table.presenceWords),
    presenceVerbs: wordSet(table.presenceVerbs),
    strongholds: wordSet(table.strongholds),
    memberPlurals: wordSet(table.memberPlurals),
    locatedCues: compileWords(table.locatedCues),
    locativePrepositions: wordSet(table.locativePrepositions),
    employerPrepositions: wordSet(table.employerPrepositions),
    sourcePrepositions: compileWords(table.sourcePrepositions),
    reportingVerbs: compileWords(table.reportingVerbs),
    sourceHeads: compileCues(table.sourceHeads),
    officialQualifiers: compileWords(table.officialQualifiers),
    sameSource: compileWords(table.sameSource),
    groupAnaphora: compileWords(table.groupAnaphora),
    adminHeads: compileWords(table.adminHeads),
    adminSuffixes: wordSet(table.adminSuffixes),
    placeHeads: compileWords(table.placeHeads),
    directions: compileWords(table.directions),
    stopwords: wordSet(table.stopwords),
    listJoiners: wordSet(table.listJoiners),
  };
  const firstWords = new Set<string>();
  for (const value of Object.values(compiled)) {
    if (value && typeof value === 'object' && 'byFirst' in value) for (const word of (value as CueList<unknown>).byFirst.keys()) firstWords.add(word);
  }
  const nameStops = compileWords([table.personTitles.map(([cue]) => cue), table.leaderNouns, table.groupHeads, table.orgHeads, table.aliasCues, table.reportingVerbs, table.ledBy,
    table.sourceHeads.map(([cue]) => cue), table.successorCues.map(([cue]) => cue), table.threatCues, table.mediaHeads, table.locatedCues, table.leadVerbs, table.memberCues, table.affiliationCues].flat());
  const relationLists = [compiled.memberCues, compiled.affiliationCues, compiled.branchCues, compiled.mergerCues, compiled.compositionCues, compiled.successorCues, compiled.openSuccessorCues, compiled.locatedCues, compiled.threatCues,
    compiled.leaderNouns, compiled.ledBy, compiled.leadParticiples, compiled.leadVerbs, compiled.memberNouns];
  const relationFirstWords = new Set<string>(relationLists.flatMap((list) => [...(list as CueList<unknown>).byFirst.keys()]));
  return { ...compiled, firstWords, nameStops, relationFirstWords };
}

/** True when the token may start one of the cues whose first words are `words`. */
export function mayStart(words: ReadonlySet<string>, token: Token | undefined): boolean {
  if (!token || token.kind === 'break') return false;
  for (const reading of token.readings) if (words.has(reading)) return true;
  return false;
}

/** True when token i may start a cue of the table (a cheap test before looking up each list). */
export function mayStartCue(table: CompiledCueTable, token: Token | undefined): boolean {
  if (!token || token.kind === 'break') return false;
  for (const reading of token.readings) if (table.firstWords.has(reading)) return true;
  return false;
}

let compiled: Map<DocLang, CompiledCueTable> | undefined;

/** The compiled cue table of a language (compiled once, on first use). */
export function cueTable(lang: DocLang): CompiledCueTable {
  compiled ??= new Map([ARABIC_CUES, FRENCH_CUES, ENGLISH_CUES].map((table) => [table.lang, compileTable(table)]));
  return compiled.get(lang)!;
}

/**
 * One list of the French and English tables together, normalised, for the rules that read
 * Latin-script text whatever its language («Issa Diallo a rejoint…» beside "has led").
 */
export function latinWords(pick: (table: CueTable) => readonly string[]): ReadonlySet<string> {
  return normalisedWords([...pick(FRENCH_CUES), ...pick(ENGLISH_CUES)]);
}

/** One list of every language's table together, normalised, for rules that run on any script. */
export function everyLanguageWords(pick: (table: CueTable) => readonly string[]): ReadonlySet<string> {
  return normalisedWords([...pick(ARABIC_CUES), ...pick(FRENCH_CUES), ...pick(ENGLISH_CUES)]);
}
