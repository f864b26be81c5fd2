/**
 * French and English cue rules. Names are runs of capitalised words; cues say
 * what they are: titles and appositions for persons, group and organisation
 * heads, media heads, alias cues, kunyas ("Abu …"), reporting verbs and
 * quoted names.
 */
import { cueAt, latinWords } from './cues.js';
import { isCapitalised, isPunct, isQuote, possessiveBefore, type DocumentView } from './document.js';
import type { MentionIndex } from './mention-index.js';
import type { Mention } from './mention-types.js';
import { classifyQuoted, mentionFromTokens, personMention } from './mention-build.js';
import { bracketedKunya, freeForPerson, hyphenatedToPrevious, introducesListedActor } from './latin-cue-helpers.js';
import { frenchOrgEnd, runHasHead, runHasMarker, withoutTrailingPlace } from './latin-org-names.js';
import { latinNameBackward, latinNameForward, quotedNameAt, type NameContext } from './names.js';

const FRENCH_ADJECTIVE = /(ale|al|aux|ales|ienne|ien|iens|iennes|aise|ais|ique|iques|ee|ees|aire|aires|elle|elles)$/;
/** Words between a name and the alias cue that renames it: "who is known as", «qui se fait appeler». */
const RELATIVE_WORDS = new Set(['who', 'which', 'is', 'was', 'qui', 'est', 'se', 'fait', 'and', 'et']);
/** Possessive determiners before a title ("its spokesman, X", «son porte-parole, X»). */
const POSSESSIVE_WORDS = new Set(['its', 'his', 'her', 'their', 'son', 'sa', 'leur']);
const ARTICLES = new Set(['a', 'an', 'the', 'le', 'la', 'l', 'les', 'un', 'une', 'its', 'his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'ce', 'cette']);

/** Skips articles and up to `max` lowercase words (adjectives) from token k. */
function skipDeterminers(ctx: NameContext, k: number, max = 3): number {
  const { doc } = ctx;
  let j = k;
  if (doc.tokens[j] && ARTICLES.has(doc.tokens[j]!.text)) j++;
  return Math.min(j, k + max);
}

function roleAfter(index: MentionIndex, ctx: NameContext, k: number): { role: Mention['role'] } | undefined {
  const { doc, cues } = ctx;
  const start = skipDeterminers(ctx, k);
  for (let j = start; j <= start + 3 && j < doc.tokens.length; j++) {
    const token = doc.tokens[j]!;
    if (token.kind !== 'word') return undefined;
    const title = cueAt(cues.personTitles, doc.tokens, j);
    if (title) return { role: title.value };
    const leader = cueAt(cues.leaderNouns, doc.tokens, j);
    if (leader) {
      // "a leader of the Civilian Joint Task Force": heading an organisation, not an armed group, is an office.
      let o = leader.next;
      while (o < leader.next + 3 && ['of', 'de', 'du', 'd', 'the', 'la', 'le', 'l'].includes(doc.tokens[o]?.text ?? '')) o++;
      const led = index.startingAt(o);
      return { role: led?.type === 'identity' && led.kind !== 'individual' ? 'official' : 'leader' };
    }
    if (cueAt(cues.memberCues, doc.tokens, j)) return { role: 'member' };
    if (isCapitalised(doc, j)) return undefined;
  }
  return undefined;
}

/** End of a title's complement: "de la Défense", "of the Interior" (connectors and capitalised words). */
const COMPLEMENT_CONNECTORS = new Set(['de', 'du', 'des', 'd', 'la', 'l', 'le', 'les', 'of', 'the', 'for', 'a', 'an']);

/**
 * End of a title's complement when a comma closes it: "de la Défense, X",
 * "de la région de Gao, le général X", "of the Interior, X". A complement starts
 * with a connector; it may hold lower-case nouns.
 */
function latinComplementEnd(ctx: NameContext, k: number): number {
  const { doc } = ctx;
  if (!['de', 'du', 'des', 'd', 'of'].includes(doc.tokens[k]?.text ?? '')) return k;
  for (let j = k; j < k + 8; j++) {
    const token = doc.tokens[j];
    if (!token) return k;
    if (token.kind === 'punct') return token.text === ',' ? j : k;
    if (ctx.cues.stopwords.has(token.text) && !COMPLEMENT_CONNECTORS.has(token.text)) return k;
  }
  return k;
}

/**
 * From token k, past what stands between a title and the name: an article, a
 * further title ("spokesman Colonel X", «le commissaire principal X», ", le
 * général X") and at most two lower-case adjectives before a capitalised word.
 */
function skipTitles(ctx: NameContext, k: number): { next: number; role?: Mention['role'] } {
  const { doc, cues } = ctx;
  let role: Mention['role'] | undefined;
  for (let n = 0; n < 3; n++) {
    let j = k;
    if (ARTICLES.has(doc.tokens[j]?.text ?? '')) j++;
    const title = cueAt(cues.personTitles, doc.tokens, j);
    if (title) { k = title.next; role = title.value; continue; }
    let a = j;
    while (a < j + 2 && doc.tokens[a]?.kind === 'word' && !isCapitalised(doc, a) && !cues.stopwords.has(doc.tokens[a]!.text)) a++;
    if (a > j && isCapitalised(doc, a)) { k = a; continue; }
    break;
  }
  return { next: k, ...(role ? { role } : {}) };
}

/** Kin and religious titles between an agent word and the name ("par son frère X", "by the preacher X"). */
const KIN_AND_CLERICS = new Set([...latinWords((t) => t.kinAndClerics), ...latinWords((t) => t.possessives)]);

/** The person a lead participle's agent word introduces, within ten words: [first, last) and the role of a title before it. */
function agentAfter(ctx: NameContext, k: number): { first: number; last: number; role?: Mention['role'] } | undefined {
  const { doc, cues } = ctx;
  for (let j = k; j < k + 10; j++) {
    const token = doc.tokens[j];
    if (!token || (token.kind === 'punct' && token.text !== '-')) return undefined;
    if (!cues.agentWords.has(token.text)) continue;
    let n = j + 1;
    let role: Mention['role'] | undefined;
    for (let step = 0; step < 4; step++) {
      if (ARTICLES.has(v(doc, n)) || KIN_AND_CLERICS.has(v(doc, n))) { n++; continue; }
      const skipped = skipTitles(ctx, n);
      if (skipped.next > n) { n = skipped.next; role = skipped.role ?? role; continue; }
      break;
    }
    const end = latinNameForward(ctx, n, 'person');
    return end > n ? { first: n, last: end, ...(role ? { role } : {}) } : undefined;
  }
  return undefined;
}

const v = (doc: DocumentView, k: number): string => doc.tokens[k]?.text ?? '';

function isSentenceStart(doc: DocumentView, i: number): boolean {
  const sentence = doc.sentences[doc.tokens[i]!.sentence]!;
  let k = sentence.first;
  while (k < i && doc.tokens[k]!.kind === 'punct') k++;
  return k === i;
}

const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'lui', 'elle', 'meme']);

