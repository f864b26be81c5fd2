/**
 * Sources and claims. A sentence is attributed when a source cue ties it to a
 * source: a source preposition («حسب», "according to", "selon", «de source»),
 * a reporting verb next to its subject («كشفت تقارير…», "officials said", "a
 * déclaré le chercheur X"), or a transmission: «نقل X عن Y», "X, citing Y",
 * "Y told X" (Y is the source, X the channel it came through). Sources are
 * named entities (outlets, persons, organisations) or anonymous phrases
 * (source-phrases.ts). A pronoun («selon elle», "he said") or a bare definite
 * head ("the official", «المصادر») is the source named before.
 */
import { cueAt, mayStartCue, type CompiledCueTable } from './cues.js';
import { cuesAt, isCapitalised, isPunct, type DocumentView } from './document.js';
import type { SourceKind } from './cue-types.js';
import type { Mention } from './mention-types.js';
import type { Entity } from './resolve.js';
import { ADDRESSEE, AUTHOR_LINKS, LEAD_FILLERS, LOCATIVES, OBJECT_VERBS, PARTICIPLES, PARTICIPLE_OPENERS, PRONOUNS, TOLD, TRANSMISSION, pastTimeWords, plural } from './source-words.js';
import { COMPLEMENTIZERS, phraseAt, QUANTIFIERS, refineKind, type Phrase } from './source-phrases.js';

export interface AnonymousSource {
  readonly key: string;
  /** The head noun of the phrase that named it («مصادر», "official"). */
  readonly head?: string;
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
  const tokensText = (first: number, next: number): string => doc.tokens.slice(first, next).map((t) => t.text).join(' ');
  const named = (m: Mention): SourceRef => ({ entity: m.entity!, kind: namedKind(entities[m.entity!]!) });
  const isSourceEntity = (m: Mention | undefined): boolean => m !== undefined && m.entity !== undefined && m.formKind !== 'adjective' && entities[m.entity]!.type !== 'location';
  const fromPhrase = (phrase: Phrase): SourceRef | undefined => {
    // «المصادر» after «مصادر أمنية», "the official" after "a Malian security official": the same source;
    // «les enquêteurs» after a ministry: a new one.
    if (phrase.same && previous && phrase.head === undefined) return previous;
    if (phrase.same && phrase.head !== undefined) {
      const earlier = [...anonymous.values()].reverse().find((s) => plural(s.head) === plural(phrase.head));
      if (earlier) return { anonymous: earlier, kind: earlier.kind };
    }
    const first = doc.tokens[phrase.first]!;
    const last = doc.tokens[phrase.last - 1]!;
    const key = doc.norm.text.slice(first.start, last.end);
    let source = anonymous.get(key);
    if (!source) {
      source = { key, start: first.start, end: last.end, kind: phrase.same ? 'anonymous' : phrase.kind, ...(phrase.head ? { head: phrase.head } : {}) };
      anonymous.set(key, source);
    }
    return { anonymous: source, kind: source.kind };
  };

