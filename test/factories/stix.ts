/**
 * Factories of valid STIX 2.1 objects for tests. Each returns a fresh object
 * with a new id; `overrides` replace or add properties (pass `undefined` to
 * leave one out), so a test states only what it cares about.
 *
 *   threatActor({ name: 'AQIM' })
 *   relationship(actor, location, 'located-at')
 *   report([actor, location])
 */
import { newStixId } from '../../src/stix/ids.js';
import { TLP2_EXTENSION_ID, TLP2_MARKING_IDS, type TlpLevel } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';

export type Overrides = Readonly<Record<string, unknown>>;
/** An object, or the id of one. */
export type Ref = string | { readonly id: string };

export const CREATED = '2026-01-15T08:30:00.000Z';
export const MODIFIED = '2026-01-16T09:45:00.000Z';
/** A fixed identity id, so objects built apart still share a creator. */
export const HOGGAR_IDENTITY_ID = 'identity--0b6a3f4e-2c1d-4e5f-8a9b-1c2d3e4f5a6b';

function idOf(ref: Ref): string {
  return typeof ref === 'string' ? ref : ref.id;
}

function apply(base: Record<string, unknown>, overrides: Overrides): StixObject {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as unknown as StixObject;
}

/** A copy of `object` without the named properties. */
export function without(object: StixObject, ...names: string[]): StixObject {
  return apply(object, Object.fromEntries(names.map((name) => [name, undefined])));
}

/** Any SDO or SRO: the common properties, then the type's own. */
export function domainObject(type: string, props: Overrides, overrides: Overrides = {}): StixObject {
  return apply({ type, spec_version: '2.1', id: newStixId(type), created: CREATED, modified: MODIFIED, ...props }, overrides);
}

/** Any SCO: type, id and its own properties. */
export function observable(type: string, props: Overrides, overrides: Overrides = {}): StixObject {
  return apply({ type, spec_version: '2.1', id: newStixId(type), ...props }, overrides);
}

// --- SDOs -----------------------------------------------------------------

export const identity = (o: Overrides = {}) =>
  domainObject('identity', { name: 'Joint Staff Intelligence Cell', identity_class: 'organization', sectors: ['defense'] }, o);
export const threatActor = (o: Overrides = {}) =>
  domainObject('threat-actor', { name: 'Sahel Armed Group', threat_actor_types: ['terrorist'], aliases: ['SAG'] }, o);
export const intrusionSet = (o: Overrides = {}) => domainObject('intrusion-set', { name: 'Desert Network', first_seen: '2019-03-01T00:00:00Z' }, o);
export const campaign = (o: Overrides = {}) => domainObject('campaign', { name: 'Border Raids 2025', objective: 'Control smuggling routes' }, o);
export const attackPattern = (o: Overrides = {}) =>
  domainObject('attack-pattern', { name: 'Ambush on convoy', kill_chain_phases: [{ kill_chain_name: 'hoggar-ops', phase_name: 'execution' }] }, o);
export const courseOfAction = (o: Overrides = {}) => domainObject('course-of-action', { name: 'Reinforce border posts' }, o);
export const incident = (o: Overrides = {}) => domainObject('incident', { name: 'Attack on checkpoint' }, o);
export const indicator = (o: Overrides = {}) => domainObject('indicator', {
  name: 'C2 address', indicator_types: ['malicious-activity'], pattern: "[ipv4-addr:value = '198.51.100.7']",
  pattern_type: 'stix', valid_from: '2026-01-15T00:00:00Z',
}, o);
export const infrastructure = (o: Overrides = {}) => domainObject('infrastructure', { name: 'Relay server', infrastructure_types: ['command-and-control'] }, o);
export const location = (o: Overrides = {}) =>
  domainObject('location', { name: 'Tamanrasset', country: 'DZ', latitude: 22.785, longitude: 5.5228 }, o);
export const malware = (o: Overrides = {}) => domainObject('malware', { name: 'DuneRAT', is_family: true, malware_types: ['remote-access-trojan'] }, o);
export const malwareAnalysis = (o: Overrides = {}) => domainObject('malware-analysis', { product: 'sandbox-x', result: 'malicious' }, o);
export const tool = (o: Overrides = {}) => domainObject('tool', { name: 'Satellite phone', tool_types: ['remote-access'] }, o);
export const vulnerability = (o: Overrides = {}) => domainObject('vulnerability', { name: 'CVE-2021-44228' }, o);

export const note = (refs: readonly Ref[], o: Overrides = {}) =>
  domainObject('note', { content: 'Spelling of the kunya varies by source.', object_refs: refs.map(idOf) }, o);
export const opinion = (refs: readonly Ref[], o: Overrides = {}) =>
  domainObject('opinion', { opinion: 'agree', object_refs: refs.map(idOf) }, o);
