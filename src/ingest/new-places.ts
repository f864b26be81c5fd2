/**
 * Places nobody listed. A place is proposed only where the text says it is one:
 * - after a place noun: "the town of Niono", «بلدة مونغونو», "la passe de
 *   Salvador" (geographic nouns stay in the name: «وادي تلمسي», "plateau du
 *   Djado"; administrative and settlement nouns do not), or before one in
 *   English ("the Tin Alkoum crossing");
 * - with a toponym prefix of the region after a place preposition: "In Khalil",
 *   "Tin Alkoum", «تين ألكوم», "à Oum el-Araneb";
 * - after a distance or a direction: "90 kilomètres au nord de Séguédine";
 * - with a place apposition: "à Bankilaré, à une trentaine de kilomètres de
 *   Téra", "à Oum el-Araneb, en Libye";
 * A STIX location needs a country: that of the nearest listed place in the
 * sentence, else the country the document names most; without one the place is
 * not proposed.
 */
import { cueAt, latinWords } from './cues.js';
import { cuesAt, isCapitalised, isPunct, type DocumentView } from './document.js';
import type { Matcher } from './matcher.js';
import type { MentionIndex } from './mention-index.js';
import { mentionFromTokens } from './mention-build.js';
import type { Mention } from './mention-types.js';
import { latinNameForward } from './names.js';
import { normalisedWords as words } from './normalise.js';

const REGION_HEADS = words(['region', 'province', 'wilaya', 'ولاية', 'منطقة', 'إقليم', 'محافظة', 'state', 'district', 'cercle', 'zone']);
/** Geographic nouns that are part of a place's name. */
export const NAME_HEADS = words(['غابة', 'غابات', 'forêt', 'forest', 'وادي', 'بحيرة', 'جبل', 'جبال', 'هضبة', 'سلسلة', 'passe', 'plateau', 'vallée', 'lac', 'massif', 'mont', 'monts', 'valley', 'pass', 'lake', 'mountains', 'mount', 'oasis']);
/** First words of Saharan and Sahelian place names (Tin Zaouaten, In Khalil, Aïn Salah, Bordj Badji Mokhtar, Hassi Messaoud…). */
const TOPONYM_PREFIXES = words(['tin', 'in', 'ain', 'bordj', 'bir', 'hassi', 'oum', 'umm', 'ras', 'djebel', 'jebel', 'oued', 'wadi', 'تين', 'عين', 'إن', 'برج', 'بئر', 'بير', 'حاسي', 'أم', 'رأس', 'ذراع', 'تيغ']);
/** Prefixes that are also given names or kunyas: a place only after a place preposition. */
const WEAK_PREFIXES = words(['oum', 'umm', 'أم', 'ras']);
const PLACE_PREPOSITIONS = words(['à', 'a', 'au', 'in', 'at', 'near', 'from', 'to', 'de', 'd', 'vers', 'toward', 'towards', 'between', 'entre', 'and', 'et', 'في', 'قرب', 'من', 'إلى', 'نحو']);
/** English nouns after a place name: "the Tin Alkoum crossing". */
const POSTPOSITIVE_HEADS = words(['crossing', 'border crossing', 'oasis', 'valley', 'plateau', 'pass', 'checkpoint', 'camp']);
const DISTANCE_UNITS = words(['km', 'kilometres', 'kilomètres', 'kilometers', 'miles', 'كيلومترا', 'كيلومتر', 'كلم']);
const DEFINITE_ARTICLES = latinWords((t) => t.definiteArticles);

interface CountryContext {
  /** The country of the listed place nearest to token i in its sentence, else the document's. */
  near(i: number): string | undefined;
}

function countryContext(doc: DocumentView, index: MentionIndex, matcher: Matcher): CountryContext {
  const countryOf = (m: Mention): string | undefined => {
    const entity = m.known !== undefined ? matcher.entities[m.known] : undefined;
    return entity?.type === 'location' ? entity.gazetteer?.country ?? (typeof entity.object?.country === 'string' ? entity.object.country : undefined) : undefined;
  };
  const counts = new Map<string, number>();
  const placed: { token: number; sentence: number; country: string }[] = [];
  for (const m of index.mentions) {
    const c = countryOf(m);
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    const token = doc.tokenAt[m.start]!;
    placed.push({ token, sentence: doc.tokens[token]!.sentence, country: c });
  }
  const documentCountry = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    near: (i) => {
      const sentence = doc.tokens[i]!.sentence;
      let best: { distance: number; country: string } | undefined;
      for (const p of placed) {
        if (p.sentence !== sentence) continue;
        const distance = Math.abs(p.token - i);
        if (!best || distance < best.distance) best = { distance, country: p.country };
      }
      return best?.country ?? documentCountry;
    },
  };
}

/** Adjectives that follow an Arabic place noun (normalised): «قرية قريبة», «بلدة حدودية». */
const PLACE_NOUN_ADJECTIVES = words(['قريبة', 'قريب', 'بعيدة', 'بعيد', 'مجاورة', 'مجاور', 'نائية', 'ناء', 'صغيرة', 'صغير', 'كبيرة', 'كبير', 'معزولة', 'معزول', 'واقعة', 'تابعة', 'محاذية', 'جديدة', 'مهجورة', 'آمنة', 'مأهولة', 'أخرى', 'ثانية', 'واحدة']);

