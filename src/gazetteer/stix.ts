/**
 * STIX 2.1 objects for gazetteer entries. Ids and timestamps are derived from
 * the data alone, so every node that bundles the same gazetteer release emits
 * byte-identical objects and peers never see two versions of one place.
 */
import { HOGGAR_PROJECT_IDENTITY } from '../stix/hoggar-extensions.js';
import { deterministicStixId } from '../stix/ids.js';
import { TLP2_MARKING_IDS } from '../stix/markings.js';
import type { StixObject } from '../stix/types.js';
import { NON_TERRORIST_GROUPS } from './data/armed-groups.js';
import { SPANNING_REGION_STIX } from './data/regions.js';
import { stixRegionOf } from './data/un-subregions.js';
import { surfaceForms } from './forms.js';
import type { GazetteerEntry } from './types.js';

/**
 * `created` and `modified` of every gazetteer object. Bump it with any change
 * to the data so that peers receive the corrected objects as new versions.
 */
export const GAZETTEER_RELEASE = '2026-11-30T06:00:00.000Z';

export type EntryLookup = (key: string) => GazetteerEntry | undefined;

/**
 * Reference data is public and the same on every node: TLP:CLEAR, authored by the Hoggar
 * project identity. A node publishing a report never re-marks these objects, so two nodes
 * can never hold different objects under one gazetteer id and version.
 */
const REFERENCE_DATA = {
  created_by_ref: HOGGAR_PROJECT_IDENTITY.id,
  object_marking_refs: [TLP2_MARKING_IDS.clear],
};

/** The STIX id of the object an entry becomes. */
export function stixIdOf(entry: GazetteerEntry): string {
  return deterministicStixId(entry.type, `gazetteer:${entry.key}`);
}

function common(entry: GazetteerEntry) {
  return {
    type: entry.type,
    spec_version: '2.1',
    id: stixIdOf(entry),
    created: GAZETTEER_RELEASE,
    modified: GAZETTEER_RELEASE,
    name: entry.canonical,
    lang: 'en',
    x_hoggar_gazetteer_key: entry.key,
    ...REFERENCE_DATA,
  };
}

/** Every other form of the entry, in any language, without the canonical name. */
function otherForms(entry: GazetteerEntry): string[] {
  const forms = surfaceForms(entry).filter((f) => f.source !== 'adjective').map((f) => f.form);
  return [...new Set(forms)].filter((form) => form !== entry.canonical);
}

function locationProperties(entry: GazetteerEntry, lookup: EntryLookup): Record<string, unknown> {
  const region = entry.country ? stixRegionOf(entry.country) : SPANNING_REGION_STIX.get(entry.key);
  const parent = entry.parent ? lookup(entry.parent) : undefined;
  const props: Record<string, unknown> = {
    ...(region ? { region } : {}),
    ...(entry.country ? { country: entry.country } : {}),
    ...(entry.lat !== undefined && entry.lon !== undefined ? { latitude: entry.lat, longitude: entry.lon } : {}),
  };
  if (entry.kind === 'admin1') props.administrative_area = entry.canonical;
  if (entry.kind === 'city' || entry.kind === 'town') {
    props.city = entry.canonical;
    if (parent?.kind === 'admin1') props.administrative_area = parent.canonical;
  }
  return props;
}

function threatActorTypes(entry: GazetteerEntry, lookup: EntryLookup): string[] {
  if (entry.kind === 'group') return NON_TERRORIST_GROUPS.has(entry.key) ? [] : ['terrorist'];
  // An individual takes the character of the groups they lead or belong to.
  const groups = (entry.relations ?? []).map((r) => lookup(r.target)).filter((g) => g?.type === 'threat-actor');
  return groups.some((g) => g && !NON_TERRORIST_GROUPS.has(g.key)) ? ['terrorist'] : [];
}

function threatActorProperties(entry: GazetteerEntry, lookup: EntryLookup): Record<string, unknown> {
  const types = threatActorTypes(entry, lookup);
  const aliases = otherForms(entry);
  const leads = (entry.relations ?? []).some((r) => r.type === 'leads');
  return {
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(types.length > 0 ? { threat_actor_types: types } : {}),
    ...(entry.kind === 'individual' ? { resource_level: 'individual', ...(leads ? { roles: ['director'] } : {}) } : {}),
  };
}

function identityProperties(entry: GazetteerEntry): Record<string, unknown> {
  const aliases = otherForms(entry);
  // STIX identities have no `aliases`; Hoggar keeps the other names in a custom property.
  return { identity_class: entry.kind === 'individual' ? 'individual' : 'organization', ...(aliases.length > 0 ? { x_hoggar_aliases: aliases } : {}) };
}

/**
 * The STIX object of an entry and, when the entry has Arabic or French names,
 * a language-content object carrying them.
 */
export function toStix(entry: GazetteerEntry, lookup: EntryLookup): { object: StixObject; translations?: StixObject } {
  let specific: Record<string, unknown>;
  switch (entry.type) {
    case 'location': {
      // STIX locations have no `aliases`; Hoggar keeps the other names in a custom property.
      const aliases = otherForms(entry);
      specific = { ...locationProperties(entry, lookup), ...(aliases.length > 0 ? { x_hoggar_aliases: aliases } : {}) };
      break;
    }
    case 'threat-actor':
      specific = threatActorProperties(entry, lookup);
      break;
    case 'identity':
      specific = identityProperties(entry);
      break;
    default: {
      const unreachable: never = entry.type;
      throw new Error(`unhandled gazetteer entry type: ${String(unreachable)}`);
    }
  }
  const object: StixObject = { ...common(entry), ...specific };
  const contents: Record<string, { name: string }> = {};
  for (const lang of ['ar', 'fr'] as const) {
    const name = entry.names[lang][0];
    if (name !== undefined) contents[lang] = { name };
  }
  if (Object.keys(contents).length === 0) return { object };
  const translations: StixObject = {
    type: 'language-content',
    spec_version: '2.1',
    id: deterministicStixId('language-content', `gazetteer:${entry.key}#names`),
    created: GAZETTEER_RELEASE,
    modified: GAZETTEER_RELEASE,
    object_ref: object.id,
    object_modified: GAZETTEER_RELEASE,
    contents,
    ...REFERENCE_DATA,
  };
  return { object, translations };
}

/**
 * STIX relationships for an entry's relations whose target is known, with ids
 * derived from source, type and target.
 */
export function relationsToStix(entry: GazetteerEntry, lookup: EntryLookup): StixObject[] {
  return (entry.relations ?? []).flatMap((relation) => {
    const target = lookup(relation.target);
    if (!target) return [];
    return [{
      type: 'relationship',
      spec_version: '2.1',
      id: deterministicStixId('relationship', `gazetteer:${entry.key}|${relation.type}|${relation.target}`),
      created: GAZETTEER_RELEASE,
      modified: GAZETTEER_RELEASE,
      relationship_type: relation.type,
      source_ref: stixIdOf(entry),
      target_ref: stixIdOf(target),
      ...REFERENCE_DATA,
    }];
  });
}