/**
 * The name an apposition describes: from `end`, back over lower-case words (an
 * article, adjectives and a noun: ", a veteran smuggler") to a comma, then the
 * name before it ("Karim himself, …").
 */
function appositionOwner(index: MentionIndex, ctx: NameContext, end: number): Mention | undefined {
  const { doc } = ctx;
  let k = end;
  while (k > end - 7 && k > 0 && doc.tokens[k - 1]?.kind === 'word' && (!isCapitalised(doc, k - 1) || index.adjectives[k - 1])) k--;
  if (k === end || !isPunct(doc, k - 1, ',')) return undefined;
  let nameEnd = k - 1;
  while (nameEnd > 0 && REFLEXIVES.has(doc.tokens[nameEnd - 1]!.text)) nameEnd--;
  const existing = index.endingBefore(nameEnd);
  if (existing) return existing.type === 'location' ? undefined : existing.aliasOf ?? existing;
  const start = latinNameBackward(ctx, nameEnd, 'person');
  return nameEnd - start >= 1 && start < nameEnd ? personMention(doc, start, nameEnd, undefined) : undefined;
}

/** Applies the French/English cue rules to tokens [from, to). */
export function latinCueMentions(index: MentionIndex, doc: DocumentView, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ctx = index.context(i);
    const cues = ctx.cues;
    const token = doc.tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === '"') {
        const quoted = quotedNameAt(ctx, i);
        if (quoted && !index.overlaps(quoted.first, quoted.last)) {
          const found = classifyQuoted(index, ctx, quoted.first, quoted.last);
          if (found) index.add(found);
        }
      }
      continue;
    }
    if (token.kind !== 'word') continue;
    // A bracketed kunya may already be a mention of its own: it still renames the name before it.
    const bracketed = bracketedKunya(ctx, i);
    if (!bracketed && (index.blocked[i] || index.personBlocked[i])) continue;

    const alias = cueAt(cues.aliasCues, doc.tokens, i) ?? bracketed;
    if (alias && i > 0) {
      // "X, who is known as", "X (alias Y)", "« X », dit": past a relative pronoun, a comma or a quote.
      let ownerEnd = i;
      while (ownerEnd > i - 3 && RELATIVE_WORDS.has(doc.tokens[ownerEnd - 1]?.text ?? '')) ownerEnd--;
      // An aside in brackets before the cue ("'Laaouar' (the one-eyed) and nicknamed …") belongs to the name before it.
      if (isPunct(doc, ownerEnd - 1, ')')) {
        let open = ownerEnd - 2;
        while (open > ownerEnd - 8 && open > 0 && !isPunct(doc, open, '(')) open--;
        if (isPunct(doc, open, '(')) ownerEnd = open;
      }
      if (isQuote(doc, ownerEnd - 1) && isPunct(doc, ownerEnd - 2, '(')) ownerEnd--; // "Name ('Abu X')"
      if (isPunct(doc, ownerEnd - 1, ',(')) ownerEnd--;
      if (isQuote(doc, ownerEnd - 1)) ownerEnd--;
      let owner = index.endingBefore(ownerEnd);
      if (owner?.aliasOf) owner = owner.aliasOf;
      // "X, a trader from Ubari known locally as …": a place ending the apposition is not what is renamed.
      const placeBefore = owner?.type === 'location' && !isPunct(doc, ownerEnd, '(') && !isPunct(doc, ownerEnd - 1, ',');
      if (placeBefore) owner = appositionOwner(index, ctx, index.firstToken(owner!));
      if (!owner && !placeBefore) {
        const start = latinNameBackward(ctx, ownerEnd, 'person');
        if (start < ownerEnd) owner = personMention(doc, start, ownerEnd, undefined);
      }
      // "a recruiter known as Abu Ubaida", «un homme surnommé X»: a person introduced by the name, not renamed.
      // Not an apposition: "Karim himself, a veteran smuggler known as …" renames Karim.
      const article = [i - 2, i - 3].find((k) => ['a', 'an', 'un', 'une'].includes(doc.tokens[k]?.text ?? ''));
      const introduced = !owner && ownerEnd === i && doc.tokens[i - 1]?.kind === 'word' && !isCapitalised(doc, i - 1)
        && article !== undefined && !isPunct(doc, article - 1, ',');
      // "Karim himself, a veteran smuggler known as …": the name before the apposition.
      if (!introduced) owner ??= appositionOwner(index, ctx, ownerEnd);
      // "… and nicknamed …": the person named last.
      if (!introduced) owner ??= index.personBefore(i);
      let k = alias.next;
      let aliasMention: Mention | undefined;
      if (isQuote(doc, k)) {
        const quoted = quotedNameAt(ctx, k);
        if (quoted) aliasMention = mentionFromTokens(doc, quoted.first, quoted.last, { type: 'threat-actor', kind: 'individual', origin: 'alias' });
      } else {
        if (isPunct(doc, k, ':')) k++;
        const end = latinNameForward({ ...ctx, blocked: new Uint8Array(ctx.blocked.length) }, k, 'person');
        if (end > k) aliasMention = mentionFromTokens(doc, k, end, { type: 'threat-actor', kind: 'individual', origin: 'alias' });
      }
      if (introduced && aliasMention && !index.overlaps(index.firstToken(aliasMention), index.lastToken(aliasMention))) {
        index.add({ ...aliasMention, origin: 'kunya' });
        i = index.lastToken(aliasMention) - 1;
        continue;
      }
      if (owner && aliasMention) {
        if (!index.mentions.includes(owner)) index.add(owner);
        const existing = index.startingAt(index.firstToken(aliasMention));
        if (existing) existing.aliasOf = owner;
        else { aliasMention.aliasOf = owner; index.add(aliasMention); }
        i = index.lastToken(aliasMention) - 1;
      }
      continue;
    }

    if (!isCapitalised(doc, i)) {
      // Lowercase heads: "the militant group X", "le quotidien X", "colonel X".
      const group = cueAt(cues.groupHeads, doc.tokens, i);
      if (group) {
        const named = group.next - group.first === 1 && cues.namedGroupHeads.has(token.text);
        // «la katiba du Kaarta»: a named head may take «du» before the name.
        const nameStart = named && ['du', 'de', 'd', 'des'].includes(doc.tokens[group.next]?.text ?? '') && isCapitalised(doc, group.next + 1) ? group.next + 1 : group.next;
        const end = latinNameForward(ctx, nameStart, 'org');
        // A place in the name is part of it ("katiba Macina"); "katiba" itself is part of the name, "group" is not.
        if (end > nameStart && (!index.overlaps(nameStart, end) || index.absorbAdjectives(nameStart, end, true))) {
          const first = named ? i : group.next;
          index.add(mentionFromTokens(doc, first, end, { type: 'threat-actor', kind: 'group', origin: 'group-cue', nameFirst: nameStart }));
          i = end - 1;
          continue;
        }
      }
      const media = cueAt(cues.mediaHeads, doc.tokens, i);
      if (media && !isQuote(doc, media.next)) {
        const end = latinNameForward(ctx, media.next, 'org');
        if (end > media.next && !index.overlaps(media.next, end)) {
          index.add(mentionFromTokens(doc, media.next, end, { type: 'identity', kind: 'organization', origin: 'media-cue', media: true }));
          i = end - 1;
          continue;
        }
      }
      // "the NGO Human Rights Watch", "le ministère algérien de la Défense nationale".
      // "stations-service de Kati": a head joined to the word before is part of a compound noun.
      const org = hyphenatedToPrevious(doc, i) ? undefined : cueAt(cues.orgHeads, doc.tokens, i);
      if (org) {
        let k = org.next;
        while (index.adjectives[k]) k++;
        while (doc.tokens[k] && ['de', 'du', 'des', 'd', 'la', 'l', 'of', 'the', 'for'].includes(doc.tokens[k]!.text) && k < org.next + 4) k++;
        // «l'organisation non gouvernementale Sahel Relief Alliance»: lower-case qualifiers before the name.
        // (French adjectives follow their noun; an English "army spokesman General X" is a person, not an organisation.)
        let q = k;
        while (cues.lang === 'fr' && q < k + 3 && doc.tokens[q]?.kind === 'word' && !isCapitalised(doc, q) && (FRENCH_ADJECTIVE.test(doc.tokens[q]!.text) || doc.tokens[q]!.text === 'non')) q++;
        const qualified = q > k && isCapitalised(doc, q) && !cueAt(cues.personTitles, doc.tokens, q);
        if (qualified) k = q;
        // "the NGO Human Rights Watch": a head before a listed name only introduces it.
        let end = introducesListedActor(index, k) ? k : latinNameForward(ctx, k, 'org');
        // French names end with lower-case adjectives as often as not: «… de la Défense nationale».
        while (end > k && cues.lang === 'fr' && doc.tokens[end]?.kind === 'word' && FRENCH_ADJECTIVE.test(doc.tokens[end]!.text) && !cues.stopwords.has(doc.tokens[end]!.text)) end++;
        if (end > k && (!index.overlaps(i, end) || index.absorbAdjectives(i, end, true))) {
          // The mention starts at the head word, not at its article ("le ministère …").
          const first = k === org.next || qualified ? k : ARTICLES.has(doc.tokens[i]!.text) ? i + 1 : i;
          index.add(mentionFromTokens(doc, first, end, { type: 'identity', kind: 'organization', origin: 'org-cue' }));
          i = end - 1;
          continue;
        }
      }
      // "fondé en 2016 par le prédicateur X", "led since 2019 by his brother X": the agent of a lead participle.
      const participle = cueAt(cues.leadParticiples, doc.tokens, i);
      if (participle) {
        const agent = agentAfter(ctx, participle.next);
        if (agent && freeForPerson(index, agent.first, agent.last) && !runHasHead(ctx, agent.first, agent.last, 'org') && !runHasHead(ctx, agent.first, agent.last, 'group')) {
          index.add(personMention(doc, agent.first, agent.last, agent.role ?? 'leader'));
        }
      }
      const title = cueAt(cues.personTitles, doc.tokens, i) ?? cueAt(cues.ledBy, doc.tokens, i) ?? cueAt(cues.leaderNouns, doc.tokens, i);
      if (title) {
        const role = typeof title.value === 'string' ? title.value : 'leader';
        // "le ministre de la Défense, Salifou Mody": skip the title's complement up to a comma.
        // The last title before the name says what the person is ("conduite par le général X": a general).
        let skipped = skipTitles(ctx, title.next);
        const complementFirst = skipped.next;
        const complement = latinComplementEnd(ctx, complementFirst);
        if (complement > complementFirst) skipped = { ...skipTitles(ctx, complement + 1), ...(skipped.role ? { role: skipped.role } : {}) };
        // "Ghat's mayor, Kousa Ahmed", "its spokesman, X": a possessive title names the person after the comma.
        const possessed = complement === complementFirst && isPunct(doc, skipped.next, ',') && (possessiveBefore(doc, i) || POSSESSIVE_WORDS.has(doc.tokens[i - 1]?.text ?? ''));
        const k = possessed ? skipped.next + 1 : skipped.next;
        const end = latinNameForward(ctx, k, 'person');
        if (end > k && !index.overlaps(k, end) && !runHasHead(ctx, k, end, 'org') && !runHasHead(ctx, k, end, 'group')) {
          index.add(personMention(doc, k, end, skipped.role ?? role));
          // The complement may name an organisation ("le porte-parole du ministère de l'Intérieur, X"): read it next.
          i = complement > complementFirst ? complementFirst - 1 : end - 1;
        }
      }
      continue;
    }

    // «l'ONG Human Rights Watch»: a capitalised head noun before a listed name only introduces it.
    if (cueAt(cues.orgHeads, doc.tokens, i)?.next === i + 1 && introducesListedActor(index, i + 1)) continue;
    // French names keep lower-case words after a capitalised head: «Centre d'études sahéliennes», «Front de libération du Sahel».
    // (A forces noun with a country, «Forces armées maliennes», is left to the national-forces rule.)
    const force = cueAt(cues.forceHeads, doc.tokens, i);
    if (cues.lang === 'fr' && !(force && (index.adjectives[force.next] || index.places[force.next]))) {
      const group = cueAt(cues.groupHeads, doc.tokens, i)?.next === i + 1 && !runHasMarker(ctx, i, frenchOrgEnd(ctx, i));
      if (group || cueAt(cues.orgHeads, doc.tokens, i)?.next === i + 1) {
        const end = frenchOrgEnd(ctx, i);
        if (end - i >= 2 && (!index.overlaps(i, end) || index.absorbAdjectives(i, end, true, !group, !group))) {
          index.add(group
            ? mentionFromTokens(doc, i, end, { type: 'threat-actor', kind: 'group', origin: 'group-cue' })
            : mentionFromTokens(doc, i, end, { type: 'identity', kind: 'organization', origin: 'org-cue' }));
          i = end - 1;
          continue;
        }
      }
    }
    // A capitalised title ("Analyst Jane Roe", "General X") names the person after it.
    const leadingTitle = cueAt(cues.personTitles, doc.tokens, i);
    if (leadingTitle) {
      const { next: nameFirst, role } = skipTitles(ctx, leadingTitle.next);
      const end = latinNameForward(ctx, nameFirst, 'person');
      if (end > nameFirst && !runHasHead(ctx, nameFirst, end, 'org') && !index.overlaps(nameFirst, end)) {
        index.add(personMention(doc, nameFirst, end, role ?? leadingTitle.value));
        i = end - 1;
        continue;
      }
    }
    // A capitalised run: classify it by what is inside, before and after it.
    const orgEnd = latinNameForward(ctx, i, 'org');
    // "Lake Chad Research Network" has a group head but is a research body.
    const orgMarked = runHasMarker(ctx, i, orgEnd);
    if (!orgMarked && runHasHead(ctx, i, orgEnd, 'group') && (!index.overlaps(i, orgEnd) || index.absorbAdjectives(i, orgEnd, true))) {
      index.add(mentionFromTokens(doc, i, orgEnd, { type: 'threat-actor', kind: 'group', origin: 'group-cue' }));
      i = orgEnd - 1;
      continue;
    }
    const namedEnd = withoutTrailingPlace(ctx, i, orgEnd);
    if ((runHasHead(ctx, i, namedEnd, 'org') || (orgMarked && runHasHead(ctx, i, namedEnd, 'group'))) && namedEnd - i >= 2 && (!index.overlaps(i, namedEnd) || index.absorbAdjectives(i, namedEnd, true))) {
      index.add(mentionFromTokens(doc, i, namedEnd, { type: 'identity', kind: 'organization', origin: 'org-cue' }));
      i = namedEnd - 1;
      continue;
    }
    const title = cueAt(cues.personTitles, doc.tokens, i);
    if (title && title.next - title.first >= 1 && latinNameForward(ctx, title.next, 'person') > title.next) {
      const end = latinNameForward(ctx, title.next, 'person');
      if (freeForPerson(index, title.next, end)) index.add(personMention(doc, title.next, end, title.value));
      i = end - 1;
      continue;
    }
    const end = latinNameForward(ctx, i, 'person');
    if (end <= i || !freeForPerson(index, i, end)) continue;
    // "à Oum el-Araneb": after a place preposition «Oum/Umm» starts a place name, not a kunya.
    const kunya = cues.kunyaHeads.has(token.text) && end - i >= 2 && !(['oum', 'umm'].includes(token.text) && ['a', 'au', 'in', 'at', 'near', 'de', 'from', 'to', 'vers'].includes(doc.tokens[i - 1]?.text ?? ''));
    const nextIsGroupHead = cueAt(cues.groupHeads, doc.tokens, end);
    if (nextIsGroupHead && !isSentenceStart(doc, i) || nextIsGroupHead && end - i >= 1 && doc.tokens[i - 1]?.text === 'the') {
      index.add(mentionFromTokens(doc, i, end, { type: 'threat-actor', kind: 'group', origin: 'group-cue' }));
      i = end - 1;
      continue;
    }
    const apposition = isPunct(doc, end, ',') ? roleAfter(index, ctx, end + 1) : undefined;
    const reporting = cueAt(cues.reportingVerbs, doc.tokens, end) ?? (i > 0 ? cueAt(cues.reportingVerbs, doc.tokens, i - 1) : undefined);
    if (kunya || (apposition && end - i >= 2) || (reporting && end - i >= 2)) {
      index.add(kunya
        ? mentionFromTokens(doc, i, end, { type: 'threat-actor', kind: 'individual', origin: 'kunya' })
        : personMention(doc, i, end, apposition?.role));
    }
    i = end - 1;
  }
}
