/**
 * Forms that are also ordinary words («مالي» 'financial', «الساحل» 'the
 * coast', "Chad") count only in context: after a place preposition or noun,
 * in a list with other places, in quotation marks, or when the same entity is
 * named unambiguously elsewhere in the document (one sense per discourse).
 */
import { cueAt } from './cues.js';
import { cuesAt, isQuote, type DocumentView } from './document.js';
import type { Mention } from './mention-types.js';
import { normaliseName } from './normalise.js';

/** Words after which a place name is a place whatever else it could mean (normalised when loaded). */
const PLACE_CONTEXT_WORDS: Record<string, readonly string[]> = {
  ar: ['مع', 'في', 'من', 'إلى', 'نحو', 'قرب', 'داخل', 'دول', 'دولة', 'بلد', 'بلاد', 'جمهورية', 'حدود', 'عاصمة', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'أراضي', 'مدينة', 'ولاية', 'منطقة', 'بين'],
  fr: ['au', 'en', 'du', 'de', 'vers', 'le', 'la', 'l', 'dans'],
  en: ['in', 'to', 'from', 'into', 'across', 'of', 'near', 'toward', 'towards', 'inside'],
};
const ACTOR_CONTEXT_WORDS: Record<string, readonly string[]> = {
  ar: ['تنظيم', 'جماعة', 'عناصر', 'مقاتلي', 'زعيم', 'أمير', 'قائد', 'فرع', 'قيادات'],
  fr: ['groupe', 'organisation', 'combattants', 'chef', 'émir', 'emir'],
  en: ['group', 'fighters', 'leader', 'emir', 'militants'],
};

/** Place nouns of natural features and crossings (normalised). */
const FEATURE_HEADS = new Set(['جزيرة', 'جزر', 'وادي', 'هضبة', 'واحة', 'معبر', 'île', 'îles', 'island', 'islands', 'valley', 'plateau', 'passe', 'vallée', 'oasis', 'axe', 'zone'].map(normaliseName));

const normaliseLists = (lists: Record<string, readonly string[]>): Record<string, readonly string[]> =>
  Object.fromEntries(Object.entries(lists).map(([lang, words]) => [lang, words.map(normaliseName)]));
const PLACE_CONTEXT = normaliseLists(PLACE_CONTEXT_WORDS);
const ACTOR_CONTEXT = normaliseLists(ACTOR_CONTEXT_WORDS);

function firstToken(doc: DocumentView, m: Mention): number {
  return doc.tokenAt[m.start]!;
}

function hasContext(doc: DocumentView, m: Mention): boolean {
  const first = firstToken(doc, m);
  const token = doc.tokens[first]!;
  const cues = cuesAt(doc, first);
  if (m.needsContext === 'strong') return first > 0 && cueAt(cues.placeHeads, doc.tokens, first - 1) !== undefined;
  // A preposition written on the word: «بمالي», «لمالي».
  const prefix = doc.norm.text.slice(token.start, m.start);
  if (m.type === 'location' && /[بلك]/.test(prefix)) return true;
  if (first > 0 && isQuote(doc, first - 1)) return true;
  // An actor named right after an allegiance, membership or leadership cue: «الموالية للقاعدة», "a member of al-Qaeda".
  if (m.type !== 'location') {
    for (let back = 1; back <= 3 && first - back >= 0; back++) {
      for (const list of [cues.affiliationCues, cues.memberCues, cues.leaderNouns, cues.ledBy]) {
        if (cueAt<unknown>(list, doc.tokens, first - back)?.next === first) return true;
      }
    }
  }
  const prev = doc.tokens[first - 1];
  if (!prev || prev.kind !== 'word') return false;
  const words = (m.type === 'location' ? PLACE_CONTEXT : ACTOR_CONTEXT)[cues.lang] ?? [];
  if (prev.readings.some((r) => words.includes(r))) return true;
  // Natural features («جزر البحيرة»: the islands of the lake) do not make a common word a place name.
  const head = cueAt(cues.placeHeads, doc.tokens, first - 1);
  if (m.type === 'location' && ((head && !FEATURE_HEADS.has(prev.readings.at(-1)!)) || cueAt(cues.directions, doc.tokens, first - 1))) return true;
  return false;
}

