/**
 * Where a name starts and ends. Arabic has no capital letters, so Arabic names
 * are delimited by structure: construct-state chains after a head noun
 * («مركز الدراسات الإستراتيجية والدولية»), and person names as runs of words
 * that are neither function words nor cue words. French and English names are
 * runs of capitalised words with their usual connectors.
 */
import type { CompiledCueTable } from './cues.js';
import { cueAt, mayStartCue } from './cues.js';
import { isCapitalised, possessiveBefore, type DocumentView } from './document.js';

/** First parts of Arabic compound names; a definite word may follow them («عبد الملك», «سيف الله»). */
const ARABIC_COMPOUND_FIRST = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'ام', 'بن', 'ابن', 'بنت', 'ولد', 'سيف', 'نور', 'شمس', 'صلاح', 'عز', 'جمال', 'بدر', 'علاء', 'محيي', 'تاج', 'زين', 'سعد', 'شرف', 'ناصر', 'حسام', 'عماد', 'نصر', 'فخر', 'بهاء', 'ضياء', 'سراج', 'كمال', 'خير']);
/** Particles between the parts of a person's name («ولد», «بن»). */
const NAME_PARTICLES = new Set(['ولد', 'بن', 'ابن', 'بنت', 'اغ', 'ال', 'ولت']);
/** Given names written with the article (common in the Maghreb and the Sahel): «الهادي القلعي», «المختار ولد …». Normalised. */
const DEFINITE_GIVEN_NAMES = new Set(['الهادي', 'الامين', 'الطاهر', 'الحسن', 'الحسين', 'المختار', 'المهدي', 'الصادق', 'البشير', 'الطيب', 'الحبيب', 'المنصف', 'المولدي', 'الناصر', 'الجيلاني', 'العيد', 'المصطفي', 'الخضر', 'العباس', 'الزبير', 'الفاضل', 'الشاذلي', 'المنجي', 'الازهر', 'العربي', 'السعيد', 'الشريف', 'البخاري', 'الامام']);
/** Common nouns for people that may stand where a name is expected (normalised). */
const NOT_NAMES = new Set(['رجل', 'رجال', 'شخص', 'اشخاص', 'امراه', 'شاب', 'شبان', 'مسلح', 'مسلحين', 'مسلحون', 'عنصر', 'عناصر', 'مجهول', 'مجهولين', 'احد', 'قائد', 'زعيم']);
/** Definite words that end compound names. */
const ARABIC_COMPOUND_LAST = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'الحق', 'الاسلام', 'الاله']);
/** Days of the week (folded), which English capitalises. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
/** Particles inside Latin person names. */
const LATIN_PERSON_CONNECTORS = new Set(['al', 'el', 'ben', 'bin', 'ibn', 'ould', 'ag', 'abu', 'abou', 'de', 'del', 'van', 'von', 'da', 'dos', 'bint', 'ou']);
/** Articles after «and/et» that start a second name. */
const COORDINATED_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'des']);
/** Words inside Latin organisation names. */
const LATIN_ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'l', 'd', 'pour', 'et', 'sur', 'a', 'au', 'aux', 'en']);

export interface NameContext {
  readonly doc: DocumentView;
  readonly cues: CompiledCueTable;
  /** blocked[i] = 1 when token i is part of a known non-person name (adjectives excluded). */
  readonly blocked: Uint8Array;
  /** Tokens of adjective forms and of place names (see MentionIndex). */
  readonly adjectives?: Uint8Array;
  readonly places?: Uint8Array;
  readonly towns?: Uint8Array;
  /** Tokens of persons' names: organisation and group names end before them («la katiba Macina d'Amadou Koufa»). */
  readonly persons?: Uint8Array;
}

const isDefinite = (word: string): boolean => word.startsWith('ال') && word.length > 3;

/** True when token i is a word that may be part of an Arabic name. */
function arabicNameWord(ctx: NameContext, i: number): boolean {
  const token = ctx.doc.tokens[i];
  if (!token || token.kind !== 'word' || !token.arabic) return false;
  if (ctx.blocked[i]) return false;
  // After «بن», «أبو», «عبد» a word is a name even when it folds like a particle («علي»/«على»).
  const prev = ctx.doc.tokens[i - 1]?.text ?? '';
  if (ARABIC_COMPOUND_FIRST.has(prev) || NAME_PARTICLES.has(prev)) return !startsAnyCue(ctx, i);
  // «علي» written with a dotted yaa before another name is the given name, not the preposition «على».
  const word = token.text;
  if (word === 'علي' && ctx.doc.original[ctx.doc.norm.ends[token.end - 1]! - 1] === 'ي' && arabicNameLike(ctx, i + 1)) return true;
  // «وكان», «فقد»: a function word with a conjunction on it is still a function word.
  if (ctx.cues.stopwords.has(word) || ((word.startsWith('و') || word.startsWith('ف')) && ctx.cues.stopwords.has(word.slice(1))) || ctx.cues.genericAdjectives.has(word)) return false;
  return !startsAnyCue(ctx, i);
}

