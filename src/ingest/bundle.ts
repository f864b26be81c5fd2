/**
 * Assembles the draft STIX 2.1 bundle: the report, new entity objects,
 * gazetteer objects the node does not hold yet (with their translations),
 * relationships, claim notes, source identities and the extension
 * definitions. Knowledge-base objects are referenced, never copied.
 */
import { entryToStix } from '../gazetteer/index.js';
import { newStixId } from '../stix/ids.js';
import { formatMillis } from '../stix/timestamps.js';
import type { StixBundle, StixObject } from '../stix/types.js';
import { defaultGrade } from './admiralty.js';
import type { DocLang } from './cue-types.js';
import { surfaceOf, type DocumentView } from './document.js';
import { MENTIONS_EXTENSION, MENTIONS_EXTENSION_ID, SOURCE_EXTENSION, SOURCE_EXTENSION_ID } from './extensions.js';
import type { Matcher } from './matcher.js';
import { originalSpan } from './normalise.js';
import type { RelationCandidate } from './relation-types.js';
import type { Entity } from './resolve.js';
import type { AnonymousSource, Attribution, SourceRef } from './sources.js';

export interface BundleInput {
  readonly doc: DocumentView;
  readonly matcher: Matcher;
  readonly entities: readonly Entity[];
  readonly relations: readonly RelationCandidate[];
  readonly attributions: readonly Attribution[];
  readonly anonymousSources: readonly AnonymousSource[];
  readonly language: DocLang;
  readonly paragraphs: readonly { start: number; end: number; lang: DocLang }[];
  readonly now: Date;
  readonly published?: Date;
  readonly title?: string;
  readonly sourceName?: string;
  readonly encoding: string;
  readonly format: 'text' | 'html';
}

const ARABIC = /[\u0600-\u06FF]/;
const scriptLang = (text: string, fallback: DocLang): DocLang => (ARABIC.test(text) ? 'ar' : fallback === 'ar' ? 'en' : fallback);

function reportName(input: BundleInput): string {
  if (input.title) return input.title;
  const text = input.doc.original.trim();
  const first = input.doc.sentences[0];
  const sentence = first ? surfaceOf(input.doc, first.start, first.end) : text;
  const name = sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
  return name || input.sourceName || 'Ingested document';
}

/** Decides the final STIX type of a new person: a threat actor when tied to an armed group. */
function settlePersonTypes(entities: readonly Entity[], relations: readonly RelationCandidate[]): void {
  for (const r of relations) {
    const from = entities[r.from]!;
    const to = entities[r.to]!;
    if (from.known === undefined && from.kind === 'individual' && (r.type === 'leads' || r.type === 'member-of') && to.type === 'threat-actor') from.type = 'threat-actor';
  }
  for (const e of entities) {
    if (e.known !== undefined || e.kind !== 'individual') continue;
    // A person named by a kunya alone («أبو …», "Abu …") is how armed-group members are known;
    // so is one the text gives a nickname or nom de guerre with an alias cue («الملقب بـ», "dit", "a.k.a.").
    if (e.mentions.every((m) => m.origin === 'kunya') || e.mentions.some((m) => m.aliasOf !== undefined && m.aliasBasis !== 'acronym')) e.type = 'threat-actor';
  }
}

// Gazetteer objects are derived from the data alone (ids are SHA-1 based): build each once.
const gazetteerObjects = new Map<string, ReturnType<typeof entryToStix>>();
function gazetteerStix(entry: Parameters<typeof entryToStix>[0]): ReturnType<typeof entryToStix> {
  let stix = gazetteerObjects.get(entry.key);
  if (!stix) {
    stix = entryToStix(entry);
    gazetteerObjects.set(entry.key, stix);
  }
  return stix;
}

/** Entity ids by mention position, for finding the entities a claim mentions. */
function mentionSpans(entities: readonly Entity[], idOf: ReadonlyMap<number, string>): { start: number; end: number; id: string }[] {
  const spans: { start: number; end: number; id: string }[] = [];
  for (const e of entities) {
    const id = idOf.get(e.index);
    if (id) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, id });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function idsWithin(spans: readonly { start: number; end: number; id: string }[], start: number, end: number): string[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const ids = new Set<string>();
  for (let k = lo; k < spans.length && spans[k]!.start < end; k++) if (spans[k]!.end <= end) ids.add(spans[k]!.id);
  return [...ids];
}

