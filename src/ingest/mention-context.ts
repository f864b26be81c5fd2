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
  const prev = doc.tokens[first - 1];
  if (!prev || prev.kind !== 'word') return false;
  const words = (m.type === 'location' ? PLACE_CONTEXT : ACTOR_CONTEXT)[cues.lang] ?? [];
  if (prev.readings.some((r) => words.includes(r))) return true;
  if (m.type === 'location' && (cueAt(cues.placeHeads, doc.tokens, first - 1) || cueAt(cues.directions, doc.tokens, first - 1))) return true;
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

/** Keeps unambiguous mentions and the ambiguous ones whose context supports them. */
export function applyContextRules(doc: DocumentView, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
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