export const report = (refs: readonly Ref[], o: Overrides = {}) => domainObject('report', {
  name: 'Weekly border summary', report_types: ['threat-report'], published: '2026-01-16T10:00:00Z', object_refs: refs.map(idOf),
}, o);
export const grouping = (refs: readonly Ref[], o: Overrides = {}) =>
  domainObject('grouping', { context: 'suspicious-activity', object_refs: refs.map(idOf) }, o);
export const observedData = (refs: readonly Ref[], o: Overrides = {}) => domainObject('observed-data', {
  first_observed: '2026-01-10T06:00:00Z', last_observed: '2026-01-10T07:00:00Z', number_observed: 1, object_refs: refs.map(idOf),
}, o);

// --- SROs -----------------------------------------------------------------

export const relationship = (source: Ref, target: Ref, relationshipType = 'related-to', o: Overrides = {}) =>
  domainObject('relationship', { relationship_type: relationshipType, source_ref: idOf(source), target_ref: idOf(target) }, o);
export const sighting = (of: Ref, o: Overrides = {}) => domainObject('sighting', { sighting_of_ref: idOf(of), count: 1 }, o);

// --- Meta objects ---------------------------------------------------------

/** A statement marking ("Copyright …", terms of use). */
export const statementMarking = (statement = 'For member states of the joint staff only.', o: Overrides = {}) => apply({
  type: 'marking-definition', spec_version: '2.1', id: newStixId('marking-definition'), created: CREATED,
  definition_type: 'statement', definition: { statement },
}, o);

/** The TLP 2.0 marking-definition of `level`, with its fixed id. */
export const tlpMarking = (level: TlpLevel = 'green'): StixObject => apply({
  type: 'marking-definition', spec_version: '2.1', id: TLP2_MARKING_IDS[level], created: '2022-10-01T00:00:00.000Z',
  name: `TLP:${level.toUpperCase()}`,
  extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
}, {});

export const languageContent = (object: Ref, o: Overrides = {}) => domainObject('language-content', {
  object_ref: idOf(object), object_modified: MODIFIED, contents: { ar: { name: 'جماعة مسلحة' }, fr: { name: 'Groupe armé' } },
}, o);
export const extensionDefinition = (o: Overrides = {}) => domainObject('extension-definition', {
  created_by_ref: HOGGAR_IDENTITY_ID, name: 'Hoggar source grading', schema: 'https://example.org/hoggar/source-grading.json',
  version: '1.0.0', extension_types: ['property-extension'],
}, o);

// --- SCOs -----------------------------------------------------------------

export const ipv4 = (value = '198.51.100.7', o: Overrides = {}) => observable('ipv4-addr', { value }, o);
export const ipv6 = (value = '2001:db8::7', o: Overrides = {}) => observable('ipv6-addr', { value }, o);
export const domainName = (value = 'example.org', o: Overrides = {}) => observable('domain-name', { value }, o);
export const url = (value = 'https://example.org/payload', o: Overrides = {}) => observable('url', { value }, o);
export const emailAddr = (value = 'contact@example.org', o: Overrides = {}) => observable('email-addr', { value }, o);
export const macAddr = (value = 'd2:fb:49:24:37:18', o: Overrides = {}) => observable('mac-addr', { value }, o);
export const mutex = (name = 'Global\\hoggar-test', o: Overrides = {}) => observable('mutex', { name }, o);
export const software = (name = 'Word', o: Overrides = {}) => observable('software', { name, vendor: 'Microsoft' }, o);
export const file = (name = 'report.docx', o: Overrides = {}) => observable('file', { name, size: 1024 }, o);
export const directory = (path = 'C:\\Windows\\Temp', o: Overrides = {}) => observable('directory', { path }, o);
export const autonomousSystem = (number = 64_500, o: Overrides = {}) => observable('autonomous-system', { number }, o);
export const artifact = (o: Overrides = {}) => observable('artifact', { mime_type: 'text/plain', payload_bin: 'aGVsbG8=' }, o);
export const emailMessage = (o: Overrides = {}) => observable('email-message', { is_multipart: false, subject: 'Meeting', body: 'See you.' }, o);
export const networkTraffic = (source: Ref, o: Overrides = {}) =>
  observable('network-traffic', { src_ref: idOf(source), protocols: ['ipv4', 'tcp'], dst_port: 443 }, o);
export const process = (o: Overrides = {}) => observable('process', { pid: 1221, command_line: 'cmd.exe /c whoami' }, o);
export const userAccount = (o: Overrides = {}) => observable('user-account', { user_id: '1001', account_login: 'analyst' }, o);
export const windowsRegistryKey = (o: Overrides = {}) =>
  observable('windows-registry-key', { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Hoggar' }, o);
export const x509Certificate = (o: Overrides = {}) => observable('x509-certificate', { issuer: 'CN=Hoggar Test CA', serial_number: '01' }, o);
