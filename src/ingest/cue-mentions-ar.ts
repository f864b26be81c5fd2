/**
 * Arabic cue rules that find entities nobody listed: group, organisation and
 * media heads with the name that follows them, titles and appositions that
 * mark persons, alias cues, kunyas («أبو …») and quoted names.
 */
import { cueAt, mayStartCue, type CompiledCueTable, type CueHit } from './cues.js';
import { isPunct, isQuote, type DocumentView } from './document.js';
import type { MentionIndex } from './mention-index.js';
import type { Mention } from './mention-types.js';
import { classifyQuoted, mentionFromTokens, personMention } from './mention-build.js';
import { arabicChainForward, arabicPersonBackward, arabicPersonForward, chainIsGeneric, quotedNameAt, type NameContext } from './names.js';

const KUNYA_NEXT_DEFINITE = 2;
/** Organisation heads whose name may be a person's name («جامعة عبدو موموني»). */
const PERSON_NAMED_ORGS = new Set(['جامعه', 'مؤسسه', 'مستشفي', 'ثانويه', 'مدرسه']);

/**
 * «شبكة لتهريب الوقود» 'a network for smuggling fuel', «خلية لتجنيد …»: «لـ» ('for') on a verbal
 * noun of the تفعيل pattern states what an unnamed group is for; it is not the group's name.
 */
function statesPurpose(word: string): boolean {
  const noun = word.startsWith('للت') ? word.slice(3) : word.startsWith('لت') ? word.slice(2) : '';
  return noun.length >= 3;
}

/** Person run after a kunya head: «أبو» + up to three words, the first may be definite («أبو الفضل»). */
export function kunyaForward(ctx: NameContext, i: number): number {
  const end = arabicPersonForward(ctx, i, 4);
  return end - i >= KUNYA_NEXT_DEFINITE ? end : i;
}

function isKunyaHead(ctx: NameContext, i: number): { offset: number } | undefined {
  const token = ctx.doc.tokens[i];
  if (!token?.arabic) return undefined;
  for (const reading of token.readings) {
    if (ctx.cues.kunyaHeads.has(reading)) return { offset: token.text.length - reading.length };
  }
  return undefined;
}

/** Words between an alias cue and the alias: time adverbs («بات يعرف منذ 2022 باسم»). */
const ALIAS_FILLERS = new Set(['منذ', 'عام', 'سنه', 'سابقا', 'حاليا', 'ايضا', 'كذلك', 'اليوم', 'الان', 'اصلا']);
/** Naming nouns between a cue and the alias («المعروف بكنيته», «يعرف باسم»), with or without ب. */
const NAMING_NOUNS = new Set(['اسم', 'باسم', 'كنيه', 'بكنيه', 'كنيته', 'بكنيته', 'لقب', 'بلقب', 'لقبه', 'بلقبه', 'الاسم', 'بالاسم', 'الكنيه', 'بالكنيه', 'اللقب', 'باللقب', 'الحركي', 'الحقيقي']);
/** Relative pronouns between a name and the alias cue that renames it («X، الذي يعرف بـ»). */
const RELATIVES = new Set(['الذي', 'التي', 'والذي', 'والتي']);

/** The alias named after an alias cue: quoted, a kunya, or a person run. */
function aliasAfter(index: MentionIndex, ctx: NameContext, hit: CueHit<true>): Mention | undefined {
  const { doc } = ctx;
  let k = hit.next;
  let skip = hit.skipChars;
  for (let n = 0; n < 5; n++) {
    const token = doc.tokens[k];
    if (!token || token.kind !== 'word') break;
    const word = token.text.slice(skip);
    if (!(ALIAS_FILLERS.has(word) || /^\d+$/.test(word) || NAMING_NOUNS.has(word) || NAMING_NOUNS.has(token.text))) break;
    k++;
    skip = 0;
  }
  if (doc.tokens[k]?.text === 'ب') k++;
  if (skip === 0 && isQuote(doc, k)) {
    const quoted = quotedNameAt(ctx, k);
    if (!quoted) return undefined;
    return mentionFromTokens(doc, quoted.first, quoted.last, { type: 'threat-actor', kind: 'individual', origin: 'alias' });
  }
  if (skip === 0 && isPunct(doc, k, ':')) k++;
  const ownCtx = { ...ctx, blocked: new Uint8Array(ctx.blocked.length) };
  const end = arabicPersonForward(ownCtx, k, 4);
  if (end <= k) return undefined;
  return mentionFromTokens(doc, k, end, { type: 'threat-actor', kind: 'individual', origin: 'alias', leadChars: skip });
}

