/**
 * Aliases given by a naming phrase that no cue list spells out. After a
 * person's name, within the same clause, a naming word («appeler», "name",
 * "kunya", «لقب», «اسم», «يعرف»…) followed closely by a quoted name or a kunya
 * renames the person:
 *   "X, who goes by the name Abu Aisha", "X, who uses the kunya Abu Khadija",
 *   «X, que ses combattants appellent « Tonton »», «X, appelé aussi « Petit Koufa »»,
 *   «X، المعروف بين مقاتليه بلقب «أبو شنب»», «X، واسمه الحركي «أبو دجانة»».
 * The cue tables cover the fixed phrasings; this pass covers the words in
 * between that vary from one writer to the next.
 */
import { isQuote, type DocumentView } from './document.js';
import { mentionFromTokens, personMention } from './mention-build.js';
import type { MentionIndex } from './mention-index.js';
import { withoutOpeningVerb } from './mention-leaders.js';
import type { Mention } from './mention-types.js';
import { arabicPersonBackward, arabicPersonForward, latinNameBackward, latinNameForward, quotedNameAt } from './names.js';

/** Stems of naming words, on normalised tokens (Arabic proclitics and French elisions included). */
const NAMING = /^(appel|surnom|nomm|connu|baptis|known|call|name|nick|dub|kunya|alias|لقب|بلقب|ولقبه|كني|بكني|وكنيته|اسم|واسم|باسم|يعرف|المعروف|يلقب|الملقب|المكني|يكني|يدعي|يسمي|تسمي|يطلق|يلقبونه|يسمونه|ينادونه)/;
/** How far after the name the naming word may be, and how far after it the alias. */
const NAMING_REACH = 8;
const ALIAS_REACH = 4;

/** The alias after a naming word: a quoted name, or a kunya («أبو …», "Abu …"). */
function aliasAfter(doc: DocumentView, index: MentionIndex, naming: number): Mention | undefined {
  const ctx = index.context(naming);
  for (let k = naming + 1; k <= naming + ALIAS_REACH; k++) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== doc.tokens[naming]!.sentence) return undefined;
    if (isQuote(doc, k)) {
      const quoted = quotedNameAt(ctx, k);
      return quoted ? mentionFromTokens(doc, quoted.first, quoted.last, { type: 'threat-actor', kind: 'individual', origin: 'alias' }) : undefined;
    }
    if (token.kind !== 'word') return undefined;
    const kunya = token.readings.find((r) => ctx.cues.kunyaHeads.has(r));
    if (kunya) {
      const free = { ...ctx, blocked: new Uint8Array(ctx.blocked.length) };
      const end = token.arabic ? arabicPersonForward(free, k, 4) : latinNameForward(free, k, 'person', 4);
      const lead = token.text.length - kunya.length;
      return end > k + 1 ? mentionFromTokens(doc, k, end, { type: 'threat-actor', kind: 'individual', origin: 'alias', leadChars: lead }) : undefined;
    }
  }
  return undefined;
}

/**
 * The person a naming word at j renames: the person mention or the name run
 * before it in the clause — right before it, or before one comma and a
 * relative or object pronoun ("X, who goes by", «X, que ses combattants appellent»).
 */
function ownerBefore(doc: DocumentView, index: MentionIndex, j: number): Mention | undefined {
  const sentence = doc.tokens[j]!.sentence;
  let commas = 0;
  for (let k = j; k > j - NAMING_REACH && k > 0; k--) {
    const before = doc.tokens[k - 1]!;
    if (before.sentence !== sentence) return undefined;
    const m = index.endingBefore(k);
    if (m) return m.kind === 'individual' ? m.aliasOf ?? m : undefined;
    if (before.kind === 'punct') {
      if (before.text !== ',' || ++commas > 1) return undefined;
      return newPersonBefore(doc, index, k - 1);
    }
  }
  return undefined;
}

/** A person's name of two words or more ending just before token `end`, not yet a mention. */
function newPersonBefore(doc: DocumentView, index: MentionIndex, end: number): Mention | undefined {
  const existing = index.endingBefore(end);
  if (existing) return existing.kind === 'individual' ? existing.aliasOf ?? existing : undefined;
  const ctx = index.context(end - 1);
  const start = withoutOpeningVerb(doc, doc.tokens[end - 1]?.arabic ? arabicPersonBackward(ctx, end, 4) : latinNameBackward(ctx, end, 'person', 4), end);
  if (end - start < 2 || index.overlaps(start, end)) return undefined;
  const person = personMention(doc, start, end, undefined);
  index.add(person);
  return person;
}

export function namingAliases(doc: DocumentView, index: MentionIndex): void {
  for (let j = 1; j < doc.tokens.length; j++) {
    const token = doc.tokens[j]!;
    if (token.kind !== 'word' || !NAMING.test(token.text)) continue;
    const alias = aliasAfter(doc, index, j);
    if (!alias) continue;
    const first = index.firstToken(alias);
    const existing = index.startingAt(first);
    // Already someone's alias, or a listed name of something else: not renamed here.
    if (existing && (existing.aliasOf || existing.kind !== 'individual')) continue;
    if (!existing && index.overlaps(first, index.lastToken(alias))) continue;
    const owner = ownerBefore(doc, index, j);
    if (!owner || owner === existing) continue;
    if (existing) { existing.aliasOf = owner; existing.aliasBasis = 'cue'; continue; }
    alias.aliasOf = owner;
    alias.aliasBasis = 'cue';
    index.add(alias);
  }
}
