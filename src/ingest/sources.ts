/**
 * Sources and claims. A sentence is attributed when a source cue ties it to a
 * source: a source preposition («حسب», "according to", "selon"), a reporting
 * verb next to its subject («كشفت تقارير…», "officials said"), or a
 * transmission «نقل X عن Y» (Y is the source, X the channel it came through).
 * Sources are named entities (outlets, persons, organisations) or anonymous
 * phrases («مصادر أمنية جزائرية», "Western intelligence services").
 */
import { cueAt, mayStartCue, type CompiledCueTable } from './cues.js';
import { cuesAt, isCapitalised, isPunct, type DocumentView } from './document.js';
import type { SourceKind } from './cue-types.js';
import type { Mention } from './mention-types.js';
import type { Entity } from './resolve.js';

export interface AnonymousSource {
  readonly key: string;
  /** Normalised span of the first phrase naming it. */
  readonly start: number;
  readonly end: number;
  readonly kind: SourceKind;
}

export interface SourceRef {
  readonly entity?: number;
  readonly anonymous?: AnonymousSource;
  readonly kind: SourceKind;
}

export interface Attribution {
  readonly sentence: number;
  /** Token range of the claim: the clauses of the sentence this source covers. */
  readonly first: number;
  readonly last: number;
  readonly source: SourceRef;
  readonly via?: SourceRef;
}

const TRANSMISSION: Record<string, readonly string[]> = { ar: ['نقل', 'نقلت', 'نقلا'], fr: ['rapporte', 'relaie', 'cite'], en: ['quoted', 'cited', 'relayed'] };
const MEDIA_WORDS = new Set(['اعلاميه', 'صحفيه', 'اعلامي', 'mediatique', 'mediatiques', 'media', 'press', 'presse', 'news', 'journalistic']);
const ARABIC_NOUN_QUALIFIERS = new Set(['دول', 'دوله', 'اجنبيه', 'غربيه', 'عربيه']);
const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'some', 'senior', 'local', 'security', 'military', 'western', 'government', 'intelligence', 'police', 'defence', 'defense']);
const LEADING_ARTICLES = new Set(['des', 'une', 'un', 'les', 'le', 'la', 'l', 'a', 'an', 'the', 'some', 'de', 'd']);
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'que', 'qu', 'that']);
const EN_DETERMINERS = new Set(['a', 'an', 'the', 'some', 'several', 'many', 'two', 'three', 'other', 'according', 'to', 'said', 'by', 'of', 'citing']);

interface Phrase { readonly first: number; readonly last: number; readonly kind: SourceKind; readonly same?: boolean }

function refineKind(doc: DocumentView, cues: CompiledCueTable, first: number, last: number, kind: SourceKind): SourceKind {
  let official = false;
  let media = false;
  for (let k = first; k < last; k++) {
    const token = doc.tokens[k]!;
    if (cueAt(cues.officialQualifiers, doc.tokens, k)) official = true;
    if (token.readings.some((r) => MEDIA_WORDS.has(r))) media = true;
  }
  if (media) return 'media';
  if (kind === 'anonymous' && official) return 'anonymous-official';
  return kind;
}

function isQualifier(doc: DocumentView, cues: CompiledCueTable, k: number, mentionAt: (k: number) => Mention | undefined): boolean {
  const token = doc.tokens[k];
  if (!token || token.kind !== 'word' || cues.stopwords.has(token.text)) return false;
  return mentionAt(k)?.formKind === 'adjective' || cueAt(cues.officialQualifiers, doc.tokens, k) !== undefined;
}

