/**
 * Arabic proclitics. Conjunctions (و، ف), prepositions (ب، ك، ل) and the
 * article are written attached to the next word, so «والجزائر», «بالجزائر»,
 * «للجزائر» and «فبوكو» all contain a name that starts inside the word. ل before
 * the article drops the article's alef: ل + الجزائر → «للجزائر».
 *
 * Enclitic pronouns are not stripped: a name followed by a pronoun is rare in
 * news prose, and stripping them would turn ordinary words into names.
 */

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const MIN_STEM = 2;

/**
 * True when `prefix` (the letters of a word before a matched name) is a valid
 * chain of proclitics: an optional conjunction then an optional preposition.
 * `nameStartsWithArticle`: the name begins with «ال»; ل cannot precede it
 * (that spelling is «لل», handled by `lamArticleVariant`).
 */
export function isProcliticPrefix(prefix: string, nameStartsWithArticle: boolean): boolean {
  if (prefix === '') return true;
  if (prefix.length > 2) return false;
  let rest = prefix;
  if (CONJUNCTIONS.includes(rest[0]!)) rest = rest.slice(1);
  if (rest === '') return true;
  if (rest.length !== 1 || !PREPOSITIONS.includes(rest)) return false;
  return !(nameStartsWithArticle && rest === 'ل');
}

/**
 * The spelling a definite name takes after the preposition ل: «الجزائر» →
 * «لجزائر» (found inside «للجزائر»). Undefined for names without the article.
 */
export function lamArticleVariant(normalisedName: string): string | undefined {
  return normalisedName.startsWith('ال') && normalisedName.length > 3 ? normalisedName.slice(1) : undefined;
}

/** True when the letters before a «لجزائر»-style match make it «للجزائر», «وللجزائر» or «فللجزائر». */
export function isLamArticlePrefix(prefix: string): boolean {
  return prefix === 'ل' || prefix === 'ول' || prefix === 'فل';
}

/**
 * Readings of one normalised Arabic word with its proclitics removed, the
 * word itself first: «وبالجزائر» → [«وبالجزائر», «بالجزائر», «الجزائر»].
 * Every reading is a guess («وزير» is not و + «زير»), so callers look each
 * one up and keep the readings that mean something.
 */
export function procliticReadings(word: string): string[] {
  const readings = [word];
  const addPrepositionReadings = (stem: string): void => {
    const first = stem[0];
    if (first === undefined || !PREPOSITIONS.includes(first) || stem.length - 1 < MIN_STEM + 1) return;
    if (first === 'ل' && stem[1] === 'ل') readings.push(`ا${stem.slice(1)}`);
    else readings.push(stem.slice(1));
  };
  addPrepositionReadings(word);
  if (CONJUNCTIONS.includes(word[0]!) && word.length - 1 >= MIN_STEM + 1) {
    const rest = word.slice(1);
    readings.push(rest);
    addPrepositionReadings(rest);
  }
  return [...new Set(readings)];
}