  /**
   * The source starting at token `start`, within a few words: an entity mention
   * or an anonymous phrase, past articles, quantifiers, adjectives, titles and
   * their complements ("le directeur de l'office, le commissaire principal X"),
   * fillers ("jeudi") and an addressee ("à la presse").
   */
  const sourceStartingAt = (start: number, cues: CompiledCueTable, limit: number): SourceRef | undefined => {
    for (let j = start; j < Math.min(limit, start + 16); j++) {
      const token = doc.tokens[j];
      if (!token) return undefined;
      const m = mentionAt(j);
      // "Nigerian military sources", «مصادر»: a name that qualifies a source head is part of an anonymous phrase.
      const mEnd = m ? doc.tokenAt[m.end - 1]! + 1 : -1;
      const qualified = m && m.origin === 'derived' ? cueAt(cues.sourceHeads, doc.tokens, mEnd) : undefined;
      if (qualified && qualified.value !== 'official-report') return fromPhrase({ first: j, last: qualified.next, kind: refineKind(doc, cues, j, qualified.next, qualified.value) });
      if (isSourceEntity(m)) return named(m!);
      if (PRONOUNS.has(token.text) && previous) return previous;
      const phrase = phraseAt(doc, cues, j, mentionAt);
      if (phrase && phrase.kind === 'official-report' && !phrase.same) {
        // "a report by Human Rights Watch", «تقرير نشرته مجموعة الأزمات الدولية»: the author is the source.
        for (let a = phrase.last; a <= phrase.last + 3; a++) {
          const author = mentionAt(a);
          if (isSourceEntity(author)) return named(author!);
          // «حصيلة أسبوعية لوزارة الدفاع»: an Arabic adjective may stand between the report and its author.
          const word = doc.tokens[a];
          const adjective = word?.arabic === true && !word.text.startsWith('ال') && !cues.stopwords.has(word.text) && a === phrase.last;
          if (!AUTHOR_LINKS.has(word?.text ?? '') && !cueAt(cues.orgHeads, doc.tokens, a) && !adjective) break;
        }
      }
      if (phrase) return fromPhrase(phrase);
      // "a indiqué à la presse le directeur …": the addressee is not the source.
      if (ADDRESSEE.has(token.text)) {
        let addressee: number | undefined;
        for (let k = j + 1; k <= j + 2 && addressee === undefined; k++) addressee = (cueAt(cues.sourceHeads, doc.tokens, k) ?? cueAt(cues.mediaHeads, doc.tokens, k))?.next;
        if (addressee !== undefined) { j = addressee - 1; continue; }
      }
      // «نشرته منصة «الزلاقة»»: a media head before the outlet's quoted name.
      const media = cueAt(cues.mediaHeads, doc.tokens, j);
      if (media) { j = media.next - 1; continue; }
      const title = cueAt(cues.personTitles, doc.tokens, j) ?? cueAt(cues.leaderNouns, doc.tokens, j);
      if (title) {
        // A complement up to a comma when a name or another title follows it; an organisation in it is the
        // person's employer («le porte-parole du ministère de l'Intérieur, X»), the source only when no name follows.
        let c = title.next;
        let employer: Mention | undefined;
        while (c < title.next + 9 && doc.tokens[c]?.kind === 'word') {
          const inner = mentionAt(c);
          if (inner && isSourceEntity(inner) && entities[inner.entity!]!.kind === 'individual') break;
          if (inner && isSourceEntity(inner)) { employer ??= inner; c = doc.tokenAt[inner.end - 1]! + 1; continue; }
          c++;
        }
        const nameAfter = isPunct(doc, c, ',') ? (mentionAt(c + 1) ?? mentionAt(c + 2) ?? mentionAt(c + 3)) : undefined;
        if (isSourceEntity(mentionAt(c))) j = c - 1; // «le commissaire principal X»: adjectives, then the name
        // («حاكم الإقليم، الجنرال X»: a title with no complement, then the comma and the name.)
        else if (isPunct(doc, c, ',') && (c > title.next || nameAfter !== undefined) && (!employer || (nameAfter && entities[nameAfter.entity!]?.kind === 'individual'))) j = c;
        else if (employer) return named(employer);
        else j = title.next - 1;
        continue;
      }
      if (cueAt(cues.reportingVerbs, doc.tokens, j)) { j = cueAt(cues.reportingVerbs, doc.tokens, j)!.next - 1; continue; }
      if (m?.formKind === 'adjective' || m?.type === 'location' || cueAt(cues.officialQualifiers, doc.tokens, j) || QUANTIFIERS.has(token.text) || /^\d+$/.test(token.text)) continue;
      if (cues.stopwords.has(token.text) || LEAD_FILLERS.has(token.text) || (token.kind === 'punct' && token.text === '"')) continue;
      // "a Malian customs official": a modifier right before a source head.
      if (cues.lang === 'en' && token.kind === 'word' && (cueAt(cues.sourceHeads, doc.tokens, j + 1) || cueAt(cues.sourceHeads, doc.tokens, j + 2))) continue;
      return undefined;
    }
    return undefined;
  };