/** An anonymous source phrase starting at token t (Arabic, French) or ending at its head (English). */
function phraseAt(doc: DocumentView, cues: CompiledCueTable, t: number, mentionAt: (k: number) => Mention | undefined): Phrase | undefined {
  const same = cueAt(cues.sameSource, doc.tokens, t);
  if (same) return { first: t, last: same.next, kind: 'anonymous', same: true };
  const head = cueAt(cues.sourceHeads, doc.tokens, t);
  if (!head) return undefined;
  // "in a statement", «في بيان»: the document the source spoke in, not the source.
  const before = ['a', 'an', 'un', 'une', 'the'].includes(doc.tokens[t - 1]?.text ?? '') ? t - 2 : t - 1;
  if (['in', 'dans', 'في'].includes(doc.tokens[before]?.text ?? '')) return undefined;
  // «البيان», "the statement", "le communiqué" alone: the statement of a source already named.
  const bare = head.next - t === 1 || (head.next - t === 2 && ['the', 'le', 'la', 'l'].includes(doc.tokens[t]!.text));
  const definite = doc.tokens[t]!.text.startsWith('ال') || ['the', 'le', 'la', 'l'].includes(doc.tokens[t]!.text);
  if (head.value === 'official-report' && definite && bare && !isQualifier(doc, cues, head.next, mentionAt)) return { first: t, last: head.next, kind: 'anonymous', same: true };
  let last = head.next;
  let first = t;
  if (cues.lang === 'ar') {
    const definite = doc.tokens[t]!.text.startsWith('ال');
    while (last < head.next + 3) {
      const token = doc.tokens[last];
      if (!token?.arabic || cues.stopwords.has(token.text)) break;
      const named = mentionAt(last);
      if (named && named.formKind !== 'adjective') break;
      const adjective = named?.formKind === 'adjective';
      const shaped = (token.text.endsWith('ه') || token.text.endsWith('ي')) && token.text.startsWith('ال') === definite;
      if (!(adjective || shaped || ARABIC_NOUN_QUALIFIERS.has(token.text))) break;
      last++;
    }
  } else if (cues.lang === 'fr') {
    while (last < head.next + 3) {
      const token = doc.tokens[last];
      if (!token || token.kind !== 'word' || isCapitalised(doc, last)) break;
      const official = cueAt(cues.officialQualifiers, doc.tokens, last);
      if (official) { last = official.next; continue; }
      if (cues.stopwords.has(token.text) || cueAt(cues.reportingVerbs, doc.tokens, last)) break;
      if (!(mentionAt(last)?.formKind === 'adjective' || /(e|es|s|aire|aires|elle|elles|ien|iens|ienne|iennes|al|aux|ale|ales)$/.test(token.text))) break;
      last++;
    }
  } else {
    while (first > t - 3 && first - 1 >= 0) {
      const token = doc.tokens[first - 1]!;
      if (token.kind !== 'word' || EN_DETERMINERS.has(token.text) || cues.stopwords.has(token.text)) break;
      const m = mentionAt(first - 1);
      if (m && m.formKind !== 'adjective') break;
      first--;
    }
  }
  // The phrase is the source's name: "des sources sécuritaires" → «sources sécuritaires».
  while (first < last - 1 && LEADING_ARTICLES.has(doc.tokens[first]!.text)) first++;
  return { first, last, kind: refineKind(doc, cues, first, last, head.value) };
}