/**
 * The entity an alias cue at token i renames: a mention just before it (past a
 * comma, a closing quote or a relative pronoun), or a person run; when the cue
 * is joined by «و» («… زعيم الجماعة، والملقب بـ») or nothing is named right
 * before it, the person named last in the sentence.
 */
function aliasOwner(index: MentionIndex, ctx: NameContext, i: number): Mention | undefined {
  const { doc } = ctx;
  let end = i;
  if (RELATIVES.has(doc.tokens[end - 1]?.text ?? '')) end--;
  if (isPunct(doc, end - 1, ',(')) end--;
  if (isQuote(doc, end - 1)) end--;
  // «… في الجزر الشمالية للبحيرة والملقب بـ»: a cue joined by «و» renames the person the clause is about.
  const joined = doc.tokens[i]!.text.startsWith('و');
  const existing = index.endingBefore(end);
  if (existing && existing.type !== 'location' && !joined) return existing.aliasOf ?? existing;
  const start = joined ? end : arabicPersonBackward(ctx, end);
  if (end - start >= 2) return personMention(doc, start, end, undefined);
  return index.personBefore(i);
}

const isDefiniteWord = (text: string): boolean => text.startsWith('ال') || text.startsWith('بال') || text.startsWith('لل') || text.startsWith('وال');

/** A comma within `reach` tokens after k, with only Arabic words before it (a complement), or -1. */
function commaAfterComplement(ctx: NameContext, k: number, reach: number): number {
  const { doc } = ctx;
  for (let c = k; c < k + reach; c++) {
    const token = doc.tokens[c];
    if (!token) return -1;
    if (token.kind === 'punct') return token.text === ',' ? c : -1;
    if (!token.arabic || ctx.cues.stopwords.has(token.text)) return -1;
  }
  return -1;
}

/**
 * A title and the person it names: «العقيد X»; with the title's complement
 * skipped: «الخبير الأمني X», «الباحث في الشؤون الأمنية X», «رئيس بلدية بوسو، X»,
 * «الخبير في شؤون …، الدكتور X» (a second title after the comma).
 */
function titleRule(index: MentionIndex, ctx: NameContext, hit: CueHit<unknown>, role: Mention['role']): void {
  const { doc } = ctx;
  // Definite complements: «الخبير الأمني», «وزير الخارجية الجزائري».
  let k = hit.next;
  for (let n = 0; n < 3; n++) {
    const token = doc.tokens[k];
    if (!token?.arabic) break;
    if ((isDefiniteWord(token.text) || index.blocked[k]) && !ctx.cues.stopwords.has(token.text)) k++;
    else break;
  }
  const nameAt = (at: number): number => arabicPersonForward(ctx, at);
  if (nameAt(k) - k < 2) {
    const token = doc.tokens[k];
    if (token?.text === 'في' || token?.text === 'ب' || token?.text === 'لدي') {
      // «الباحث في الشؤون الأمنية X» or «… في شؤون حوض بحيرة تشاد، X».
      const comma = commaAfterComplement(ctx, k + 1, 6);
      let after = k + 1;
      while (after < k + 5 && doc.tokens[after]?.arabic && (isDefiniteWord(doc.tokens[after]!.text) || index.blocked[after])) after++;
      let afterComma = comma + 1;
      const title = comma >= 0 ? cueAt(ctx.cues.personTitles, doc.tokens, afterComma) : undefined;
      if (title && title.skipChars === 0) afterComma = title.next;
      k = comma >= 0 && nameAt(afterComma) - afterComma >= 2 ? comma + 1 : after;
    } else if (isPunct(doc, k, ',')) {
      k++;
    } else {
      // «رئيس بلدية بوسو، X»: an indefinite complement up to a comma.
      const comma = commaAfterComplement(ctx, k, 6);
      if (comma >= 0) k = comma + 1;
    }
    // A second title after the comma: «…، الدكتور X».
    const second = cueAt(ctx.cues.personTitles, doc.tokens, k);
    if (second && second.skipChars === 0) k = second.next;
  }
  const end = nameAt(k);
  if (end - k < 2 || (index.overlaps(k, end) && !index.absorbAdjectives(k, end, false, false))) return;
  index.add(personMention(doc, k, end, role));
}

