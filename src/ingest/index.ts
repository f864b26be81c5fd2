/**
 * Multilingual extraction: a document (bytes or text, Arabic, French or
 * English, plain or HTML) becomes a draft STIX 2.1 bundle with the entities,
 * aliases, relations and graded sources it contains.
 *
 * decode → language → normalise → tokenise → mentions (dictionary + cues) →
 * resolve → relations → sources and claims → bundle.
 */
import type { GazetteerEntry } from '../gazetteer/index.js';
import type { StixBundle, StixObject } from '../stix/types.js';
import { buildBundle } from './bundle.js';
import type { DocLang } from './cue-types.js';
import { parseDeclaredDate, findPublishedDate } from './dates.js';
import { decodeDocument } from './decode.js';
import { buildDocumentView } from './document.js';
import { IngestError } from './errors.js';
import { detectParagraphs } from './language.js';
import { buildMatcher, type Matcher } from './matcher.js';
import { findMentions } from './mentions.js';
import { extractRelations } from './relations.js';
import { resolveEntities } from './resolve.js';
import { extractAttributions } from './sources.js';

export type { DocLang } from './cue-types.js';
export { IngestError, type IngestErrorCode } from './errors.js';
export { buildMatcher, type Matcher, type MatcherSource } from './matcher.js';
export { DEFAULT_MAX_BYTES } from './decode.js';
export { MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID } from './extensions.js';
export { ADMIRALTY_DEFAULTS } from './admiralty.js';

export interface ExtractOptions {
  /** Force the document language. */
  readonly lang?: DocLang;
  /** Node objects to match and reference (ignored when a prebuilt extractor is used). */
  readonly knowledgeBase?: readonly StixObject[];
  readonly now?: Date;
  readonly maxBytes?: number;
  /** File name or URL, recorded in the report. */
  readonly sourceName?: string;
  /** e.g. 'text/html' when known. */
  readonly contentType?: string;
}

export interface DraftResult {
  readonly bundle: StixBundle;
  readonly language: DocLang;
  readonly paragraphs: readonly { start: number; end: number; lang: DocLang }[];
  readonly warnings: readonly string[];
  /** The decoded document text every offset in the draft refers to. */
  readonly text: string;
}

export interface Extractor {
  readonly matcher: Matcher;
  extract(input: Uint8Array | string, options?: Omit<ExtractOptions, 'knowledgeBase'>): DraftResult;
}

export interface ExtractorOptions {
  readonly knowledgeBase?: readonly StixObject[];
  /** Gazetteer entries; defaults to the bundled gazetteer, `false` for none. */
  readonly gazetteer?: readonly GazetteerEntry[] | false;
}

const LANGS: readonly DocLang[] = ['ar', 'fr', 'en'];

/** Builds the matcher once; `extract` reuses it for every document. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const matcher = buildMatcher({ ...(options.knowledgeBase ? { knowledgeBase: options.knowledgeBase } : {}), ...(options.gazetteer !== undefined ? { gazetteer: options.gazetteer } : {}) });
  return { matcher, extract: (input, extractOptions = {}) => extractWith(matcher, input, extractOptions) };
}

/** One-shot convenience: builds a matcher from `options.knowledgeBase` and extracts one document. */
export function extractDocument(input: Uint8Array | string, options: ExtractOptions = {}): DraftResult {
  return createExtractor({ ...(options.knowledgeBase ? { knowledgeBase: options.knowledgeBase } : {}) }).extract(input, options);
}

function extractWith(matcher: Matcher, input: Uint8Array | string, options: ExtractOptions): DraftResult {
  if (options.lang !== undefined && !LANGS.includes(options.lang)) throw new IngestError('invalid_option', `lang must be one of ${LANGS.join(', ')}`);
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new IngestError('invalid_option', 'now is not a valid date');
  const decoded = decodeDocument(input, { ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}), ...(options.contentType ? { contentType: options.contentType } : {}) });
  const text = decoded.text;
  const { language, paragraphs } = detectParagraphs(text, options.lang);
  const langAt = (offset: number): DocLang => {
    // Paragraphs are in order: binary search for the one holding the offset.
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = paragraphs[mid]!;
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return p.lang;
    }
    return language;
  };
  const doc = buildDocumentView(text, langAt);
  const mentions = findMentions(doc, matcher);
  const entities = resolveEntities(doc, matcher, mentions);
  const relations = extractRelations(doc, entities);
  const { attributions, anonymous } = extractAttributions(doc, entities);
  const warnings = [...decoded.warnings];
  if (entities.length === 0) warnings.push('no entities found');
  const published = parseDeclaredDate(decoded.published) ?? findPublishedDate(text);
  const bundle = buildBundle({
    doc, matcher, entities, relations, attributions, anonymousSources: anonymous, language, paragraphs, now,
    ...(published ? { published } : {}),
    ...(decoded.title ? { title: decoded.title } : {}),
    ...(options.sourceName ? { sourceName: options.sourceName } : {}),
    encoding: decoded.encoding, format: decoded.format,
  });
  return { bundle, language, paragraphs, warnings, text };
}
