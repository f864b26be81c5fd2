/**
 * All mentions of a document: dictionary hits (knowledge base and gazetteer),
 * then what the cue rules find around them, then derived regions and national
 * forces, and finally the context check for forms that are also common words.
 */
import { cueAt } from './cues.js';
import { cuesAt, isAllCaps, isCapitalised, isPunct, type DocumentView } from './document.js';
import { findNestedCountryHits, scanDictionary, type DictionaryHit } from './dictionary.js';
import { arabicCueMentions } from './cue-mentions-ar.js';
import { latinCueMentions } from './cue-mentions-latin.js';
import type { KnownEntity } from './known-entities.js';
import { lookupForm, type Matcher } from './matcher.js';
import { MentionIndex } from './mention-index.js';
import { mentionFromTokens } from './mention-build.js';
import type { Mention } from './mention-types.js';
import { applyContextRules } from './mention-context.js';
import { normaliseName } from './normalise.js';
import { leaderApposition, groupMemberAppositions, relativeLeaders, verbSubjectPersons } from './mention-leaders.js';
import { acronymNames, corpsNames, lowercaseMinistries, placeLedNames, trimOrganisationEdges } from './mention-orgs.js';
import { deriveRegionsAndForces, trimAdministrativeWords } from './mention-places.js';
import { namingAliases } from './naming-aliases.js';
import { NAME_HEADS, newPlaces } from './new-places.js';

const HAMZA_SEATS = /[أإآٱ]/;

function dictionaryMention(doc: DocumentView, matcher: Matcher, hit: DictionaryHit): Mention {
  const best = hit.refs[0]!;
  const entity = matcher.entities[best.entity]!;
  const alternatives = hit.refs.slice(1).filter((r) => r.kind === best.kind).map((r) => r.entity).filter((e) => e !== best.entity);
  let needsContext: boolean | 'strong' = hit.refs.every((r) => r.ambiguity === 'needs-context');
  // Folding hamza seats makes «إطار» ('framework') equal to «أطار» (Atar): a one-word
  // place name whose seats differ from every listed spelling needs a place context.
  const surface = doc.original.slice(doc.norm.starts[hit.start]!, doc.norm.ends[hit.end - 1]!);
  if (!needsContext && hit.pattern.arabic && !hit.pattern.norm.includes(' ') && entity.type === 'location' && ['city', 'town', 'admin1'].includes(entity.kind)) {
    const bare = surface.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    const listed = entity.forms.some((f) => f.written === bare);
    if (!listed && HAMZA_SEATS.test(bare + entity.forms.map((f) => f.written).join(''))) needsContext = 'strong';
  }
  return {
    start: hit.start, end: hit.end, nameStart: hit.start, nameEnd: hit.end,
    type: entity.type, kind: entity.kind, origin: 'dictionary', known: best.entity,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    formKind: best.kind,
    ...(needsContext ? { needsContext } : {}),
  };
}

const continuations = new WeakMap<KnownEntity, string[]>();

/** Normalised names of an entity that continue with «في …» after `prefix`. */
function continuesWithFi(entity: KnownEntity, prefix: string): boolean {
  let forms = continuations.get(entity);
  if (!forms) {
    forms = entity.forms.map((f) => normaliseName(f.written)).filter((f) => f.includes(' في '));
    continuations.set(entity, forms);
  }
  return forms.some((f) => f.startsWith(`${prefix} في `));
}

/**
 * A group name whose listed forms go on with «في <place>» («الدولة الإسلامية في
 * العراق والشام») absorbs the place phrase that follows it in the text, even when
 * the exact spelling is not listed; the place is part of the name there.
 */
function extendGroupNames(doc: DocumentView, matcher: Matcher, mentions: Mention[]): Mention[] {
  const byStart = new Map(mentions.map((m) => [doc.tokenAt[m.start]!, m]));
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== 'threat-actor' || m.known === undefined || dropped.has(m)) continue;
    const last = doc.tokenAt[m.end - 1]! + 1;
    if (doc.tokens[last]?.text !== 'في') continue;
    const prefix = doc.norm.text.slice(m.start, m.end);
    if (!continuesWithFi(matcher.entities[m.known]!, prefix)) continue;
    let k = last + 1;
    let place = byStart.get(k);
    if (!place && doc.tokens[k]?.text === 'بلاد') place = byStart.get(k + 1);
    if (!place || place.type !== 'location') continue;
    while (place) {
      dropped.add(place);
      m.end = place.end;
      m.nameEnd = place.end;
      k = doc.tokenAt[place.end - 1]! + 1;
      const next = byStart.get(k);
      place = next && next.type === 'location' && doc.tokens[k]!.text.startsWith('و') ? next : undefined;
    }
  }
  return mentions.filter((m) => !dropped.has(m));
}

