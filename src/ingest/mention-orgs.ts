/**
 * Organisation and group names the head-word rules cut short or miss:
 * - a name followed by its acronym in brackets, whose words give the
 *   acronym's letters ("Civilian Joint Task Force (CJTF)", «Volontaires pour
 *   la défense de la patrie (VDP)», «Office central de répression du trafic
 *   illicite des stupéfiants (OCRTIS)»): the words are the name, whatever
 *   their case;
 * - a place name written before an organisation's name ("Sabha Security
 *   Directorate", "Lake Chad Research Network"): the place is part of it.
 */
import { compileWords, cueAt } from './cues.js';
import { cuesAt, isAllCaps, isCapitalised, isPunct, surfaceOf, type DocumentView } from './document.js';
import type { MentionIndex } from './mention-index.js';
import { mentionFromTokens } from './mention-build.js';

/** Words an acronym skips ("of", «de la»). */
const ACRONYM_CONNECTORS = new Set(['de', 'du', 'des', 'd', 'la', 'l', 'le', 'les', 'et', 'pour', 'en', 'au', 'aux', 'a', 'sur', 'contre', 'of', 'the', 'and', 'for', 'in', 'on', 'against']);

/** The first letter of a token as written, folded ("Défense" → "d"). */
const initialOf = (doc: DocumentView, k: number): string => doc.tokens[k]!.text[0] ?? '';

/**
 * Start of the words before the bracket at `open` whose initials spell
 * `letters` (every content word gives one letter, connectors none), or -1.
 */
function acronymStart(doc: DocumentView, open: number, letters: string): number {
  let p = letters.length - 1;
  const sentenceFirst = doc.sentences[doc.tokens[open]!.sentence]!.first;
  for (let k = open - 1; k >= Math.max(sentenceFirst, open - 16); k--) {
    const token = doc.tokens[k]!;
    if (token.kind !== 'word' || token.arabic) return -1;
    if (ACRONYM_CONNECTORS.has(token.text) && !isCapitalised(doc, k)) continue;
    if (initialOf(doc, k) !== letters[p]) return -1;
    p--;
    if (p < 0) return isCapitalised(doc, k) ? k : -1;
  }
  return -1;
}

/** Names spelled out before their acronym in brackets become organisation (or group) mentions. */
export function acronymNames(doc: DocumentView, index: MentionIndex): void {
  for (let open = 1; open + 2 < doc.tokens.length; open++) {
    if (!isPunct(doc, open, '(') || !isPunct(doc, open + 2, ')') || !isAllCaps(doc, open + 1)) continue;
    const letters = surfaceOf(doc, doc.tokens[open + 1]!.start, doc.tokens[open + 1]!.end).replace(/[^\p{L}]/gu, '').toLowerCase();
    if (letters.length < 2 || letters.length > 8) continue;
    const start = acronymStart(doc, open, [...letters].map((ch) => ch.normalize('NFD')[0]!).join(''));
    if (start < 0) continue;
    const existing = index.endingBefore(open);
    if (existing && index.firstToken(existing) <= start) continue;
    // Shorter names inside the spelled-out one (a place, a demonym, a cut organisation name) give way to it.
    const inside = index.mentions.filter((m) => index.firstToken(m) < open && index.lastToken(m) > start);
    if (inside.some((m) => index.firstToken(m) < start || index.lastToken(m) > open || m.kind === 'individual')) continue;
    for (const m of inside) {
      index.remove(m);
      if (m.type === 'location' && m.kind === 'country') index.components.push({ ...m, component: true });
    }
    const cues = cuesAt(doc, start);
    let group = false;
    for (let k = start; k < open; k++) if (cueAt(cues.groupHeads, doc.tokens, k) && !cues.orgMarkers.has(doc.tokens[k]!.text)) group = true;
    for (let k = start; k < open; k++) if (cues.orgMarkers.has(doc.tokens[k]!.text)) group = false;
    index.add(mentionFromTokens(doc, start, open, group
      ? { type: 'threat-actor', kind: 'group', origin: 'group-cue' }
      : { type: 'identity', kind: 'organization', origin: 'org-cue' }));
  }
}