/** End of an Arabic place name from token k: one word, or a toponym prefix and up to two more. */
function arabicPlaceEnd(doc: DocumentView, index: MentionIndex, k: number): number {
  const cues = cuesAt(doc, k);
  const usable = (j: number): boolean => {
    const token = doc.tokens[j];
    return token !== undefined && token.arabic && !cues.stopwords.has(token.text) && !index.overlaps(j, j + 1) && !cueAt(cues.directions, doc.tokens, j) && !cueAt(cues.nameStops, doc.tokens, j);
  };
  const word = doc.tokens[k]?.text ?? '';
  // «قرية للرعاة» ('a village of herders'), «قرية قريبة» ('a nearby village'): a complement or an adjective, not a name.
  if (!usable(k) || word.startsWith('ال') || (doc.tokens[k]!.readings.some((r) => r !== word && r.startsWith('ال'))) || PLACE_NOUN_ADJECTIVES.has(word) || word.endsWith('يه')) return k;
  if (!TOPONYM_PREFIXES.has(doc.tokens[k]!.readings.at(-1)!)) return k + 1;
  let end = k + 1;
  while (end < k + 3 && usable(end)) end++;
  return end;
}

export function newPlaces(doc: DocumentView, index: MentionIndex, matcher: Matcher): void {
  const countries = countryContext(doc, index, matcher);
  const add = (first: number, last: number, kind: string, at: number, country?: string): boolean => {
    if (last <= first || index.overlaps(first, last)) return false;
    const c = country ?? countries.near(at);
    if (!c) return false;
    const place = mentionFromTokens(doc, first, last, { type: 'location', kind, origin: 'derived' });
    place.country = c;
    index.add(place);
    return true;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word') continue;
    const cues = cuesAt(doc, i);
    const ctx = index.context(i);
    const latinRun = (k: number): number => latinNameForward(ctx, k, 'person', 4);

    // After a place noun.
    const head = cueAt(cues.placeHeads, doc.tokens, i);
    if (head && head.skipChars === 0) {
      const nameFirst = DEFINITE_ARTICLES.has(doc.tokens[head.next]?.text ?? '') ? head.next + 1 : head.next;
      const end = cues.lang === 'ar' ? arabicPlaceEnd(doc, index, nameFirst) : latinNameForward(ctx, nameFirst, 'person', 3);
      const headWord = token.readings.at(-1)!;
      const kept = NAME_HEADS.has(headWord);
      if (end > nameFirst && add(kept ? i : nameFirst, end, REGION_HEADS.has(headWord) || kept ? 'region' : 'town', i)) {
        if (kept) { const m = index.startingAt(i)!; m.start += Math.min(head.leadChars, token.text.length - 1); m.nameStart = m.start; }
        i = end - 1;
        continue;
      }
    }
    if (cues.lang === 'ar') continue;
    if (!isCapitalised(doc, i) || index.overlaps(i, i + 1)) continue;
    const prev = doc.tokens[i - 1]?.text ?? '';
    const afterPlaceWord = PLACE_PREPOSITIONS.has(prev) || DEFINITE_ARTICLES.has(prev);
    // "In Khalil", "Tin Alkoum", "à Oum el-Araneb": a toponym prefix and a capitalised word.
    if (TOPONYM_PREFIXES.has(token.text) && isCapitalised(doc, i + 1) && (afterPlaceWord || !WEAK_PREFIXES.has(token.text)) && i > doc.sentences[token.sentence]!.first) {
      // (The prefix itself may fold like a function word: "In".)
      const end = latinRun(i + 1);
      if (end > i + 1 && add(i, end, 'town', i)) { i = end - 1; continue; }
    }
    // "the Tin Alkoum crossing".
    const end = latinRun(i);
    if (prev === 'the' && end > i && POSTPOSITIVE_HEADS.has(doc.tokens[end]?.text ?? '') && !isCapitalised(doc, end)) {
      if (add(i, end, 'town', i)) { i = end - 1; continue; }
    }
    // "90 kilomètres au nord de Séguédine", "north of X": after a distance or a direction.
    if (['de', 'd', 'of', 'from'].includes(prev) && end > i) {
      const before = doc.tokens[i - 2];
      const direction = before && (cueAt(cues.directions, doc.tokens, i - 2) || DISTANCE_UNITS.has(before.text));
      if (direction && add(i, end, 'town', i)) { i = end - 1; continue; }
    }
    // "à Bankilaré, à une trentaine de kilomètres de Téra", "à Oum el-Araneb, en Libye".
    if (afterPlaceWord && !DEFINITE_ARTICLES.has(prev) && end > i && isPunct(doc, end, ',')) {
      let located: string | undefined;
      const apposition = doc.tokens.slice(end + 1, end + 9);
      const near = apposition.findIndex((t) => t.kind === 'punct') ;
      const span = near < 0 ? apposition : apposition.slice(0, near);
      if (span.some((t) => DISTANCE_UNITS.has(t.text)) || ['en', 'au', 'in', 'aux'].includes(span[0]?.text ?? '')) {
        for (let k = end + 1; k < end + 1 + span.length; k++) {
          const m = index.startingAt(k);
          if (m?.type === 'location') { located = countries.near(k); break; }
        }
      }
      if (located && add(i, end, 'town', i, located)) { i = end - 1; continue; }
    }
  }
}
