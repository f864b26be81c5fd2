/**
 * Place mentions beyond the dictionary's exact names: the administrative words
 * around a listed place («ولاية», "région de", "State") left out of the mention,
 * regions and national forces derived from a compass word or a forces noun with
 * a country (new-places.ts finds places nobody listed).
 */
import { cueAt } from './cues.js';
import { cuesAt, type DocumentView } from './document.js';
import type { Matcher } from './matcher.js';
import type { MentionIndex } from './mention-index.js';
import { mentionFromTokens } from './mention-build.js';
import type { Mention } from './mention-types.js';

/**
 * «بمنطقة كيدال» → «كيدال», "région de Ménaka" → "Ménaka", "Lac province" →
 * "Lac": the mention is the name proper (the annotation rule, and what an
 * analyst searches for); the entity is still the administrative unit.
 */
export function trimAdministrativeWords(doc: DocumentView, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'location' || m.formKind !== 'name') continue;
    const first = doc.tokenAt[m.start]!;
    const last = doc.tokenAt[m.end - 1]! + 1;
    if (last - first < 2) continue;
    const cues = cuesAt(doc, first);
    const head = cueAt(cues.adminHeads, doc.tokens, first);
    if (head && head.next < last && head.skipChars === 0) {
      m.start = doc.tokens[head.next]!.start;
      m.nameStart = Math.max(m.nameStart, m.start);
      continue;
    }
    const tail = doc.tokens[last - 1]!;
    if (cues.adminSuffixes.has(tail.text)) {
      m.end = doc.tokens[last - 2]!.end;
      m.nameEnd = Math.min(m.nameEnd, m.end);
    }
  }
}

/**
 * Regions and national forces named by a compass word or a forces noun with a
 * country: «شمال مالي», «الجنوب الجزائري», "northern Mali", "nord du Niger",
 * «الجيش المالي», "l'armée burkinabè", "the Nigerian army". Only when the
 * dictionary did not already know the whole phrase.
 */
export function deriveRegionsAndForces(doc: DocumentView, index: MentionIndex, matcher: Matcher): void {
  const countryOf = (m: Mention): string | undefined => {
    const entity = m.known !== undefined ? matcher.entities[m.known] : undefined;
    const fromObject = typeof entity?.object?.country === 'string' ? entity.object.country : undefined;
    return entity?.gazetteer?.country ?? fromObject;
  };
  for (const place of [...index.mentions]) {
    if (place.type !== 'location' || place.known === undefined || !['country', 'region', 'admin1'].includes(place.kind)) continue;
    // A region inside one country («الجنوب الجزائري») is already directional.
    if (place.kind === 'region' && countryOf(place) !== undefined) continue;
    const first = index.firstToken(place);
    const last = index.lastToken(place);
    const cues = cuesAt(doc, first);
    const lang = cues.lang;
    // Compass word before: «شمال مالي», «الجنوب الجزائري», "northern Mali", "nord du Mali".
    let head = first - 1;
    if (lang === 'fr' && ['du', 'de', 'des', 'd', 'la', 'l'].includes(doc.tokens[head]?.text ?? '')) head--;
    if (lang === 'fr' && doc.tokens[head]?.text === 'de' && doc.tokens[head + 1]?.text === 'la') head--;
    if (lang === 'en' && doc.tokens[head]?.text === 'of') head--;
    const direction = head >= 0 ? cueAt(cues.directions, doc.tokens, head) : undefined;
    if (direction && direction.next >= head + 1 && doc.tokens[head]!.sentence === doc.tokens[first]!.sentence && !index.overlaps(head, head + 1)) {
      const region = mentionFromTokens(doc, head, last, { type: 'location', kind: 'region', origin: 'derived', leadChars: direction.leadChars });
      region.country = countryOf(place);
      // The phrase is the mention; the country inside it stays as a component («شمال مالي» also names Mali).
      index.remove(place);
      index.components.push({ ...place, component: true });
      index.add(region);
      continue;
    }
    // "Algeria's far south": a possessive country and a compass word after it (the possessive is in the original only).
    const possessed = lang === 'en' && place.kind === 'country' && place.formKind === 'name' && /^['’]s\b/.test(doc.original.slice(doc.norm.ends[place.end - 1]!, doc.norm.ends[place.end - 1]! + 3));
    const after = possessed ? cueAt(cues.directions, doc.tokens, last) : undefined;
    if (after && !index.overlaps(last, after.next)) {
      const region = mentionFromTokens(doc, first, after.next, { type: 'location', kind: 'region', origin: 'derived' });
      region.country = countryOf(place);
      index.remove(place);
      index.components.push({ ...place, component: true });
      index.add(region);
      continue;
    }
    // Forces noun with the country: «الجيش الجزائري» (noun first), "the Malian army" (adjective first).
    for (let back = 1; back <= 2; back++) {
      const at = first - back;
      const force = at >= 0 ? cueAt(cues.forceHeads, doc.tokens, at) : undefined;
      if (force && force.next === first && !index.overlaps(at, first)) {
        const org = mentionFromTokens(doc, at, last, { type: 'identity', kind: 'organization', origin: 'derived', leadChars: force.leadChars });
        org.country = countryOf(place);
        index.remove(place);
        index.components.push({ ...place, component: true });
        index.add(org);
        break;
      }
    }
    // "the Malian army", and "Chad's army" (the possessive is gone from the normalised text, not from the original).
    const possessive = lang === 'en' && place.kind === 'country' && /^['’]s\b/.test(doc.original.slice(doc.norm.ends[place.end - 1]!, doc.norm.ends[place.end - 1]! + 3));
    if (lang === 'en' && (place.formKind === 'adjective' || possessive)) {
      const force = cueAt(cues.forceHeads, doc.tokens, last);
      if (force && !index.overlaps(last, force.next)) {
        const org = mentionFromTokens(doc, first, force.next, { type: 'identity', kind: 'organization', origin: 'derived' });
        org.country = countryOf(place);
        index.remove(place);
        index.components.push({ ...place, component: true });
        index.add(org);
      }
    }
  }
}