/** «الساحل الإفريقي», "le Sahel africain": a place name followed by an adjective form of a place is one mention. */
function mergeQualifiedPlaces(doc: DocumentView, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'location' && prev.kind === 'region' && prev.formKind === 'name' && m.type === 'location' && m.formKind === 'adjective'
      && doc.tokenAt[m.start] === doc.tokenAt[prev.end - 1]! + 1 && !m.needsContext) {
      prev.end = m.end;
      prev.nameEnd = m.end;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** "(AQIM)", «(CSIS)»: an all-capitals word in brackets right after a mention is its alias. */
function bracketedAcronyms(doc: DocumentView, index: MentionIndex): void {
  const introduced = new Map<string, Mention>();
  for (const m of [...index.mentions]) {
    const after = index.lastToken(m);
    if (!isPunct(doc, after, '(') || !isPunct(doc, after + 2, ')') || !isAllCaps(doc, after + 1)) continue;
    const existing = index.startingAt(after + 1);
    if (existing) { if (existing.known === undefined || existing.known === m.known) { existing.aliasOf = m; existing.aliasBasis = 'acronym'; } continue; }
    const alias = mentionFromTokens(doc, after + 1, after + 2, { type: m.type, kind: m.kind, origin: 'alias' });
    alias.aliasOf = m;
    alias.aliasBasis = 'acronym';
    index.add(alias);
    if (m.known === undefined) introduced.set(doc.tokens[after + 1]!.text, m);
  }
  // "The CJTF, a militia …": later uses of an acronym the text introduced name the same entity.
  if (introduced.size === 0) return;
  for (const token of doc.tokens) {
    const owner = introduced.get(token.text);
    if (!owner || !isAllCaps(doc, token.index) || index.overlaps(token.index, token.index + 1)) continue;
    const later = mentionFromTokens(doc, token.index, token.index + 1, { type: owner.type, kind: owner.kind, origin: 'alias' });
    later.aliasOf = owner;
    later.aliasBasis = 'acronym';
    index.add(later);
  }
}

/**
 * «منطقة المغرب العربي», «أقصى الجنوب الجزائري»: when a listed place name starts
 * with a place noun or a compass intensifier and the rest is itself a name of
 * the same place, the mention is the rest (the name proper).
 */
function trimDescriptivePrefixes(doc: DocumentView, matcher: Matcher, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'location' || m.known === undefined) continue;
    const first = doc.tokenAt[m.start]!;
    const last = doc.tokenAt[m.end - 1]! + 1;
    if (last - first < 2) continue;
    const cues = cuesAt(doc, first);
    const head = cueAt(cues.placeHeads, doc.tokens, first) ?? cueAt(cues.directions, doc.tokens, first);
    if (!head || head.next >= last || head.skipChars > 0) continue;
    // Geographic nouns are part of the name («جبل الشعانبي», "lac Tchad"); administrative ones are not.
    if (head.next === first + 1 && NAME_HEADS.has(doc.tokens[first]!.text)) continue;
    const rest = doc.tokens[head.next]!.start;
    const ref = lookupForm(matcher, doc.norm.text.slice(rest, m.end))?.refs.find((r) => r.entity === m.known && r.kind === m.formKind);
    if (!ref) continue;
    m.start = rest;
    m.nameStart = rest;
  }
}

/**
 * «بجبل الشعانبي»: a geographic noun carrying a proclitic before a listed place
 * joins the mention when noun and name together are a listed form of the place
 * (the matcher reads proclitics on single words only).
 */
function absorbGeographicHeads(doc: DocumentView, matcher: Matcher, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'location' || m.known === undefined) continue;
    const first = doc.tokenAt[m.start]!;
    const before = doc.tokens[first - 1];
    if (!before || before.kind !== 'word' || m.start !== doc.tokens[first]!.start) continue;
    const head = before.readings.find((r) => r !== before.text && NAME_HEADS.has(r));
    if (!head) continue;
    const ref = lookupForm(matcher, `${head} ${doc.norm.text.slice(m.start, m.end)}`)?.refs.find((r) => r.entity === m.known);
    if (!ref) continue;
    m.start = before.start + (before.text.length - head.length);
    m.nameStart = m.start;
  }
}

