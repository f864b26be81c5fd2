/**
 * Arabic folding for matching (never for display). Each rule removes a
 * difference that writers make freely for the same word:
 * - short vowels, tanwin, shadda, sukun, superscript alef, Quranic marks and
 *   tatweel are dropped;
 * - hamza seats and wasla on alef (أ إ آ ٱ) become bare alef ا;
 * - alef maqsura ى and Farsi yeh ی become yeh ي; hamza on yeh ئ becomes ي and
 *   hamza on waw ؤ becomes و (writers drop the hamza seat as often as not);
 * - ta marbuta ة and heh ه fold to ه (final ة is often written ه);
 * - Maghrebi and Persian letters for sounds Arabic lacks fold to their nearest
 *   Arabic letter (ڤ→ف, ڨ→ق, گ→ك, ک→ك, پ→ب, چ→ج, ژ→ز);
 * - Arabic-Indic and Persian digits become ASCII digits;
 * - Arabic comma, semicolon, question mark and full stop become ASCII.
 */

/** Replacement for one Arabic-block code point; '' deletes it, undefined keeps it. */
const TABLE = new Map<number, string>();

function set(chars: string, to: string): void {
  for (const ch of chars) TABLE.set(ch.codePointAt(0)!, to);
}

// Marks: U+064B–U+065F harakat and tanwin, U+0670 superscript alef, U+06D6–U+06ED Quranic marks, tatweel.
for (let cp = 0x064b; cp <= 0x065f; cp++) TABLE.set(cp, '');
for (let cp = 0x06d6; cp <= 0x06ed; cp++) TABLE.set(cp, '');
TABLE.set(0x0670, '');
TABLE.set(0x0640, '');
set('أإآٱ', 'ا');
set('ىیۍې', 'ي');
set('ئ', 'ي');
set('ؤ', 'و');
set('ة', 'ه');
set('ۀ', 'ه');
set('ڤ', 'ف');
set('ڨ', 'ق');
set('گک', 'ك');
set('پ', 'ب');
set('چ', 'ج');
set('ژ', 'ز');
for (let d = 0; d <= 9; d++) {
  TABLE.set(0x0660 + d, String(d));
  TABLE.set(0x06f0 + d, String(d));
}
set('،', ',');
set('؛', ';');
set('؟', '?');
set('۔', '.');
set('٪', '%');

/** The folded form of an Arabic-block code point, or undefined when it stays as is. */
export function foldArabicCodePoint(cp: number): string | undefined {
  return TABLE.get(cp);
}

/** True for the Arabic letters that remain after folding (the matching alphabet). */
export function isArabicLetter(cp: number): boolean {
  return (cp >= 0x0621 && cp <= 0x063a) || (cp >= 0x0641 && cp <= 0x064a);
}

/** Letters of the folded Arabic alphabet, in a fixed order (used by the matcher's projection). */
export const FOLDED_ARABIC_LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Arabic presentation forms (ligatures, contextual glyphs) need NFKC before folding. */
export function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff && cp !== 0xfeff);
}