/** Mentions joined to `m` by list words only ("X, Y and Z"). */
function listNeighbours(doc: DocumentView, sorted: readonly Mention[], at: number): Mention[] {
  const m = sorted[at]!;
  const out: Mention[] = [];
  const cues = cuesAt(doc, firstToken(doc, m));
  const joinedBetween = (a: Mention, b: Mention): boolean => {
    const from = doc.tokenAt[a.end - 1]! + 1;
    const to = doc.tokenAt[b.start]!;
    if (to - from > 2) return false;
    for (let k = from; k < to; k++) if (!cues.listJoiners.has(doc.tokens[k]!.text)) return false;
    // «ومالي»: the joiner may be written on the word itself.
    return to - from > 0 || doc.norm.text.slice(doc.tokens[to]!.start, b.start).startsWith('و') || doc.norm.text.slice(doc.tokens[to]!.start, b.start) === '';
  };
  const prev = sorted[at - 1];
  const next = sorted[at + 1];
  if (prev && joinedBetween(prev, m)) out.push(prev);
  if (next && joinedBetween(m, next)) out.push(next);
  return out;
}

/** Currency words: "US dollars", «فرنك إفريقي», "dinars libyens" name money, not a place. */
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'dinar', 'dinars', 'franc', 'francs', 'pound', 'pounds', 'naira', 'cfa', 'livre', 'livres', 'ouguiya', 'ouguiyas',
  'دولار', 'دولارات', 'دينار', 'دنانير', 'فرنك', 'يورو', 'جنيه', 'اوقيه', 'نايرا'].map(normaliseName));
/** Language nouns: «باللغة الفرنسية», "in the French language", «en langue arabe» name a language, not a country. */
const LANGUAGE_WORDS = new Set(['لغة', 'اللغة', 'باللغة', 'بلغة', 'لهجة', 'باللهجة', 'langue', 'dialecte', 'language', 'dialect'].map(normaliseName));

/**
 * Mentions that are never places whatever the dictionary says: a country named
 * in a currency ("US dollars", «فرنك إفريقي») or a language («باللغة الفرنسية»),
 * and the adjective of a region or continent on its own ("Saharan", «إفريقي»;
 * the annotation rule: region adjectives do not name the region).
 */
function notPlaces(doc: DocumentView, m: Mention): boolean {
  if (m.type !== 'location') return false;
  if (m.formKind === 'adjective' && m.kind !== 'country') return true;
  const first = doc.tokenAt[m.start]!;
  const last = doc.tokenAt[m.end - 1]! + 1;
  const next = doc.tokens[last];
  const prev = doc.tokens[first - 1];
  if (next?.kind === 'word' && CURRENCY_WORDS.has(next.text)) return true;
  if (prev?.kind === 'word' && m.formKind === 'adjective' && (CURRENCY_WORDS.has(prev.text) || prev.readings.some((r) => LANGUAGE_WORDS.has(r)))) return true;
  return false;
}

/** Keeps unambiguous mentions and the ambiguous ones whose context supports them. */
export function applyContextRules(doc: DocumentView, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].filter((m) => !notPlaces(doc, m)).sort((a, b) => a.start - b.start);
  const accepted = new Set<Mention>(sorted.filter((m) => !m.needsContext));
  const knownAccepted = new Set<number>();
  for (const m of accepted) if (m.known !== undefined && m.formKind !== 'adjective') knownAccepted.add(m.known);
  let changed = true;
  while (changed) {
    changed = false;
    sorted.forEach((m, at) => {
      if (accepted.has(m)) return;
      // Adjective forms that are also common words («المالية» 'financial') never count alone.
      if (m.formKind === 'adjective') return;
      const ok = hasContext(doc, m)
        || (m.known !== undefined && knownAccepted.has(m.known))
        || (m.type === 'location' && listNeighbours(doc, sorted, at).some((n) => n.type === 'location' && accepted.has(n)));
      if (ok) {
        accepted.add(m);
        if (m.known !== undefined) knownAccepted.add(m.known);
        changed = true;
      }
    });
  }
  return sorted.filter((m) => accepted.has(m)).map((m) => {
    if (m.needsContext) delete m.needsContext;
    return m;
  });
}