export function buildBundle(input: BundleInput): StixBundle {
  const { doc, matcher, entities, now } = input;
  const stamp = formatMillis(now);
  const common = { spec_version: '2.1', created: stamp, modified: stamp } as const;
  settlePersonTypes(entities, input.relations);
  const objects: StixObject[] = [];
  const refs: string[] = [];
  const idOf = new Map<number, string>();
  const included = new Set<string>();
  const push = (object: StixObject): void => {
    if (included.has(object.id)) return;
    included.add(object.id);
    objects.push(object);
    refs.push(object.id);
  };

  for (const entity of entities) {
    const known = entity.known !== undefined ? matcher.entities[entity.known]! : undefined;
    if (known?.origin === 'knowledge-base') {
      idOf.set(entity.index, known.id);
      if (!included.has(known.id)) { included.add(known.id); refs.push(known.id); }
      continue;
    }
    if (known?.gazetteer) {
      const { object, translations } = gazetteerStix(known.gazetteer);
      idOf.set(entity.index, object.id);
      push(object);
      if (translations) push(translations);
      continue;
    }
    const object = newEntityObject(entity, input.language, common);
    if (!object) continue;
    idOf.set(entity.index, object.id);
    push(object);
    const translation = otherScriptNames(entity, object, input.language, common);
    if (translation) push(translation);
  }

  const relationIds = new Map<number, string[]>();
  for (const r of input.relations) {
    const source = idOf.get(r.from);
    const target = idOf.get(r.to);
    if (!source || !target) continue;
    const sentence = doc.sentences[r.sentence]!;
    const relationship: StixObject = {
      type: 'relationship', id: newStixId('relationship'), ...common,
      relationship_type: r.type, source_ref: source, target_ref: target,
      description: `${r.type === 'may-succeed' ? 'May succeed (hedged in the source). ' : ''}Read from: «${r.cue}» in “${surfaceOf(doc, sentence.start, sentence.end).slice(0, 300)}”`,
    };
    push(relationship);
    relationIds.set(r.sentence, [...(relationIds.get(r.sentence) ?? []), relationship.id]);
  }

  const anonymousIds = new Map<AnonymousSource, string>();
  const sourcesExtension: { object_ref: string; text: string; start: number; end: number; kind: string }[] = [];
  for (const source of input.anonymousSources) {
    const span = originalSpan(doc.norm, source.start, source.end);
    const grade = defaultGrade(source.kind);
    const identity: StixObject = {
      type: 'identity', id: newStixId('identity'), ...common, name: doc.original.slice(span.start, span.end), identity_class: 'unknown',
      lang: scriptLang(doc.original.slice(span.start, span.end), input.language),
      extensions: { [SOURCE_EXTENSION_ID]: { extension_type: 'property-extension', source_kind: source.kind, anonymous: true, reliability: grade.reliability, credibility: grade.credibility, start: span.start, end: span.end } },
    };
    anonymousIds.set(source, identity.id);
    push(identity);
    sourcesExtension.push({ object_ref: identity.id, text: doc.original.slice(span.start, span.end), start: span.start, end: span.end, kind: source.kind });
  }
  const refOf = (s: SourceRef | undefined): string | undefined => (s?.entity !== undefined ? idOf.get(s.entity) : s?.anonymous ? anonymousIds.get(s.anonymous) : undefined);

  const reportId = newStixId('report');
  const spans = mentionSpans(entities, idOf);
  for (const a of input.attributions) {
    const sourceRef = refOf(a.source);
    if (!sourceRef) continue;
    const first = doc.tokens[a.first]!;
    const last = doc.tokens[a.last - 1]!;
    const span = originalSpan(doc.norm, first.start, last.end);
    const about = new Set<string>(idsWithin(spans, first.start, last.end));
    for (const id of relationIds.get(a.sentence) ?? []) about.add(id);
    const grade = defaultGrade(a.source.kind);
    const content = doc.original.slice(span.start, span.end).trim();
    const viaRef = refOf(a.via);
    push({
      type: 'note', id: newStixId('note'), ...common, lang: input.language,
      abstract: content.length > 100 ? `${content.slice(0, 97)}…` : content,
      content,
      object_refs: about.size > 0 ? [...about] : [reportId],
      extensions: { [SOURCE_EXTENSION_ID]: { extension_type: 'property-extension', source_ref: sourceRef, ...(viaRef ? { via_ref: viaRef } : {}), source_kind: a.source.kind, reliability: grade.reliability, credibility: grade.credibility, start: span.start, end: span.end } },
    });
  }

  const mentions: { object_ref: string; text: string; start: number; end: number }[] = [];
  const aliases: { object_ref: string; alias: string; start: number; end: number; of: string; basis: 'cue' | 'acronym' }[] = [];
  for (const e of entities) {
    const id = idOf.get(e.index);
    if (!id) continue;
    for (const m of [...e.mentions].sort((a, b) => a.start - b.start)) {
      const span = originalSpan(doc.norm, m.start, m.end);
      mentions.push({ object_ref: id, text: doc.original.slice(span.start, span.end), start: span.start, end: span.end });
      if (m.aliasOf) {
        const owner = originalSpan(doc.norm, m.aliasOf.start, m.aliasOf.end);
        aliases.push({ object_ref: id, alias: doc.original.slice(span.start, span.end), start: span.start, end: span.end, of: doc.original.slice(owner.start, owner.end), basis: m.aliasBasis ?? 'cue' });
      }
    }
  }
  const needsExtensions = objects.some((o) => o.type === 'note' || o.extensions !== undefined);
  if (needsExtensions) push(SOURCE_EXTENSION);
  push(MENTIONS_EXTENSION);

  const report: StixObject = {
    type: 'report', id: reportId, ...common,
    name: reportName(input),
    lang: input.language,
    published: formatMillis(input.published ?? now),
    report_types: ['threat-report'],
    object_refs: refs,
    extensions: {
      [MENTIONS_EXTENSION_ID]: {
        extension_type: 'property-extension',
        ...(input.sourceName ? { source_name: input.sourceName } : {}),
        encoding: input.encoding, format: input.format,
        mentions, aliases, sources: sourcesExtension, paragraphs: input.paragraphs,
      },
    },
  };
  return { type: 'bundle', id: newStixId('bundle'), objects: [report, ...objects] };
}

