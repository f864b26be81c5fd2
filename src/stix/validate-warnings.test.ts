import { describe, expect, it } from 'vitest';
import { newStixId } from './ids.js';
import type { StixObject } from './types.js';
import { validateStixObject } from './validate.js';
import * as f from '../../test/factories/stix.js';

/** SHOULD-level rules and open vocabularies: the object stays valid, with warnings. */
type Case = readonly [name: string, build: () => StixObject, code: string, path: string];

const EXT_ID = newStixId('extension-definition');

const cases: readonly Case[] = [
  ['threat actor type outside the suggestions', () => f.threatActor({ threat_actor_types: ['terrorist', 'pirate'] }),
    'open_vocabulary', '$.threat_actor_types[1]'],
  ['identity class outside the suggestions', () => f.identity({ identity_class: 'tribe' }), 'open_vocabulary', '$.identity_class'],
  ['report type outside the suggestions', () => f.report([f.threatActor()], { report_types: ['border-summary'] }), 'open_vocabulary', '$.report_types[0]'],
  ['pattern type outside the suggestions', () => f.indicator({ pattern_type: 'kql' }), 'open_vocabulary', '$.pattern_type'],
  ['region outside the suggestions', () => f.location({ region: 'sahel' }), 'open_vocabulary', '$.region'],
  ['country not an alpha-2 code', () => f.location({ country: 'DZA' }), 'country_code', '$.country'],
  ['hash algorithm outside the suggestions', () => f.file('a', { hashes: { 'SHA-224': 'abcd' } }), 'open_vocabulary', '$.hashes["SHA-224"]'],
  ['custom property without x_', () => f.tool({ acme_score: 3 }), 'custom_property_prefix', '$.acme_score'],
  ['kill chain name with capitals and spaces', () => f.attackPattern({
    kill_chain_phases: [{ kill_chain_name: 'Lockheed Martin', phase_name: 'recon' }],
  }), 'naming_convention', '$.kill_chain_phases[0].kill_chain_name'],
  ['custom extension keyed by a name', () => f.tool({ extensions: { 'x-acme-ext': { rank: 1 } } }),
    'deprecated_custom_extension', '$.extensions["x-acme-ext"]'],
  ['observed-data with embedded objects', () => f.observedData([], { object_refs: undefined, objects: { 0: { type: 'ipv4-addr', value: '1.2.3.4' } } }),
    'deprecated_property', '$.objects'],
];

describe('validateStixObject warnings', () => {
  it.each(cases)('%s', (_name, build, code, path) => {
    const object = build();
    const result = validateStixObject(object);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.object).toBe(object);
    expect(result.warnings.map((w) => [w.severity, w.code, w.path])).toEqual([['warning', code, path]]);
  });

  it('gives no advice for custom properties beside a top-level property extension', () => {
    const object = f.tool({ source_reliability: 'B', extensions: { [EXT_ID]: { extension_type: 'toplevel-property-extension' } } });
    expect(validateStixObject(object).warnings).toEqual([]);
  });

  it('accepts x_-prefixed custom properties of any JSON type silently', () => {
    const object = f.tool({ x_hoggar_score: 3, x_hoggar_note: 'n', x_hoggar_flags: [true], x_hoggar_meta: { a: 1 }, x_hoggar_owner_ref: f.HOGGAR_IDENTITY_ID });
    const result = validateStixObject(object);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts custom object types on their common properties, without prefix advice', () => {
    const object = {
      type: 'x-hoggar-seizure', spec_version: '2.1', id: newStixId('x-hoggar-seizure'), created: f.CREATED, modified: f.MODIFIED,
      quantity_kg: 120, created_by_ref: f.HOGGAR_IDENTITY_ID,
    };
    const result = validateStixObject(object);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(validateStixObject({ ...object, created_by_ref: object.id }).errors.map((e) => e.code)).toEqual(['wrong_ref_type']);
    expect(validateStixObject({ ...object, modified: '2020-01-01T00:00:00.000Z' }).errors.map((e) => e.code)).toEqual(['modified_before_created']);
  });
});
