import { describe, expect, it } from 'vitest';
import { newStixId } from './ids.js';
import type { StixObject } from './types.js';
import { validateStixObject } from './validate.js';
import * as f from '../../test/factories/stix.js';

/**
 * Invalid objects, one broken rule each: the validator must report exactly the
 * expected error codes at the expected JSON paths, and name the object's id.
 */
type Expected = readonly (readonly [code: string, path: string])[];
type Case = readonly [name: string, build: () => StixObject, expected: Expected];

const actor = f.threatActor();
const place = f.location();
const ip = f.ipv4();
const TLP_GREEN_2 = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const EXT_ID = 'extension-definition--3d9b6c1e-5f2a-4c8b-9e7d-1a4f6b8c2d53';

const cases: readonly Case[] = [
  // Common properties
  ['missing spec_version', () => f.without(f.threatActor(), 'spec_version'), [['missing_property', '$.spec_version']]],
  ['missing created', () => f.without(f.identity(), 'created'), [['missing_property', '$.created']]],
  ['spec_version 2.0', () => f.threatActor({ spec_version: '2.0' }), [['invalid_spec_version', '$.spec_version']]],
  ['id of another type', () => f.threatActor({ id: newStixId('malware') }), [['invalid_id', '$.id']]],
  ['id with a version 1 UUID', () => f.tool({ id: 'tool--8e2e2d2b-17d4-11e6-938f-98ee46b3cd3f' }), [['invalid_id', '$.id']]],
  ['created without milliseconds', () => f.report([actor], { created: '2026-01-15T08:30:00Z' }), [['timestamp_precision', '$.created']]],
  ['modified not in UTC', () => f.campaign({ modified: '2026-01-16T09:45:00.000+01:00' }), [['invalid_timestamp', '$.modified']]],
  ['impossible date', () => f.campaign({ first_seen: '2026-02-30T00:00:00Z' }), [['invalid_timestamp', '$.first_seen']]],
  ['modified before created', () => f.identity({ modified: '2026-01-15T08:29:59.999Z' }), [['modified_before_created', '$.modified']]],
  ['confidence above 100', () => f.threatActor({ confidence: 101 }), [['out_of_range', '$.confidence']]],
  ['confidence not an integer', () => f.threatActor({ confidence: 50.5 }), [['wrong_value_type', '$.confidence']]],
  ['labels not a list', () => f.tool({ labels: 'smuggling' }), [['wrong_value_type', '$.labels']]],
  ['empty labels', () => f.tool({ labels: [] }), [['empty_list', '$.labels']]],
  ['revoked not a boolean', () => f.tool({ revoked: 'yes' }), [['wrong_value_type', '$.revoked']]],
  ['lang not a language tag', () => f.note([actor], { lang: 'arabic!' }), [['invalid_language_tag', '$.lang']]],
  ['created_by_ref to a threat actor', () => f.tool({ created_by_ref: actor.id }), [['wrong_ref_type', '$.created_by_ref']]],
  ['object_marking_refs to an identity', () => f.tool({ object_marking_refs: [TLP_GREEN_2, f.HOGGAR_IDENTITY_ID] }),
    [['wrong_ref_type', '$.object_marking_refs[1]']]],
  ['defanged on an SDO', () => f.tool({ defanged: true }), [['forbidden_property', '$.defanged']]],
  // Nested types
  ['external reference without source_name', () => f.vulnerability({ external_references: [{ url: 'https://example.org' }] }),
    [['missing_property', '$.external_references[0].source_name']]],
  ['external reference with only source_name', () => f.vulnerability({ external_references: [{ source_name: 'cve' }] }),
    [['missing_one_of', '$.external_references[0]']]],
  ['external reference hash of the wrong length', () => f.vulnerability({
    external_references: [{ source_name: 'vendor', url: 'https://example.org/a', hashes: { 'SHA-256': 'abc123' } }],
  }), [['invalid_hash', '$.external_references[0].hashes["SHA-256"]']]],
  ['kill chain phase without phase_name', () => f.attackPattern({
    kill_chain_phases: [{ kill_chain_name: 'hoggar-ops', phase_name: 'recon' }, { kill_chain_name: 'hoggar-ops' }],
  }), [['missing_property', '$.kill_chain_phases[1].phase_name']]],
  // Vocabularies and ranges
  ['opinion outside its enumeration', () => f.opinion([actor], { opinion: 'maybe' }), [['closed_vocabulary', '$.opinion']]],
  ['number_observed of zero', () => f.observedData([ip], { number_observed: 0 }), [['out_of_range', '$.number_observed']]],
  ['number_observed above 999,999,999', () => f.observedData([ip], { number_observed: 1_000_000_000 }), [['out_of_range', '$.number_observed']]],
  ['negative sighting count', () => f.sighting(f.indicator(), { count: -1 }), [['out_of_range', '$.count']]],
  ['latitude beyond 90', () => f.location({ latitude: 91 }), [['out_of_range', '$.latitude']]],
  // Time order
  ['last_seen before first_seen', () => f.campaign({ first_seen: '2025-02-01T00:00:00Z', last_seen: '2025-01-01T00:00:00Z' }),
    [['timestamp_order', '$.last_seen']]],
  ['valid_until equal to valid_from', () => f.indicator({ valid_until: '2026-01-15T00:00:00.000Z' }), [['timestamp_order', '$.valid_until']]],
  ['stop_time before start_time', () => f.relationship(actor, place, 'located-at', {
    start_time: '2025-01-01T00:00:00Z', stop_time: '2024-01-01T00:00:00Z',
  }), [['timestamp_order', '$.stop_time']]],
  ['last_observed before first_observed', () => f.observedData([ip], { last_observed: '2026-01-10T05:00:00Z' }),
    [['timestamp_order', '$.last_observed']]],
  // References
  ['relationship from a relationship', () => f.relationship(f.relationship(actor, place), place), [['wrong_ref_type', '$.source_ref']]],
  ['relationship to a marking-definition', () => f.relationship(actor, TLP_GREEN_2), [['wrong_ref_type', '$.target_ref']]],
  ['sighting of an SCO', () => f.sighting(ip), [['wrong_ref_type', '$.sighting_of_ref']]],
  ['observed_data_refs to an identity', () => f.sighting(actor, { observed_data_refs: [f.HOGGAR_IDENTITY_ID] }),
    [['wrong_ref_type', '$.observed_data_refs[0]']]],
  ['where_sighted_refs to a threat actor', () => f.sighting(actor, { where_sighted_refs: [place.id, actor.id] }),
    [['wrong_ref_type', '$.where_sighted_refs[1]']]],
  ['malware sample_refs to an IP address', () => f.malware({ sample_refs: [ip.id] }), [['wrong_ref_type', '$.sample_refs[0]']]],
  ['observed-data object_refs to an SDO', () => f.observedData([actor]), [['wrong_ref_type', '$.object_refs[0]']]],
  ['report object_refs holding a non-id', () => f.report([actor, 'not-an-id']), [['invalid_ref', '$.object_refs[1]']]],
  ['report with empty object_refs', () => f.report([]), [['empty_list', '$.object_refs']]],
  // Type-specific rules
  ['relationship_type with capitals and spaces', () => f.relationship(actor, place, 'Located At'),
    [['invalid_relationship_type', '$.relationship_type']]],
  ['course-of-action with the reserved action', () => f.courseOfAction({ action: 'block' }), [['forbidden_property', '$.action']]],
  ['location with only a name', () => f.location({ country: undefined, latitude: undefined, longitude: undefined }), [['missing_one_of', '$']]],
  ['latitude without longitude', () => f.location({ longitude: undefined }), [['dependent_property', '$.longitude']]],
  ['precision without coordinates', () => f.location({ latitude: undefined, longitude: undefined, precision: 100 }),
    [['dependent_property', '$.latitude'], ['dependent_property', '$.longitude']]],
  ['malware family without a name', () => f.malware({ name: undefined }), [['missing_property', '$.name']]],
  ['malware-analysis without result or analysis_sco_refs', () => f.malwareAnalysis({ result: undefined }), [['missing_one_of', '$']]],
  ['observed-data with objects and object_refs', () => f.observedData([ip], { objects: { 0: { type: 'ipv4-addr', value: '198.51.100.1' } } }),
    [['mutually_exclusive', '$.objects']]],
  ['extension-definition without created_by_ref', () => f.extensionDefinition({ created_by_ref: undefined }),
    [['missing_property', '$.created_by_ref']]],
  ['extension_properties without a top-level extension', () => f.extensionDefinition({ extension_properties: ['x_rank'] }),
    [['forbidden_property', '$.extension_properties']]],
  ['unknown extension type', () => f.extensionDefinition({ extension_types: ['new-thing'] }), [['closed_vocabulary', '$.extension_types[0]']]],
  ['language-content with lang', () => f.languageContent(actor, { lang: 'en' }), [['forbidden_property', '$.lang']]],
  ['language-content keyed by a non-language', () => f.languageContent(actor, { contents: { 'not a tag': { name: 'x' } } }),
    [['invalid_language_tag', '$.contents["not a tag"]']]],
  ['language-content object_ref not an id', () => f.languageContent('threat-actor--xyz'), [['invalid_ref', '$.object_ref']]],
  // Extensions and custom properties
  ['empty extensions', () => f.tool({ extensions: {} }), [['empty_dictionary', '$.extensions']]],
  ['extension keyed by an invalid name', () => f.tool({ extensions: { 'Bad Key': { a: 1 } } }), [['invalid_extension_key', '$.extensions["Bad Key"]']]],
  ['extension without extension_type', () => f.tool({ extensions: { [EXT_ID]: { rank: 1 } } }),
    [['missing_property', `$.extensions["${EXT_ID}"].extension_type`]]],
  ['extension with an unknown extension_type', () => f.tool({ extensions: { [EXT_ID]: { extension_type: 'plugin' } } }),
    [['closed_vocabulary', `$.extensions["${EXT_ID}"].extension_type`]]],
  ['custom property with an invalid name', () => f.tool({ 'Bad-Name': 1 }), [['invalid_property_name', '$["Bad-Name"]']]],
  ['custom property too short', () => f.tool({ xy: 1 }), [['invalid_property_name', '$.xy']]],
  ['custom property that is null', () => f.tool({ x_score: null }), [['wrong_value_type', '$.x_score']]],
  ['custom _ref that looks like a broken id', () => f.tool({ x_owner_ref: 'identity--1234' }), [['invalid_ref', '$.x_owner_ref']]],
  ['custom _refs holding a broken id', () => f.tool({ x_seen_refs: [actor.id, 'location--nope'] }), [['invalid_ref', '$.x_seen_refs[1]']]],
  // Object type
  ['missing type', () => f.without(f.tool(), 'type'), [['missing_property', '$.type']]],
  ['type with capitals', () => ({ ...f.tool(), type: 'X_Bad' }), [['invalid_type', '$.type']]],
  ['a bundle given as an object', () => ({ type: 'bundle', id: newStixId('bundle') } as unknown as StixObject), [['invalid_type', '$.type']]],
  ['new-sdo custom object without created', () => ({
    type: 'x-border-event', spec_version: '2.1', id: newStixId('x-border-event'), modified: f.MODIFIED,
    extensions: { [newStixId('extension-definition')]: { extension_type: 'new-sdo' } },
  } as StixObject), [['missing_property', '$.created']]],
  // SCOs
  ['SCO with created', () => f.ipv4('198.51.100.1', { created: f.CREATED }), [['forbidden_property', '$.created']]],
  ['SCO with created_by_ref', () => f.domainName('example.org', { created_by_ref: f.HOGGAR_IDENTITY_ID }), [['forbidden_property', '$.created_by_ref']]],
  ['SCO with spec_version 2.0', () => f.url('https://example.org', { spec_version: '2.0' }), [['invalid_spec_version', '$.spec_version']]],
  ['ipv4-addr without value', () => f.ipv4('1.2.3.4', { value: undefined }), [['missing_property', '$.value']]],
  ['mutex without name', () => f.mutex('m', { name: undefined }), [['missing_property', '$.name']]],
  ['file with neither name nor hashes', () => f.file('a.txt', { name: undefined }), [['missing_one_of', '$']]],
  ['file with a malformed MD5', () => f.file('a.txt', { hashes: { MD5: 'xyz' } }), [['invalid_hash', '$.hashes.MD5']]],
  ['network-traffic without endpoints', () => f.networkTraffic(ip, { src_ref: undefined }), [['missing_one_of', '$']]],
  ['network-traffic port above 65535', () => f.networkTraffic(ip, { dst_port: 70_000 }), [['out_of_range', '$.dst_port']]],
  ['network-traffic src_ref to a file', () => f.networkTraffic(f.file()), [['wrong_ref_type', '$.src_ref']]],
  ['artifact with payload_bin and url', () => f.artifact({ url: 'https://example.org/a', hashes: { MD5: '3773a88f65a5e780c8dff9cdc3a056f3' } }),
    [['mutually_exclusive', '$.url']]],
  ['artifact url without hashes', () => f.artifact({ payload_bin: undefined, url: 'https://example.org/a' }), [['dependent_property', '$.hashes']]],
  ['multipart email with body', () => f.emailMessage({ is_multipart: true }), [['forbidden_property', '$.body']]],
  ['process with nothing of its own', () => f.process({ pid: undefined, command_line: undefined }), [['missing_one_of', '$']]],
  ['autonomous-system number as text', () => f.autonomousSystem(1, { number: '64500' }), [['wrong_value_type', '$.number']]],
];

describe('validateStixObject on invalid objects', () => {
  it.each(cases)('%s', (_name, build, expected) => {
    const object = build();
    const result = validateStixObject(object);
    expect(result.ok).toBe(false);
    expect(result.object).toBeUndefined();
    expect(result.errors.map((e) => [e.code, e.path])).toEqual(expected);
    for (const issue of result.errors) {
      expect(issue.severity).toBe('error');
      if (typeof object.id === 'string') expect(issue.objectId).toBe(object.id);
      expect(issue.message.length).toBeGreaterThan(20);
    }
  });
});
