/** Constructors for cue mentions and the typing of quoted names. */
import { cueAt } from './cues.js';
import { isPunct, type DocumentView } from './document.js';
import type { EntityType } from './known-entities.js';
import type { MentionIndex } from './mention-index.js';
import type { Mention, MentionOrigin } from './mention-types.js';
import type { NameContext } from './names.js';
import type { PersonRole } from './cue-types.js';

export interface MentionSpec {
  readonly type: EntityType;
  readonly kind: string;
  readonly origin: MentionOrigin;
  /** Characters of the first token before the mention (proclitics). */
  readonly leadChars?: number;
  /** First token of the name proper when the mention starts with a head word. */
  readonly nameFirst?: number;
  readonly role?: PersonRole;
  readonly media?: boolean;
}

/** A mention over tokens [first, last). */
export function mentionFromTokens(doc: DocumentView, first: number, last: number, spec: MentionSpec): Mention {
  const start = doc.tokens[first]!.start + Math.min(spec.leadChars ?? 0, doc.tokens[first]!.text.length - 1);
  const end = doc.tokens[last - 1]!.end;
  const nameStart = spec.nameFirst !== undefined ? doc.tokens[spec.nameFirst]!.start : start;
  return {
    start, end, nameStart, nameEnd: end,
    type: spec.type, kind: spec.kind, origin: spec.origin, formKind: 'name',
    ...(spec.role ? { role: spec.role } : {}),
    ...(spec.media ? { media: true } : {}),
  };
}

/** A person found by a cue; typed identity until relations show a threat actor. */
export function personMention(doc: DocumentView, first: number, last: number, role: PersonRole | undefined, leadChars = 0): Mention {
  const threat = role === 'leader' || role === 'member' || role === 'suspect';
  return mentionFromTokens(doc, first, last, { type: threat ? 'threat-actor' : 'identity', kind: 'individual', origin: 'person-cue', leadChars, ...(role ? { role } : {}) });
}

/** Kunya shape: the quoted name starts with «أبو» / "Abu". */
function isKunya(ctx: NameContext, first: number): boolean {
  const token = ctx.doc.tokens[first];
  return token !== undefined && token.readings.some((r) => ctx.cues.kunyaHeads.has(r));
}

/**
 * Types a quoted name from the words around it: a group head or group noun
 * before it («تنظيم »داعش«», "groups such as "X""), a media head («الموقع
 * الإلكتروني »…«»), a naming cue after a description («… باسم »دامس«» — typed
 * by the nearest head noun earlier in the sentence), or a group noun right
 * after it («وهو التنظيم»). Untyped quotes (slogans, speech) are not names.
 */
export function classifyQuoted(index: MentionIndex, ctx: NameContext, first: number, last: number): Mention | undefined {
  const { doc, cues } = ctx;
  const open = first - 1;
  const sentence = doc.sentences[doc.tokens[first]!.sentence]!;
  const make = (type: EntityType, kind: string, media = false): Mention =>
    mentionFromTokens(doc, first, last, { type, kind, origin: 'quoted', ...(media ? { media: true } : {}) });
  if (isKunya(ctx, first)) return make('threat-actor', 'individual');
  // The name carries its own head: «»سرية الفرقان الصحراوية«», "« Katiba Serma »".
  if (cueAt(cues.groupHeads, doc.tokens, first) && last - first >= 2) return make('threat-actor', 'group');

  // Heads right before the quote (up to two adjectives between: «الموقع الإلكتروني»).
  for (let back = 1; back <= 3; back++) {
    const at = open - back;
    if (at < sentence.first) break;
    if (cueAt(cues.mediaHeads, doc.tokens, at)?.next === open - back + 1 || cueAt(cues.mediaHeads, doc.tokens, at)?.next === open) {
      return make('identity', 'organization', true);
    }
    const group = cueAt(cues.groupHeads, doc.tokens, at) ?? cueAt(cues.groupNouns, doc.tokens, at);
    if (group && group.next >= open - 2) return make('threat-actor', 'group');
    const org = cueAt(cues.orgHeads, doc.tokens, at);
    if (org && org.next >= open) return make('identity', 'organization');
  }
  // "such as" lists after a plural group noun: «تنظيمات مسلحة مثل »…«».
  for (let at = open - 1; at >= Math.max(sentence.first, open - 4); at--) {
    if (cueAt(cues.groupNouns, doc.tokens, at)) return make('threat-actor', 'group');
  }
  // A naming cue: the type of the nearest head noun before it in the sentence.
  const naming = findNamingCueBefore(ctx, open, sentence.first);
  if (naming !== undefined) {
    for (let at = naming - 1; at >= sentence.first; at--) {
      if (cueAt(cues.mediaHeads, doc.tokens, at)) return make('identity', 'organization', true);
      if (cueAt(cues.groupHeads, doc.tokens, at) || cueAt(cues.groupNouns, doc.tokens, at) || cueAt(cues.groupAnaphora, doc.tokens, at)) return make('threat-actor', 'group');
      if (cueAt(cues.orgHeads, doc.tokens, at)) return make('identity', 'organization');
    }
  }
  // A group noun in apposition right after the closing quote: «»دامس« وهو التنظيم»; not a complement
  // governed by a preposition («»مصدر تمويل« للتنظيم»: a source of funding for the group).
  const close = last;
  for (let at = close + 1; at <= close + 4 && at < sentence.last; at++) {
    if (APPOSITION_PRONOUNS.has(doc.tokens[at]!.text) || (at === close + 1 && isPunct(doc, at, ',،'))) continue;
    const hit = cueAt(cues.groupAnaphora, doc.tokens, at) ?? cueAt(cues.groupHeads, doc.tokens, at);
    const governed = hit !== undefined && (/^[لب]/.test(doc.tokens[at]!.text.slice(0, hit.leadChars)) || doc.tokens[at]!.text.startsWith('لل'));
    if (hit && !governed) return make('threat-actor', 'group');
    break;
  }
  // The name carries an organisation head: «"مجلس القيادة العسكرية لإنقاذ الجمهورية"».
  if (cueAt(cues.orgHeads, doc.tokens, first) && last - first >= 2) return make('identity', 'organization');
  void index;
  return undefined;
}

/** Pronouns that put a noun in apposition after a name («وهو التنظيم», "which is the group"). */
const APPOSITION_PRONOUNS = new Set(['وهو', 'هو', 'وهي', 'هي', 'which', 'is', 'the', 'qui', 'est', 'le', 'la']);

function findNamingCueBefore(ctx: NameContext, open: number, floor: number): number | undefined {
  for (let at = open - 1; at >= Math.max(floor, open - 3); at--) {
    const hit = cueAt(ctx.cues.namingCues, ctx.doc.tokens, at);
    if (hit && hit.next >= open) return at;
  }
  return undefined;
}