/** A title that starts with an article: "L'Essor", "Le Républicain", "La Presse". */
const ARTICLE_TITLE = /^(l['’]|le |la |les )\p{Lu}/iu;

/**
 * "l'essor du jihadisme" is not the newspaper L'Essor: an organisation whose
 * listed name is an article and a capitalised word counts only where the text
 * capitalises that word too.
 */
function lowercaseTitleHit(doc: DocumentView, matcher: Matcher, hit: DictionaryHit): boolean {
  const entity = matcher.entities[hit.refs[0]!.entity]!;
  if (entity.type !== 'identity' || hit.pattern.arabic) return false;
  const surface = doc.original.slice(doc.norm.starts[hit.start]!, doc.norm.ends[hit.end - 1]!);
  const head = /^(l['’]|le |la |les )(.)/iu.exec(surface);
  if (!head) return false;
  const listed = entity.forms.some((f) => ARTICLE_TITLE.test(f.written) && f.written.toLowerCase() === surface.toLowerCase());
  return listed && head[2] !== head[2]!.toUpperCase();
}

/** Finds every mention in the document. */
export function findMentions(doc: DocumentView, matcher: Matcher): Mention[] {
  const { selected: scanned, candidates } = scanDictionary(matcher, doc.norm, doc.original);
  const hits = scanned.filter((hit) => !lowercaseTitleHit(doc, matcher, hit));
  let mentions = hits.map((hit) => dictionaryMention(doc, matcher, hit));
  const nested = findNestedCountryHits(matcher, hits, candidates).map((hit) => ({ ...dictionaryMention(doc, matcher, hit), component: true, needsContext: undefined }));
  mentions = extendGroupNames(doc, matcher, mentions);
  mentions = mergeQualifiedPlaces(doc, mentions);
  trimDescriptivePrefixes(doc, matcher, mentions);
  absorbGeographicHeads(doc, matcher, mentions);
  trimAdministrativeWords(doc, mentions);
  const index = new MentionIndex(doc, mentions);
  knownSurnames(doc, index);
  for (const sentence of doc.sentences) {
    const lang = doc.sentenceLang[sentence.index];
    if (lang === 'ar') arabicCueMentions(index, doc, sentence.first, sentence.last);
    else latinCueMentions(index, doc, sentence.first, sentence.last);
  }
  namingAliases(doc, index);
  relativeLeaders(doc, index);
  verbSubjectPersons(doc, index);
  groupMemberAppositions(doc, index);
  leaderApposition(doc, index);
  acronymNames(doc, index);
  placeLedNames(doc, index);
  trimOrganisationEdges(doc, index);
  lowercaseMinistries(doc, index);
  corpsNames(doc, index);
  bracketedAcronyms(doc, index);
  deriveRegionsAndForces(doc, index, matcher);
  newPlaces(doc, index, matcher);
  const kept = applyContextRules(doc, index.mentions);
  const components = [...nested, ...index.components].filter((c) => c.type === 'location' && c.known !== undefined).map((c) => { delete c.needsContext; return c; });
  return [...kept, ...components].sort((a, b) => a.start - b.start || b.end - a.end);
}


/**
 * Later mentions of a listed person by surname alone ("Belmokhtar himself, …")
 * become mentions before the cue rules run, so that alias cues and relations
 * can find the person they are about. (resolve.ts does the same for persons
 * the cue rules find.)
 */
function knownSurnames(doc: DocumentView, index: MentionIndex): void {
  const owner = new Map<string, Mention | null>();
  for (const m of index.mentions) {
    if (m.known === undefined || m.kind !== 'individual' || m.formKind !== 'name') continue;
    const words = doc.norm.text.slice(m.nameStart, m.nameEnd).split(' ');
    const last = words[words.length - 1]!;
    if (words.length < 2 || last.length < 4) continue;
    const current = owner.get(last);
    owner.set(last, current === undefined || current?.known === m.known ? m : null);
  }
  if (owner.size === 0) return;
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || index.overlaps(token.index, token.index + 1)) continue;
    let found: Mention | null | undefined;
    let reading = '';
    for (const r of token.readings) { found = owner.get(r); if (found) { reading = r; break; } }
    if (!found || (!token.arabic && !isCapitalised(doc, token.index))) continue;
    const start = token.end - reading.length;
    index.add({ start, end: token.end, nameStart: start, nameEnd: token.end, type: found.type, kind: found.kind, origin: 'dictionary', known: found.known!, formKind: 'name' });
  }
}