  /**
   * «L'ONG estime», "the ministry said", «وأوضحت الوزارة»: an organisation noun
   * ending before token k stands for the organisation named last with that head.
   */
  const organisationNoun = (k: number, cues: CompiledCueTable): SourceRef | undefined => {
    for (let h = k - 1; h >= Math.max(0, k - 2); h--) {
      const head = cueAt(cues.orgHeads, doc.tokens, h) ?? cueAt(cues.mediaHeads, doc.tokens, h);
      if (!head || head.next !== k) continue;
      const word = doc.tokens[k - 1]!.readings.at(-1)!.replace(/^ال/, '');
      for (let m = k - 2; m >= 0; m--) {
        const owner = mentionsByLast.get(m);
        if (!owner || !isSourceEntity(owner) || entities[owner.entity!]!.type !== 'identity' || entities[owner.entity!]!.kind === 'individual') continue;
        // The owner's name has the head word, or the head word introduced it («L'organisation … Sahel Relief Alliance»).
        const first = doc.tokenAt[owner.start]!;
        const around = doc.tokens.slice(Math.max(0, first - 4), m).map((t) => t.readings.at(-1)!.replace(/^ال/, ''));
        if (around.includes(word) || (['ong', 'ngo'].includes(word) && around.some((w) => w.startsWith('organi')))) return named(owner);
      }
      // "the army said", «l'armée a indiqué», «أعلن الجيش»: the national force the document names, the nearest before first.
      if (cueAt(cues.forceHeads, doc.tokens, h)) return nationalForceNear(k);
      return undefined;
    }
    return undefined;
  };
  const nationalForceNear = (k: number): SourceRef | undefined => {
    const forces = [...mentionsByLast].filter(([, m]) => m.entity !== undefined && entities[m.entity]!.force === true).sort((a, b) => a[0] - b[0]);
    const before = forces.filter(([last]) => last <= k).at(-1) ?? forces.find(([last]) => last > k);
    return before ? named(before[1]) : undefined;
  };

  /** A media outlet spoken to at token k: «لوكالة فرانس برس», "to Reuters", «à l'AFP». */
  const outletMentionAt = (k: number): Mention | undefined => {
    for (let j = k; j <= k + 2 && j >= 0; j++) {
      const m = mentionAt(j);
      if (m && isSourceEntity(m) && entities[m.entity!]!.media) return m;
      if (!['to', 'a', 'au', 'l', 'the', 'la', 'le'].includes(doc.tokens[j]?.text ?? '')) break;
    }
    return undefined;
  };
  const outletAt = (k: number): SourceRef | undefined => {
    const m = outletMentionAt(k);
    return m ? named(m) : undefined;
  };
  /** The token after the outlet spoken to at k ("told Reuters", «à RFI»). */
  const outletEnd = (k: number): number | undefined => {
    const m = outletMentionAt(k);
    return m ? doc.tokenAt[m.end - 1]! + 1 : undefined;
  };

  /** The token after the phrase or mention that named a source in this sentence. */
  const sourceEnd = (source: SourceRef): number | undefined => {
    if (source.anonymous) return doc.tokenAt[source.anonymous.end - 1]! + 1;
    return undefined;
  };

  /** The source ending just before token k: past commas, a place phrase and an apposition ("The CJTF, a militia …, says"). */
  const sourceEndingBefore = (k: number, cues: CompiledCueTable, floor: number, gap: number): SourceRef | undefined => {
    let end = k;
    // Past ", à Berlin," and an apposition between commas to the name it describes.
    for (let n = 0; n < 3 && isPunct(doc, end - 1, ','); n++) {
      let p = end - 2;
      while (p > floor && !isPunct(doc, p, ',') && end - p < 25) p--;
      if (!isPunct(doc, p, ',')) break;
      const opener = doc.tokens[p + 1]?.text ?? '';
      // An article, a relative, a place phrase or a participle ("set up by …", «créé en …») opens a description.
      const describes = ['a', 'an', 'the', 'un', 'une', 'qui', 'which', 'who', 'de', 'du', 'of', 'الذي', 'التي', 'من'].includes(opener) || LOCATIVES.has(opener)
        || (!isCapitalised(doc, p + 1) && (PARTICIPLE_OPENERS.has(opener) || /^[a-z]{3,}ed$/.test(opener)));
      if (!describes) break;
      end = p;
    }
    for (let e = end; e >= Math.max(floor + 1, end - gap); e--) {
      const m = mentionsByLast.get(e);
      if (m && isSourceEntity(m)) {
        // "X, analyste chez ACLED, estime": the speaker is the person the organisation describes.
        if (entities[m.entity!]!.kind !== 'individual') {
          const first = doc.tokenAt[m.start]!;
          for (let p = first - 1; p >= Math.max(floor, first - 8); p--) {
            const person = mentionsByLast.get(p);
            if (person?.entity !== undefined && entities[person.entity]!.kind === 'individual' && doc.tokens[p]?.text === ',') return named(person);
          }
        }
        return named(m);
      }
      if (e < k && PRONOUNS.has(doc.tokens[e]?.text ?? '') && previous) return previous;
      const anaphor = e === end ? organisationNoun(e, cues) : undefined;
      if (anaphor) return anaphor;
      for (let start = Math.max(floor, e - 5); start < e; start++) {
        const phrase = phraseAt(doc, cues, start, mentionAt);
        if (phrase && phrase.last === e) return fromPhrase(phrase);
      }
    }
    return undefined;
  };

