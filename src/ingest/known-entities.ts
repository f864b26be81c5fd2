/**
 * The entities the extractor already knows, from two sources: the node's
 * knowledge base (STIX objects) and the bundled gazetteer. Each becomes a
 * KnownEntity with the surface forms that name it.
 */
import { AMBIGUOUS_FORMS, stixIdOf, surfaceForms, type GazetteerEntry, type Lang } from '../gazetteer/index.js';
import type { StixObject } from '../stix/types.js';

export type EntityType = 'location' | 'threat-actor' | 'identity' | 'intrusion-set';
export const ENTITY_TYPES: readonly EntityType[] = ['location', 'threat-actor', 'identity', 'intrusion-set'];

export type FormKind = 'name' | 'alias' | 'adjective';

export interface KnownForm {
  readonly written: string;
  readonly kind: FormKind;
  readonly lang?: Lang;
}

export interface KnownEntity {
  readonly id: string;
  readonly type: EntityType;
  /** country, region, admin1, city, town, group, individual, organization… */
  readonly kind: string;
  readonly origin: 'knowledge-base' | 'gazetteer';
  readonly name: string;
  readonly gazetteer?: GazetteerEntry;
  /** The knowledge-base object when the node holds it. */
  readonly object?: StixObject;
  readonly forms: readonly KnownForm[];
}

export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

function kindOfObject(object: StixObject): string {
  switch (object.type) {
    case 'location':
      if (typeof object.city === 'string') return 'city';
      if (typeof object.administrative_area === 'string') return 'admin1';
      if (typeof object.country === 'string' && object.latitude === undefined) return 'country';
      return typeof object.country === 'string' ? 'country' : 'region';
    case 'identity':
      return typeof object.identity_class === 'string' ? object.identity_class : 'organization';
    case 'threat-actor': {
      const types = Array.isArray(object.threat_actor_types) ? object.threat_actor_types : [];
      return object.resource_level === 'individual' || types.includes('individual') ? 'individual' : 'group';
    }
    default:
      return 'group';
  }
}

function asLang(value: unknown): Lang | undefined {
  return value === 'ar' || value === 'fr' || value === 'en' ? value : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Forms of a knowledge-base object: name, aliases and its language-content translations. */
function objectForms(object: StixObject, translations: readonly StixObject[]): KnownForm[] {
  const forms: KnownForm[] = [];
  const lang = asLang(object.lang) ?? 'en';
  if (typeof object.name === 'string') forms.push({ written: object.name, kind: 'name', lang });
  for (const key of ['aliases', 'x_hoggar_aliases', 'x_opencti_aliases']) {
    for (const alias of stringList(object[key])) forms.push({ written: alias, kind: 'alias' });
  }
  for (const content of translations) {
    const contents = content.contents as Record<string, Record<string, unknown>> | undefined;
    for (const [code, fields] of Object.entries(contents ?? {})) {
      const contentLang = asLang(code);
      if (typeof fields?.name === 'string') forms.push({ written: fields.name, kind: 'name', ...(contentLang ? { lang: contentLang } : {}) });
      for (const alias of stringList(fields?.aliases)) forms.push({ written: alias, kind: 'alias', ...(contentLang ? { lang: contentLang } : {}) });
    }
  }
  return forms;
}

/** Known entities from the knowledge base (first) and the gazetteer. */
export function collectKnownEntities(knowledgeBase: readonly StixObject[], gazetteer: readonly GazetteerEntry[]): KnownEntity[] {
  const translationsOf = new Map<string, StixObject[]>();
  for (const object of knowledgeBase) {
    if (object.type !== 'language-content' || typeof object.object_ref !== 'string') continue;
    const list = translationsOf.get(object.object_ref) ?? [];
    list.push(object);
    translationsOf.set(object.object_ref, list);
  }
  const gazetteerById = new Map(gazetteer.map((entry) => [stixIdOf(entry), entry]));
  const entities: KnownEntity[] = [];
  const seen = new Set<string>();
  for (const object of knowledgeBase) {
    if (!isEntityType(object.type) || object.revoked === true || seen.has(object.id)) continue;
    seen.add(object.id);
    const entry = gazetteerById.get(object.id);
    const forms = objectForms(object, translationsOf.get(object.id) ?? []);
    if (entry) forms.push(...surfaceForms(entry).map((f) => ({ written: f.form, kind: f.source, ...(f.lang ? { lang: f.lang } : {}) })));
    entities.push({
      id: object.id,
      type: object.type,
      kind: entry?.kind ?? kindOfObject(object),
      origin: 'knowledge-base',
      name: typeof object.name === 'string' ? object.name : object.id,
      ...(entry ? { gazetteer: entry } : {}),
      object,
      forms,
    });
  }
  for (const entry of gazetteer) {
    const id = stixIdOf(entry);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({
      id,
      type: entry.type,
      kind: entry.kind,
      origin: 'gazetteer',
      name: entry.canonical,
      gazetteer: entry,
      forms: surfaceForms(entry).map((f) => ({ written: f.form, kind: f.source, ...(f.lang ? { lang: f.lang } : {}) })),
    });
  }
  return entities;
}

export type AmbiguityTreatment = 'needs-context' | 'shared';

/** How the matcher treats a form of a gazetteer entry listed in AMBIGUOUS_FORMS. */
export function ambiguityIndex(normalise: (form: string) => string): Map<string, { treatment: AmbiguityTreatment; candidates: readonly string[] }> {
  const index = new Map<string, { treatment: AmbiguityTreatment; candidates: readonly string[] }>();
  for (const row of AMBIGUOUS_FORMS) {
    const treatment: AmbiguityTreatment = row.reason === 'common-word' || row.reason === 'person-name' ? 'needs-context' : 'shared';
    index.set(normalise(row.form), { treatment, candidates: row.candidates });
  }
  return index;
}