/** A word that can be part of a name (for the look-ahead above; no recursion into «علي»). */
function arabicNameLike(ctx: NameContext, i: number): boolean {
  const token = ctx.doc.tokens[i];
  return token !== undefined && token.kind === 'word' && token.arabic && !ctx.blocked[i] && !ctx.cues.stopwords.has(token.text) && !startsAnyCue(ctx, i);
}

function startsAnyCue(ctx: NameContext, i: number): boolean {
  const { cues, doc } = ctx;
  if (!mayStartCue(cues, doc.tokens[i])) return false;
  return cueAt(cues.nameStops, doc.tokens, i) !== undefined;
}

/** End (exclusive) of an Arabic person name starting at token i; i when there is none. */
export function arabicPersonForward(ctx: NameContext, i: number, max = 5): number {
  // «بقيادة رجل يلقبه …» ('led by a man …'): a common noun does not start a name.
  if (NOT_NAMES.has(ctx.doc.tokens[i]?.text ?? '')) return i;
  let j = i;
  while (j < i + max && arabicNameWord(ctx, j) && ctx.doc.tokens[j]!.text.length > 1) {
    const word = ctx.doc.tokens[j]!.text;
    if (isDefinite(word)) {
      const prev = j > i ? ctx.doc.tokens[j - 1]!.text : '';
      const next = ctx.doc.tokens[j + 1]?.text ?? '';
      // «عبد الملك», «سيف الله», «أغ الطاهر», a nisba («الطرابلسي»), «محمد الأمين ولد …», «الهادي أغ …».
      const allowed = ARABIC_COMPOUND_FIRST.has(prev) || NAME_PARTICLES.has(prev) || ARABIC_COMPOUND_LAST.has(word) || (j - i >= 1 && word.endsWith('ي') && word.length >= 6)
        || (j - i <= 1 && NAME_PARTICLES.has(next)) || (j === i && DEFINITE_GIVEN_NAMES.has(word) && arabicNameLike(ctx, j + 1));
      if (!allowed) break;
    }
    j++;
  }
  // A compound first part cannot end a name («عبد» alone).
  while (j > i && ARABIC_COMPOUND_FIRST.has(ctx.doc.tokens[j - 1]!.text) && j - i > 1) j--;
  return j;
}

/** Start of an Arabic person name ending just before token `end`; `end` when there is none. */
export function arabicPersonBackward(ctx: NameContext, end: number, max = 5): number {
  let i = end;
  while (i > end - max && i - 1 >= 0 && arabicNameWord(ctx, i - 1)) {
    const word = ctx.doc.tokens[i - 1]!.text;
    if (isDefinite(word)) {
      const prev = ctx.doc.tokens[i - 2]?.text ?? '';
      const next = i < end ? ctx.doc.tokens[i]!.text : '';
      // «أغ الطاهر», «ولد الشيخ»; «الأمين ولد …», «الهادي أغ …»; a final nisba («محمد الأنصاري»).
      const allowed = ARABIC_COMPOUND_FIRST.has(prev) || NAME_PARTICLES.has(prev) || ARABIC_COMPOUND_LAST.has(word) || NAME_PARTICLES.has(next)
        || (i === end && word.endsWith('ي') && word.length >= 6 && arabicNameWord(ctx, i - 2) && !isDefinite(prev));
      if (!allowed) break;
    }
    i--;
  }
  return i;
}

/**
 * End (exclusive) of an Arabic construct-state chain starting at token i: an
 * indefinite noun takes the next word as its complement; once a definite word
 * is reached only definite adjectives («الإستراتيجية», «والدولية») and «لل»
 * complements follow.
 */
export function arabicChainForward(ctx: NameContext, i: number, max = 6, stopAtDescriptors = true): number {
  let j = i;
  let definite = false;
  while (j < i + max) {
    const token = ctx.doc.tokens[j];
    if (!token || token.kind !== 'word' || !token.arabic) break;
    const word = token.text;
    // In an organisation's name, «حول السلم» and «بقضايا الإرهاب» are complements of the name.
    if (!stopAtDescriptors && definite && (word === 'حول' || (word.startsWith('ب') && !word.startsWith('بال') && word.length > 3)) && isDefinite(ctx.doc.tokens[j + 1]?.text ?? '')) {
      j += 2;
      continue;
    }
    if (ctx.cues.stopwords.has(word) || startsAnyCue(ctx, j) && j > i) break;
    // An imperfect verb («يتزعمها», «يقود») ends a name.
    if (word.startsWith('ي') && word.length >= 4 && j > i) break;
    if (j === i && ((stopAtDescriptors && ctx.cues.genericAdjectives.has(word)) || word.startsWith('ي') && word.length >= 4)) break;
    const bare = word.startsWith('و') && isDefinite(word.slice(1)) ? word.slice(1) : word;
    const wordDefinite = isDefinite(bare) || (bare.startsWith('لل') && bare.length > 4);
    if (definite && !wordDefinite) break;
    if (stopAtDescriptors && ctx.cues.genericAdjectives.has(word) && definite) break;
    definite = definite || wordDefinite;
    j++;
  }
  return j;
}