function newEntityObject(entity: Entity, docLang: DocLang, common: Record<string, string>): StixObject | undefined {
  const name = entity.names[0] ?? entity.aliases[0];
  if (!name) return undefined;
  const lang = scriptLang(name, docLang);
  const aliases = [...new Set([...entity.names.slice(1), ...entity.aliases])].filter((a) => a !== name);
  const base = { id: newStixId(entity.type), ...common, name, lang };
  switch (entity.type) {
    case 'threat-actor':
    case 'intrusion-set':
      return {
        type: entity.type, ...base, ...(aliases.length > 0 ? { aliases } : {}),
        ...(entity.type === 'threat-actor' && entity.kind === 'individual' ? { resource_level: 'individual' } : {}),
      };
    case 'identity':
      return {
        type: 'identity', ...base, identity_class: entity.kind === 'individual' ? 'individual' : 'organization',
        ...(entity.role ? { roles: [entity.role] } : {}),
        ...(entity.media ? { sectors: ['communications'] } : {}),
        ...(aliases.length > 0 ? { x_hoggar_aliases: aliases } : {}),
      };
    case 'location':
      // STIX requires region, country or coordinates; a new place without a country is left out.
      if (!entity.country) return undefined;
      return { type: 'location', ...base, country: entity.country, ...(aliases.length > 0 ? { x_hoggar_aliases: aliases } : {}) };
    default: {
      const unreachable: never = entity.type;
      throw new Error(`unhandled entity type ${String(unreachable)}`);
    }
  }
}

/** A language-content object for names of a new entity written in another script than its `name`. */
function otherScriptNames(entity: Entity, object: StixObject, docLang: DocLang, common: Record<string, string>): StixObject | undefined {
  const mainLang = object.lang as DocLang;
  const other = [...entity.names, ...entity.aliases].filter((n) => scriptLang(n, docLang) !== mainLang);
  if (other.length === 0) return undefined;
  const lang = scriptLang(other[0]!, docLang);
  return {
    type: 'language-content', id: newStixId('language-content'), ...common,
    object_ref: object.id, object_modified: object.modified,
    // Only `name` is translated: a translated list must match the original list item for item.
    contents: { [lang]: { name: other[0]! } },
  };
}