  for (const sentence of doc.sentences) {
    const cues = cuesAt(doc, sentence.first);
    const found: (Omit<Attribution, 'first' | 'last'> & { at: number })[] = [];
    const push = (at: number, source: SourceRef, via?: SourceRef): void => {
      const same = (a: SourceRef | undefined, b: SourceRef | undefined): boolean => a !== undefined && b !== undefined && a.entity === b.entity && a.anonymous === b.anonymous;
      if (found.some((a) => same(a.source, source))) return;
      found.push({ sentence: sentence.index, at, source, ...(via && !same(via, source) ? { via } : {}) });
      previous = source;
    };
    for (let t = sentence.first; t < sentence.last; t++) {
      const token = doc.tokens[t]!;
      if (!mayStartCue(cues, token) && !(cues.lang === 'fr' && t === sentence.first && token.text === 'pour')) continue;
      // «Pour le chercheur X, …»: a sentence that opens on «pour» and a source.
      if (cues.lang === 'fr' && t === sentence.first && token.text === 'pour') {
        const source = sourceStartingAt(t + 1, cues, sentence.last);
        if (source && source.entity !== undefined && entities[source.entity]!.kind === 'individual') { push(t, source); continue; }
      }
      const prep = cueAt(cues.sourcePrepositions, doc.tokens, t);
      if (prep) {
        const transmitted = token.readings.some((r) => TRANSMISSION.has(r)) || token.readings.includes('عن');
        let via: SourceRef | undefined;
        if (token.readings.includes('عن') && prep.next === t + 1) {
          // «عن» introduces a source only after a transmission verb: «نقل X عن Y».
          let verb = -1;
          for (let k = t - 1; k >= Math.max(sentence.first, t - 8); k--) if (doc.tokens[k]!.readings.some((r) => TRANSMISSION.has(r))) { verb = k; break; }
          if (verb < 0) continue;
          via = sourceStartingAt(verb + 1, cues, t) ?? sourceEndingBefore(t, cues, verb, 3);
        }
        // «وذكرت وكالة X، نقلا عن مصدر»: the source named before in the sentence is the channel.
        if (transmitted && !via && found.length > 0) via = found.pop()!.source;
        // «de source sécuritaire»: the preposition ends on the source's head.
        const startAt = cueAt(cues.sourceHeads, doc.tokens, prep.next - 1) ? prep.next - 1 : prep.next;
        const source = sourceStartingAt(startAt, cues, sentence.last);
        // «a confié à RFI X»: the outlet is spoken to; the person after it speaks.
        const listened = source?.entity !== undefined && entities[source.entity]!.media ? outletEnd(startAt) : undefined;
        const speaker = listened !== undefined ? sourceStartingAt(listened, cues, sentence.last) : undefined;
        if (speaker && speaker.entity !== undefined && entities[speaker.entity]!.kind === 'individual') {
          push(t, speaker, source);
          t = prep.next;
          continue;
        }
        if (source) {
          push(t, source, via);
          t = prep.next;
          continue;
        }
      }
      const verb = cueAt(cues.reportingVerbs, doc.tokens, t);
      // "dit" is also an alias cue ("X, dit Abou Y"): an alias is not a statement.
      if (!verb || token.readings.some((r) => TRANSMISSION.has(r)) || cueAt(cues.aliasCues, doc.tokens, t)) continue;
      if (isPunct(doc, t - 1, ',') && PARTICIPLES.has(token.text)) continue;
      const complement = doc.tokens[verb.next]?.readings.some((r) => COMPLEMENTIZERS.has(r));
      const before = sourceEndingBefore(t, cues, sentence.first, 3);
      // The subject may follow the verb («قال الباحث X», "a déclaré le chercheur X", "said Hannah Cole"),
      // except after verbs whose object follows them ("called for the MNJTF to be strengthened").
      // In French and English the subject follows the verb only after the quote or clause it reports ("…, said X").
      const afterClause = isPunct(doc, t - 1, ',"«»:') || (doc.tokens[t - 1]?.text === '-' && isPunct(doc, t - 2, ',"'));
      const inverted = !complement && (cues.lang === 'ar' || (afterClause && !OBJECT_VERBS.has(tokensText(t, verb.next))));
      // «a confié à RFI X»: the outlet spoken to is the channel and the subject follows it.
      const toListener = token.readings.some((r) => TOLD.has(r)) || TOLD.has(tokensText(t, verb.next)) || ADDRESSEE.has(doc.tokens[verb.next]?.text ?? '');
      const listenerEnd = toListener ? outletEnd(verb.next) : undefined;
      const after = inverted ? sourceStartingAt(pastTimeWords(doc, listenerEnd ?? verb.next), cues, sentence.last) : undefined;
      // "…contre Boko Haram, a annoncé samedi l'état-major …": after a reported clause, a subject right after the verb wins
      // over an armed group that merely ends the clause; any other source before the verb ("X, a community leader in P,
      // told …", "A local official, who asked …, said residents had fled") stays the subject.
      const groupEndsClause = before?.entity !== undefined && entities[before.entity]!.type !== 'identity' && entities[before.entity]!.kind !== 'individual'
        && mentionsByLast.get(t - 1)?.entity === before.entity;
      const source = (afterClause && after && groupEndsClause) ? after : before ?? after;
      const verbEnd = verb.next;
      if (!source) { t = verbEnd - 1; continue; }
      // "a Malian security official told Reuters", «وأوضح مصدر أمني لوكالة فرانس برس», «a déclaré à l'AFP»:
      // the outlet spoken to is the channel.
      let via: SourceRef | undefined;
      if (before && token.readings.some((r) => TOLD.has(r))) via = outletAt(verb.next);
      else if (!before) {
        const end = sourceEnd(source);
        if (end !== undefined && end > t && end < sentence.last) via = outletAt(end);
      }
      // "residents and a local vigilante commander said": every source of the list speaks.
      if (before?.anonymous) {
        const first = doc.tokenAt[before.anonymous.start]!;
        let joiner = first - 1;
        while (['a', 'an', 'the', 'des', 'les', 'un', 'une', 'de'].includes(doc.tokens[joiner]?.text ?? '')) joiner--;
        if (['and', 'et', 'و', 'ou', 'or'].includes(doc.tokens[joiner]?.text ?? '')) {
          const other = sourceEndingBefore(joiner, cues, sentence.first, 1);
          if (other) push(t, other);
        }
      }
      push(t, source, via);
      t = verbEnd - 1;
    }
    // «وأضاف …», "He added …": a reporting verb with no subject continues the previous source.
    if (found.length === 0 && previous) {
      const opener = doc.tokens[sentence.first];
      if (opener && cueAt(cues.reportingVerbs, doc.tokens, sentence.first) && !sourceStartingAt(sentence.first + 1, cues, sentence.first + 4)) found.push({ sentence: sentence.index, at: sentence.first, source: previous });
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
  // Only the anonymous sources a claim is attributed to (or came through) become identities; a phrase read while
  // looking for a subject ("said residents had fled") is not a source.
  const used = new Set(attributions.flatMap((a) => [a.source.anonymous?.key, a.via?.anonymous?.key]));
  return { attributions, anonymous: [...anonymous.values()].filter((a) => used.has(a.key)) };
}