/** Finds attributions sentence by sentence. */
export function extractAttributions(doc: DocumentView, entities: readonly Entity[]): { attributions: Attribution[]; anonymous: AnonymousSource[] } {
  const mentionsByFirst = new Map<number, Mention>();
  const mentionsByLast = new Map<number, Mention>();
  for (const e of entities) for (const m of e.mentions) {
    if (m.component) continue;
    mentionsByFirst.set(doc.tokenAt[m.start]!, m);
    mentionsByLast.set(doc.tokenAt[m.end - 1]! + 1, m);
  }
  const mentionAt = (k: number): Mention | undefined => mentionsByFirst.get(k);
  const anonymous = new Map<string, AnonymousSource>();
  const attributions: Attribution[] = [];
  let previous: SourceRef | undefined;

  const namedKind = (entity: Entity): SourceKind => {
    if (entity.kind === 'individual') {
      if (entity.type === 'threat-actor') return 'group-claim';
      return entity.role === 'expert' ? 'expert' : entity.role === 'journalist' ? 'named-outlet' : 'official';
    }
    if (entity.type === 'threat-actor' || entity.type === 'intrusion-set') return 'group-claim';
    return entity.media ? 'named-outlet' : 'official';
  };
  const fromPhrase = (phrase: Phrase): SourceRef | undefined => {
    if (phrase.same) return previous;
    const first = doc.tokens[phrase.first]!;
    const last = doc.tokens[phrase.last - 1]!;
    const key = doc.norm.text.slice(first.start, last.end);
    let source = anonymous.get(key);
    if (!source) {
      source = { key, start: first.start, end: last.end, kind: phrase.kind };
      anonymous.set(key, source);
    }
    return { anonymous: source, kind: source.kind };
  };
  /** The source starting at token k: an entity mention or an anonymous phrase. */
  const sourceStartingAt = (start: number, cues: CompiledCueTable): SourceRef | undefined => {
    let k = start;
    for (let j = k; j <= k + 3; j++) {
      const m = mentionAt(j);
      if (m && m.entity !== undefined && m.formKind !== 'adjective') return { entity: m.entity, kind: namedKind(entities[m.entity]!) };
      const phrase = phraseAt(doc, cues, j, mentionAt);
      if (phrase && phrase.kind === 'official-report' && !phrase.same) {
        // "a report by Human Rights Watch", «تقرير نشرته مجموعة الأزمات الدولية»: the author is the source.
        for (let a = phrase.last; a <= phrase.last + 3; a++) {
          const author = mentionAt(a);
          if (author?.entity !== undefined && author.formKind !== 'adjective' && entities[author.entity]!.type !== 'location') return { entity: author.entity, kind: namedKind(entities[author.entity]!) };
        }
      }
      if (phrase) return fromPhrase(phrase);
      const token = doc.tokens[j];
      // Numbers and quantifiers before the head: "two security officials".
      if (token && cues.lang === 'en' && (/^\d+$/.test(token.text) || QUANTIFIERS.has(token.text))) continue;
      // Articles, quotes and a title may stand between the cue and the source: "a déclaré le chercheur X",
      // "selon le ministre de la Défense, X".
      const title = cueAt(cues.personTitles, doc.tokens, j);
      if (title) {
        let c = title.next;
        while (c < title.next + 5 && doc.tokens[c]?.kind === 'word' && !mentionAt(c)) c++;
        j = isPunct(doc, c, ',') && c > title.next ? c : title.next - 1;
        k = Math.max(k, j - 1);
        continue;
      }
      if (!token || !(cues.stopwords.has(token.text) || token.kind === 'punct' && token.text === '"')) break;
    }
    return undefined;
  };
  /** The source ending just before token k (within `gap` tokens). */
  const sourceEndingBefore = (k: number, cues: CompiledCueTable, floor: number, gap: number): SourceRef | undefined => {
    for (let end = k; end >= Math.max(floor + 1, k - gap); end--) {
      const m = mentionsByLast.get(end);
      if (m && m.entity !== undefined && m.formKind !== 'adjective' && entities[m.entity]!.type !== 'location') {
        // "X, analyste chez ACLED, estime": the speaker is the person the organisation describes.
        if (entities[m.entity]!.kind !== 'individual') {
          const first = doc.tokenAt[m.start]!;
          for (let p = first - 1; p >= Math.max(floor, first - 8); p--) {
            const person = mentionsByLast.get(p);
            if (person?.entity !== undefined && entities[person.entity]!.kind === 'individual' && doc.tokens[p]?.text === ',') return { entity: person.entity, kind: namedKind(entities[person.entity]!) };
          }
        }
        return { entity: m.entity, kind: namedKind(entities[m.entity]!) };
      }
      for (let start = Math.max(floor, end - 5); start < end; start++) {
        const phrase = phraseAt(doc, cues, start, mentionAt);
        if (phrase && phrase.last === end) return fromPhrase(phrase);
      }
    }
    return undefined;
  };

  for (const sentence of doc.sentences) {
    const cues = cuesAt(doc, sentence.first);
    const found: (Omit<Attribution, 'first' | 'last'> & { at: number })[] = [];
    const transmission = TRANSMISSION[cues.lang] ?? [];
    for (let t = sentence.first; t < sentence.last; t++) {
      const token = doc.tokens[t]!;
      if (!mayStartCue(cues, token)) continue;
      const prep = cueAt(cues.sourcePrepositions, doc.tokens, t);
      if (prep) {
        const isAn = token.readings.includes('عن') && prep.next === t + 1;
        let via: SourceRef | undefined;
        if (isAn) {
          // «عن» introduces a source only after a transmission verb: «نقل X عن Y».
          let verb = -1;
          for (let k = t - 1; k >= Math.max(sentence.first, t - 8); k--) if (doc.tokens[k]!.readings.some((r) => transmission.includes(r))) { verb = k; break; }
          if (verb < 0) continue;
          via = sourceStartingAt(verb + 1, cues) ?? sourceEndingBefore(t, cues, verb, 3);
        }
        const source = sourceStartingAt(prep.next, cues);
        if (source) {
          found.push({ sentence: sentence.index, at: t, source, ...(via && (via.entity !== source.entity || via.anonymous !== source.anonymous) ? { via } : {}) });
          previous = source;
          t = prep.next;
          continue;
        }
      }
      const verb = cueAt(cues.reportingVerbs, doc.tokens, t);
      // "dit" is also an alias cue ("X, dit Abou Y"): an alias is not a statement.
      if (verb && !token.readings.some((r) => transmission.includes(r)) && !cueAt(cues.aliasCues, doc.tokens, t)) {
        const complement = doc.tokens[verb.next]?.readings.some((r) => COMPLEMENTIZERS.has(r));
        const source = sourceEndingBefore(t, cues, sentence.first, 3) ?? (complement ? undefined : sourceStartingAt(verb.next, cues));
        if (source && !found.some((a) => a.source.entity === source.entity && a.source.anonymous === source.anonymous)) {
          found.push({ sentence: sentence.index, at: t, source });
          previous = source;
        }
      }
    }
    // «وأضاف …», "He added …": a reporting verb with no subject continues the previous source.
    if (found.length === 0 && previous) {
      const opener = doc.tokens[sentence.first];
      if (opener && cueAt(cues.reportingVerbs, doc.tokens, sentence.first) && !sourceStartingAt(sentence.first + 1, cues)) found.push({ sentence: sentence.index, at: sentence.first, source: previous });
    }
    // Each attribution covers its sentence from the clause it sits in to the next attribution's clause.
    const clauseStart = (t: number): number => {
      let k = t;
      while (k > sentence.first && !(doc.tokens[k - 1]!.kind === 'punct' && ',;:'.includes(doc.tokens[k - 1]!.text))) k--;
      return k;
    };
    found.forEach((a, n) => {
      const first = n === 0 ? sentence.first : clauseStart(a.at);
      const next = found[n + 1];
      const last = next ? Math.max(first + 1, clauseStart(next.at)) : sentence.last;
      const { at, ...rest } = a;
      void at;
      attributions.push({ ...rest, first, last });
    });
  }
  return { attributions, anonymous: [...anonymous.values()] };
}