function appositionRule(index: MentionIndex, ctx: NameContext, comma: number, cues: CompiledCueTable): void {
  const { doc } = ctx;
  const after = comma + 1;
  const title = cueAt(cues.personTitles, doc.tokens, after);
  const leader = title ? undefined : cueAt(cues.leaderNouns, doc.tokens, after) ?? cueAt(cues.memberCues, doc.tokens, after);
  if (!title && !leader) return;
  if (index.endingBefore(comma)) return;
  const start = arabicPersonBackward(ctx, comma);
  if (comma - start < 2 || index.overlaps(start, comma)) return;
  index.add(personMention(doc, start, comma, title ? title.value : leader ? 'leader' : undefined));
}

/** Applies the Arabic cue rules to tokens [from, to) and adds what they find to the index. */
export function arabicCueMentions(index: MentionIndex, doc: DocumentView, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ctx = index.context(i);
    const cues = ctx.cues;
    const token = doc.tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === ',') appositionRule(index, ctx, i, cues);
      if (token.text === '"' && !index.overlaps(i + 1, i + 2)) {
        const quoted = quotedNameAt(ctx, i);
        if (quoted && !index.overlaps(quoted.first, quoted.last)) {
          const found = classifyQuoted(index, ctx, quoted.first, quoted.last);
          if (found) index.add(found);
        }
      }
      continue;
    }
    if (token.kind !== 'word' || index.blocked[i] || index.personBlocked[i]) continue;
    const cueish = mayStartCue(cues, token);
    if (!cueish && !isKunyaHead(ctx, i)) continue;

    const alias = cueAt(cues.aliasCues, doc.tokens, i);
    if (alias) {
      const aliasMention = aliasAfter(index, ctx, alias);
      const owner = aliasOwner(index, ctx, i);
      if (aliasMention && owner) {
        if (!index.mentions.includes(owner)) index.add(owner);
        aliasMention.aliasOf = owner;
        const existing = index.startingAt(index.firstToken(aliasMention));
        if (existing) existing.aliasOf = owner;
        else index.add(aliasMention);
      }
      continue;
    }

    const group = cueAt(cues.groupHeads, doc.tokens, i);
    if (group && group.skipChars === 0) {
      const next = group.next;
      if (isQuote(doc, next)) continue; // the quoted-name rule types it from this head
      const end = arabicChainForward(ctx, next);
      // «…"، وهو فصيل متمرد تأسس …»: after a pronoun copula an indefinite chain describes, it does not name.
      const afterCopula = ['وهو', 'وهي', 'هو', 'هي'].includes(doc.tokens[i - 1]?.text ?? '') && !doc.tokens.slice(next, end).some((t) => t.text.startsWith('ال'));
      const described = afterCopula || statesPurpose(doc.tokens[next]?.text ?? '');
      // Demonyms inside a group's name are often region words («الصحراوية» 'Saharan'): not kept as countries.
      if (end > next && !described && !chainIsGeneric(ctx, next, end) && (!index.overlaps(next, end) || index.absorbAdjectives(next, end, false, false))) {
        index.add(mentionFromTokens(doc, i, end, { type: 'threat-actor', kind: 'group', origin: 'group-cue', leadChars: group.leadChars, nameFirst: next }));
        i = end - 1;
      }
      continue;
    }

    const media = cueAt(cues.mediaHeads, doc.tokens, i);
    if (media) {
      let k = media.next;
      while (k < media.next + 2 && doc.tokens[k]?.text.startsWith('ال') && !isQuote(doc, k)) k++;
      if (isQuote(doc, k)) continue; // typed by the quoted-name rule
      // «موقع» is also 'site' («موقع الهجوم») and «شبكة» 'network': only quoted names follow them; «يومية»,
      // «أسبوعية» after a noun are adjectives ('daily', 'weekly': «حصيلة أسبوعية لوزارة …»).
      const prev = doc.tokens[i - 1];
      const adjective = ['يوميه', 'اسبوعيه'].includes(doc.tokens[i]!.text) && prev?.arabic === true && !ctx.cues.stopwords.has(prev.text) && !cueAt(ctx.cues.reportingVerbs, doc.tokens, i - 1);
      const strong = !adjective && !doc.tokens[i]!.readings.some((r) => ['موقع', 'الموقع', 'شبكه'].includes(r));
      const end = arabicChainForward(ctx, media.next, 4, false);
      if (strong && end > media.next && (!index.overlaps(media.next, end) || index.absorbAdjectives(media.next, end))) {
        // An outlet's head word is part of its name («صحيفة الخبر»).
        index.add(mentionFromTokens(doc, i, end, { type: 'identity', kind: 'organization', origin: 'media-cue', media: true, leadChars: media.leadChars }));
        i = end - 1;
      }
      continue;
    }

    const org = cueAt(cues.orgHeads, doc.tokens, i);
    // A quoted name that starts with an organisation head is the whole quote («"مجلس القيادة العسكرية لإنقاذ الجمهورية"»): left to the quoted-name rule.
    if (org && isQuote(doc, i - 1) && closingQuoteWithin(doc, i, 9)) continue;
    if (org) {
      let end = arabicChainForward(ctx, org.next, 7, false);
      let hasDefinite = doc.tokens.slice(org.next, end).some((t) => t.text.startsWith('ال') || t.text.startsWith('وال') || t.text.startsWith('لل'));
      // «جامعة عبدو موموني»: universities and foundations are often named after a person.
      if (!hasDefinite && PERSON_NAMED_ORGS.has(doc.tokens[i]!.readings[doc.tokens[i]!.readings.length - 1]!)) {
        const nameEnd = arabicPersonForward({ ...ctx, blocked: new Uint8Array(ctx.blocked.length) }, org.next, 3);
        if (nameEnd - org.next >= 2) { end = nameEnd; hasDefinite = true; }
      }
      // A place inside the name is part of it («مركز نيامي للأبحاث»).
      if (end > org.next && hasDefinite && (!index.overlaps(org.next, end) || index.absorbAdjectives(org.next, end, true))) {
        index.add(mentionFromTokens(doc, i, end, { type: 'identity', kind: 'organization', origin: 'org-cue', leadChars: org.leadChars }));
        i = end - 1;
      }
      continue;
    }

    const title = cueAt(cues.personTitles, doc.tokens, i);
    if (title) { titleRule(index, ctx, title, title.value); continue; }

    // «التي يقودها X», and «ويقودها X» (the pronoun on the verb is the group): the leader follows.
    const verb = cueAt(cues.leadVerbs, doc.tokens, i);
    const led = cueAt(cues.ledBy, doc.tokens, i) ?? (verb && /(ها|ه)$/.test(doc.tokens[verb.next - 1]!.text) ? verb : undefined);
    if (led) {
      const end = arabicPersonForward(ctx, led.next);
      if (end - led.next >= 2 && !index.overlaps(led.next, end)) index.add(personMention(doc, led.next, end, 'leader', led.skipChars));
      continue;
    }

    const kunya = isKunyaHead(ctx, i);
    if (kunya) {
      const end = kunyaForward(ctx, i);
      if (end > i && (!index.overlaps(i, end) || index.absorbAdjectives(i, end, false, false))) {
        index.add(mentionFromTokens(doc, i, end, { type: 'threat-actor', kind: 'individual', origin: 'kunya', leadChars: kunya.offset }));
        i = end - 1;
      }
    }
  }
}

/** True when a closing quote follows token i within `reach` words. */
function closingQuoteWithin(doc: DocumentView, i: number, reach: number): boolean {
  for (let k = i + 1; k <= i + reach; k++) {
    const token = doc.tokens[k];
    if (!token || token.kind === 'break') return false;
    if (isQuote(doc, k)) return true;
    if (token.kind === 'punct') return false;
  }
  return false;
}