/** True when the chain [i, end) is only descriptors («جماعة مسلحة»). */
export function chainIsGeneric(ctx: NameContext, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (!ctx.cues.genericAdjectives.has(ctx.doc.tokens[k]!.text)) return false;
  return true;
}

function latinConnector(ctx: NameContext, i: number, connectors: ReadonlySet<string>): boolean {
  const token = ctx.doc.tokens[i];
  return token !== undefined && token.kind === 'word' && connectors.has(token.text) && !isCapitalised(ctx.doc, i);
}

function latinNameWord(ctx: NameContext, i: number, kind: 'person' | 'org' = 'person'): boolean {
  const token = ctx.doc.tokens[i];
  if (!token || token.kind !== 'word' || token.arabic) return false;
  // A demonym is not part of a person's name, except as a nisba after «al»/«el» ("Abou al-Bara al-Sahraoui").
  if (kind === 'person' && ctx.adjectives?.[i] && !['al', 'el'].includes(ctx.doc.tokens[i - 1]?.text ?? '')) return false;
  if (ctx.blocked[i] && !(kind === 'org' && ctx.places?.[i])) return false;
  if (kind === 'org' && ctx.persons?.[i]) return false;
  // "the Front Alpha on Monday", «lundi»: days are never part of a name.
  if (WEEKDAYS.has(token.text)) return false;
  return isCapitalised(ctx.doc, i) && !(ctx.cues.stopwords.has(token.text) && token.text.length <= 3 && !/\d/.test(token.text)) || /^\d+$/.test(token.text) && i > 0 && isCapitalised(ctx.doc, i - 1);
}

/** End (exclusive) of a run of capitalised words from token i, with connectors inside. */
export function latinNameForward(ctx: NameContext, i: number, kind: 'person' | 'org', max = 8): number {
  const connectors = kind === 'person' ? LATIN_PERSON_CONNECTORS : LATIN_ORG_CONNECTORS;
  if (!latinNameWord(ctx, i, kind) || (kind === 'org' && ctx.cues.memberPlurals.has(ctx.doc.tokens[i]!.text))) return i;
  let j = i + 1;
  while (j < i + max) {
    // "Front Beta's Sahel affiliate": a name ends at its possessive.
    if (possessiveBefore(ctx.doc, j)) break;
    if (latinNameWord(ctx, j, kind)) { j++; continue; }
    // Connectors count only when a capitalised word follows them; "and the", «et des» join two names, not one.
    const text = ctx.doc.tokens[j]?.text ?? '';
    if ((text === 'and' || text === 'et') && COORDINATED_ARTICLES.has(ctx.doc.tokens[j + 1]?.text ?? '')) break;
    let k = j;
    while (k < j + 2 && latinConnector(ctx, k, connectors)) k++;
    // "the Katiba Serma in Gao", «la katiba Serma à Gao»: the town is where the group is, not its name.
    if (kind === 'org' && ctx.towns?.[k] && TOWN_PREPOSITIONS.has(ctx.doc.tokens[j]!.text)) break;
    if (k > j && latinNameWord(ctx, k, kind)) { j = k + 1; continue; }
    break;
  }
  return j;
}

/** Prepositions that put a town after a name rather than in it (token texts: «à» is folded to «a»). */
export const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'a', 'au', 'dans']);

/** Start of a run of capitalised words ending just before token `end`. */
export function latinNameBackward(ctx: NameContext, end: number, kind: 'person' | 'org', max = 8): number {
  const connectors = kind === 'person' ? LATIN_PERSON_CONNECTORS : LATIN_ORG_CONNECTORS;
  let i = end;
  while (i > end - max) {
    if (i - 1 >= 0 && latinNameWord(ctx, i - 1, kind)) { i--; continue; }
    let k = i;
    while (k > i - 2 && k - 1 >= 0 && latinConnector(ctx, k - 1, connectors)) k--;
    if (k < i && k - 1 >= 0 && latinNameWord(ctx, k - 1, kind) && i < end && !(kind === 'org' && ctx.cues.memberPlurals.has(ctx.doc.tokens[k - 1]!.text))) { i = k - 1; continue; }
    break;
  }
  return i;
}

/** The token range of a quoted name starting at the opening quote token q: [first, last) and the closing quote. */
export function quotedNameAt(ctx: NameContext, q: number, maxWords = 6): { first: number; last: number; close: number } | undefined {
  const tokens = ctx.doc.tokens;
  if (tokens[q]?.kind !== 'punct' || tokens[q]!.text !== '"') return undefined;
  let k = q + 1;
  while (k < tokens.length && k <= q + maxWords + 1) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && token.text === '"') return k > q + 1 ? { first: q + 1, last: k, close: k } : undefined;
    if (token.kind !== 'word' && !(token.kind === 'punct' && '-.&\''.includes(token.text))) return undefined;
    k++;
  }
  return undefined;
}