/** "Sabha Security Directorate": a capitalised place name right before a new organisation's name joins it. */
export function placeLedNames(doc: DocumentView, index: MentionIndex): void {
  for (const m of [...index.mentions]) {
    if (m.known !== undefined || (m.origin !== 'org-cue' && m.origin !== 'group-cue')) continue;
    const first = index.firstToken(m);
    const place = index.endingBefore(first);
    if (!place || place.type !== 'location' || place.formKind !== 'name' || !isCapitalised(doc, index.firstToken(place))) continue;
    if (doc.tokens[first]!.start - doc.tokens[first - 1]!.end > 1) continue;
    index.remove(place);
    if (place.kind === 'country') index.components.push({ ...place, component: true });
    index.remove(m);
    m.start = place.start;
    m.nameStart = Math.min(m.nameStart, place.start);
    index.add(m);
  }
}

/** "8 Task Force Division": a number right before a new organisation's name belongs to it. */
export function trimOrganisationEdges(doc: DocumentView, index: MentionIndex): void {
  for (const m of [...index.mentions]) {
    if (m.known !== undefined || m.origin !== 'org-cue') continue;
    const first = index.firstToken(m);
    if (!(first > 0 && /^\d+$/.test(doc.tokens[first - 1]!.text) && !index.overlaps(first - 1, first))) continue;
    index.remove(m);
    m.start = m.nameStart = doc.tokens[first - 1]!.start;
    index.add(m);
  }
}

/** Lower-case ministry names: "the interior ministry", "Algeria's defence ministry" (the country stays its own mention). */
export function lowercaseMinistries(doc: DocumentView, index: MentionIndex): void {
  for (let k = 1; k < doc.tokens.length; k++) {
    if (doc.tokens[k]!.text !== 'ministry' || isCapitalised(doc, k) || index.overlaps(k, k + 1)) continue;
    const modifier = k - 1;
    const word = doc.tokens[modifier]!;
    if (word.kind !== 'word' || isCapitalised(doc, modifier) || cuesAt(doc, k).stopwords.has(word.text) || index.overlaps(modifier, k)) continue;
    const before = modifier - 1;
    const possessive = index.endingBefore(modifier)?.kind === 'country';
    if (!possessive && doc.tokens[before]?.text !== 'the') continue;
    index.add(mentionFromTokens(doc, modifier, k + 1, { type: 'identity', kind: 'organization', origin: 'org-cue' }));
  }
}

/** Corps named by a common noun: general staffs, border and coast guards («حراس الحدود», "border guards", «garde-frontières»). */
const CORPS = compileWords(['état-major général des armées', 'état-major des armées', 'état-major général', 'état-major de l\'armée', 'general staff of the armed forces', 'army general staff', 'defence headquarters', 'defense headquarters',
  'قيادة الأركان العامة للجيوش', 'قيادة الأركان العامة للجيش', 'هيئة الأركان العامة', 'رئاسة الأركان العامة', 'قيادة أركان الجيش', 'حراس الحدود', 'حرس الحدود', 'خفر السواحل', 'حراس السواحل', 'حرس السواحل', 'border guards', 'border guard', 'border police', 'coast guard', 'garde-frontières', 'gardes-frontières', 'garde-côtes', 'gardes-côtes']);

/** A corps named by a common noun is an organisation (the mention keeps a proclitic out: «وحراس الحدود»). */
export function corpsNames(doc: DocumentView, index: MentionIndex): void {
  for (let k = 0; k < doc.tokens.length; k++) {
    const hit = cueAt(CORPS, doc.tokens, k);
    if (!hit || index.overlaps(k, hit.next)) continue;
    index.add(mentionFromTokens(doc, k, hit.next, { type: 'identity', kind: 'organization', origin: 'org-cue', leadChars: hit.leadChars }));
    k = hit.next - 1;
  }
}
