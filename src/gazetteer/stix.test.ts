import { describe, expect, it } from 'vitest';
import { deterministicStixId, parseStixId } from '../stix/ids.js';
import { isTimestamp } from '../stix/timestamps.js';
import { validateStixObject } from '../stix/validate.js';
import { entryRelationshipsToStix, entryToStix, gazetteerEntry, loadGazetteer } from './index.js';
import { SUBREGION_MEMBERS } from './data/un-subregions.js';

const REGION_VOCABULARY = new Set([
  'africa', 'eastern-africa', 'middle-africa', 'northern-africa', 'southern-africa', 'western-africa',
  'americas', 'caribbean', 'central-america', 'latin-america-caribbean', 'northern-america', 'south-america',
  'asia', 'central-asia', 'eastern-asia', 'southern-asia', 'south-eastern-asia', 'western-asia',
  'europe', 'eastern-europe', 'northern-europe', 'southern-europe', 'western-europe',
  'oceania', 'antarctica', 'australia-new-zealand', 'melanesia', 'micronesia', 'polynesia',
]);

describe('entryToStix', () => {
  const converted = loadGazetteer().map((entry) => ({ entry, ...entryToStix(entry) }));

  it('gives every object its type, a deterministic id derived from the key, spec_version and timestamps', () => {
    for (const { entry, object } of converted) {
      expect(object.type).toBe(entry.type);
      expect(parseStixId(object.id)?.type).toBe(entry.type);
      expect(object.id).toBe(deterministicStixId(entry.type, `gazetteer:${entry.key}`));
      expect(object.spec_version).toBe('2.1');
      expect(isTimestamp(object.created) && isTimestamp(object.modified)).toBe(true);
      expect(object.name).toBe(entry.canonical);
    }
  });

  it('passes the STIX validator without errors or warnings, with translations and relationships', () => {
    const problems = converted.flatMap(({ entry, object, translations }) =>
      [object, translations, ...entryRelationshipsToStix(entry)].flatMap((candidate) => {
        if (!candidate) return [];
        const result = validateStixObject(candidate);
        return [...result.errors, ...result.warnings].map((issue) => `${entry.key}: ${JSON.stringify(issue)}`);
      }));
    expect(problems).toEqual([]);
  });

  it('produces the same objects on every call', () => {
    const entry = gazetteerEntry('group:jnim')!;
    expect(entryToStix(entry)).toEqual(entryToStix(entry));
  });

  it('gives each entry a distinct id', () => {
    const ids = converted.map((c) => c.object.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes locations valid: region from the STIX vocabulary, country, or latitude with longitude', () => {
    for (const { object } of converted.filter((c) => c.object.type === 'location')) {
      const hasPoint = typeof object.latitude === 'number' && typeof object.longitude === 'number';
      expect(object.region !== undefined || object.country !== undefined || hasPoint).toBe(true);
      if (object.region !== undefined) expect(REGION_VOCABULARY.has(object.region as string)).toBe(true);
      if (hasPoint) {
        expect(Math.abs(object.latitude as number)).toBeLessThanOrEqual(90);
        expect(Math.abs(object.longitude as number)).toBeLessThanOrEqual(180);
      }
    }
  });

  it('describes a town with its country, region, administrative area and point', () => {
    const { object } = entryToStix(gazetteerEntry('place:dz-tamanrasset')!);
    expect(object).toMatchObject({
      type: 'location', country: 'DZ', region: 'northern-africa', city: 'Tamanrasset',
      administrative_area: 'Tamanrasset Province', latitude: 22.785, longitude: 5.5228,
    });
    expect(entryToStix(gazetteerEntry('country:ML')!).object.region).toBe('western-africa');
    expect(entryToStix(gazetteerEntry('region:maghreb')!).object.region).toBe('northern-africa');
  });

  it('maps every ISO country to a STIX region', () => {
    const mapped = new Set(Object.values(SUBREGION_MEMBERS).flatMap((codes) => (codes ?? '').split(' ')));
    const countries = loadGazetteer().filter((e) => e.kind === 'country').map((e) => e.country!);
    expect(countries.filter((c) => !mapped.has(c))).toEqual([]);
  });

  it('gives threat actors aliases in every script and threat actor types', () => {
    const { object } = entryToStix(gazetteerEntry('group:aqim')!);
    expect(object.aliases).toEqual(expect.arrayContaining(['AQIM', 'AQMI', 'القاعدة في بلاد المغرب الإسلامي']));
    expect(object.aliases).not.toContain(object.name);
    expect(object.threat_actor_types).toEqual(['terrorist']);
    const person = entryToStix(gazetteerEntry('person:seifallah-ben-hassine')!).object;
    expect(person).toMatchObject({ resource_level: 'individual', roles: ['director'], threat_actor_types: ['terrorist'] });
    expect(person.aliases).toContain('أبو عياض');
    expect(entryToStix(gazetteerEntry('group:mnla')!).object.threat_actor_types).toBeUndefined();
  });

  it('gives identities an identity class', () => {
    const { object } = entryToStix(gazetteerEntry('org:erem-news')!);
    expect(object).toMatchObject({ type: 'identity', identity_class: 'organization', name: 'Erem News' });
  });

  it('puts Arabic and French names in a language-content object pointing at the object version', () => {
    const { object, translations } = entryToStix(gazetteerEntry('place:dz-tamanrasset')!);
    expect(translations).toBeDefined();
    expect(parseStixId(translations!.id)?.type).toBe('language-content');
    expect(translations).toMatchObject({
      type: 'language-content', spec_version: '2.1', object_ref: object.id, object_modified: object.modified,
      contents: { ar: { name: 'تمنراست' }, fr: { name: 'Tamanrasset' } },
    });
    expect(translations!.id).not.toBe(object.id.replace('location', 'language-content'));
  });

  it('turns relations into relationships between the converted objects', () => {
    const [relationship] = entryRelationshipsToStix(gazetteerEntry('org:cemoc')!);
    expect(relationship).toMatchObject({
      type: 'relationship', spec_version: '2.1', relationship_type: 'located-at',
      source_ref: entryToStix(gazetteerEntry('org:cemoc')!).object.id,
      target_ref: entryToStix(gazetteerEntry('place:dz-tamanrasset')!).object.id,
    });
    expect(parseStixId(relationship!.id)?.type).toBe('relationship');
  });
});
