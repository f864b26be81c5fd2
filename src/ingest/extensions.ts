/**
 * The STIX extension definitions the draft uses. Ids and timestamps are fixed
 * so every node emits byte-identical definitions.
 *
 * - Mentions (property-extension on the report): where each entity occurs in
 *   the decoded document, the aliases read from the text, the anonymous
 *   sources, and paragraph languages. On the report because known objects
 *   cannot be modified by a draft.
 * - Source grading (property-extension on notes and on source identities):
 *   the claim's source and channel, the kind of source and its Admiralty grade.
 */
import { HOGGAR_PROJECT_IDENTITY } from '../stix/hoggar-extensions.js';
import { deterministicStixId } from '../stix/ids.js';
import type { StixObject } from '../stix/types.js';

const DEFINED = '2026-01-01T00:00:00.000Z';

/** The project identity authors Hoggar's definitions; every node holds it, so drafts only reference it. */
export const HOGGAR_IDENTITY_ID = HOGGAR_PROJECT_IDENTITY.id;
export const MENTIONS_EXTENSION_ID = deterministicStixId('extension-definition', 'hoggar:ingest:mentions:1.0');
export const SOURCE_EXTENSION_ID = deterministicStixId('extension-definition', 'hoggar:ingest:source-grading:1.0');

export const MENTIONS_EXTENSION: StixObject = {
  type: 'extension-definition', spec_version: '2.1', id: MENTIONS_EXTENSION_ID, created: DEFINED, modified: DEFINED,
  created_by_ref: HOGGAR_IDENTITY_ID,
  name: 'Hoggar extraction mentions',
  description: 'Where the entities of a draft report occur in the ingested document.',
  schema: [
    'Property extension on report. Properties:',
    'source_name (string, file name or URL); encoding (string); format ("text" | "html");',
    'mentions (list of { object_ref: STIX id, text: surface as written, start: integer, end: integer }) —',
    'start/end are UTF-16 code-unit offsets into the decoded document text, end exclusive;',
    'aliases (list of { object_ref, alias, start, end, of, basis }) — names the document gives as aliases of an object:',
    'of is the surface of the name the alias renames, basis is "cue" (an alias cue or quoted nickname) or "acronym" (in brackets after the name);',
    'sources (list of { object_ref, text, start, end, kind }) — anonymous sources quoted by the document;',
    'paragraphs (list of { start, end, lang }).',
  ].join(' '),
  version: '1.0.0',
  extension_types: ['property-extension'],
};

export const SOURCE_EXTENSION: StixObject = {
  type: 'extension-definition', spec_version: '2.1', id: SOURCE_EXTENSION_ID, created: DEFINED, modified: DEFINED,
  created_by_ref: HOGGAR_IDENTITY_ID,
  name: 'Hoggar source grading',
  description: 'Who a claim comes from and how far it is to be trusted (Admiralty code).',
  schema: [
    'Property extension on note (a claim) and on identity (a source). Properties:',
    'source_ref (STIX id of the identity or threat-actor the claim comes from; notes);',
    'via_ref (STIX id of the channel the claim came through, e.g. the outlet quoting the source; optional);',
    'source_kind ("named-outlet" | "media" | "anonymous-official" | "official" | "official-report" | "expert" | "intelligence" | "witness" | "group-claim" | "anonymous");',
    'reliability ("A"–"F") and credibility (1–6): Admiralty grade, a default from source_kind that analysts edit;',
    'anonymous (boolean; identities created for unnamed sources);',
    'start/end (UTF-16 offsets of the claim or of the source phrase in the decoded document).',
  ].join(' '),
  version: '1.0.0',
  extension_types: ['property-extension'],
};
