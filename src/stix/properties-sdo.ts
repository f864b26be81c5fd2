import {
  bool, countryCode, en, int, num, ov, ovs, ref, refTarget, refs, str, strings, ts,
} from './properties.js';
import {
  ANY_OBJECT, ANY_SCO, ANY_SDO, SCO_OR_SRO, SDO_OR_SCO, domainType, type TypeRules,
} from './properties-common.js';
import { dictionary, killChainPhases } from './properties-nested.js';
import {
  atLeastOne, deprecated, needs, ordered, requiredWhen,
} from './validate-constraints.js';
import { describeValue, type Constraint } from './validate-issues.js';
import type { SdoType, SroType } from './types.js';
import { checkStixPattern } from './pattern.js';

/**
 * Property tables of the 19 SDOs (STIX 2.1 section 4) and the two SROs
 * (section 5), as data: each property's check, the required ones, and the
 * rules that tie properties together.
 */
const SOFTWARE = refTarget('a software SCO', ['software']);
const SEEN_ORDER = ordered('first_seen', 'last_seen');

const locationPlace: Constraint = (o, ctx) => {
  const hasPoint = o.latitude !== undefined && o.longitude !== undefined;
  if (o.region === undefined && o.country === undefined && !hasPoint) {
    ctx.sink.error('missing_one_of', '$', 'A location must have region, country, or latitude and longitude.');
  }
};

const named = { name: str, description: str };

/** A pattern in the STIX patterning language must parse (Part 9); other languages are not checked. */
const stixPatternSyntax: Constraint = (o, ctx) => {
  if (o.pattern_type !== 'stix' || typeof o.pattern !== 'string') return;
  const problem = checkStixPattern(o.pattern);
  if (problem) ctx.sink.error('invalid_pattern', '$.pattern', `$.pattern is ${problem}.`);
};

export const SDO_RULES: Readonly<Record<SdoType, TypeRules>> = {
  'attack-pattern': domainType('sdo', { ...named, aliases: strings, kill_chain_phases: killChainPhases }, ['name']),
  campaign: domainType('sdo', {
    ...named, aliases: strings, first_seen: ts, last_seen: ts, objective: str,
  }, ['name'], [SEEN_ORDER]),
  'course-of-action': domainType('sdo', named, ['name'], [], {
    action: 'action is reserved in STIX 2.1 for a future structured course of action and must not be used.',
  }),
  grouping: domainType('sdo', {
    ...named, context: ov('grouping-context-ov'), object_refs: refs(ANY_OBJECT),
  }, ['context', 'object_refs']),
  identity: domainType('sdo', {
    ...named, roles: strings, identity_class: ov('identity-class-ov'), sectors: ovs('industry-sector-ov'),
    contact_information: str,
  }, ['name']),
  incident: domainType('sdo', { ...named, kill_chain_phases: killChainPhases }, ['name']),
  indicator: domainType('sdo', {
    ...named, indicator_types: ovs('indicator-type-ov'), pattern: str, pattern_type: ov('pattern-type-ov'),
    pattern_version: str, valid_from: ts, valid_until: ts, kill_chain_phases: killChainPhases,
  }, ['pattern', 'pattern_type', 'valid_from'], [ordered('valid_from', 'valid_until', true), stixPatternSyntax]),
  infrastructure: domainType('sdo', {
    ...named, infrastructure_types: ovs('infrastructure-type-ov'), aliases: strings,
    kill_chain_phases: killChainPhases, first_seen: ts, last_seen: ts,
  }, ['name'], [SEEN_ORDER]),
  'intrusion-set': domainType('sdo', {
    ...named, aliases: strings, first_seen: ts, last_seen: ts, goals: strings,
    resource_level: ov('attack-resource-level-ov'), primary_motivation: ov('attack-motivation-ov'),
    secondary_motivations: ovs('attack-motivation-ov'),
  }, ['name'], [SEEN_ORDER]),
  location: domainType('sdo', {
    ...named, latitude: num(-90, 90), longitude: num(-180, 180), precision: num(0),
    region: ov('region-ov'), country: countryCode, administrative_area: str, city: str,
    street_address: str, postal_code: str,
  }, [], [locationPlace, needs('latitude', ['longitude']), needs('longitude', ['latitude']),
    needs('precision', ['latitude', 'longitude'])]),
  malware: domainType('sdo', {
    ...named, malware_types: ovs('malware-type-ov'), is_family: bool, aliases: strings,
    kill_chain_phases: killChainPhases, first_seen: ts, last_seen: ts,
    operating_system_refs: refs(SOFTWARE), architecture_execution_envs: ovs('processor-architecture-ov'),
    implementation_languages: ovs('implementation-language-ov'), capabilities: ovs('malware-capabilities-ov'),
    sample_refs: refs(refTarget('a file or artifact', ['file', 'artifact'])),
  }, ['is_family'], [SEEN_ORDER, requiredWhen('name', (o) => o.is_family === true, 'when is_family is true')]),
  'malware-analysis': domainType('sdo', {
    product: str, version: str, host_vm_ref: ref(SOFTWARE), operating_system_ref: ref(SOFTWARE),
    installed_software_refs: refs(SOFTWARE), configuration_version: str, modules: strings,
    analysis_engine_version: str, analysis_definition_version: str, submitted: ts,
    analysis_started: ts, analysis_ended: ts, result_name: str, result: ov('malware-result-ov'),
    analysis_sco_refs: refs(ANY_SCO),
    sample_ref: ref(refTarget('a file, network-traffic or artifact', ['file', 'network-traffic', 'artifact'])),
  }, ['product'], [atLeastOne(['result', 'analysis_sco_refs'])]),
  note: domainType('sdo', {
    abstract: str, content: str, authors: strings, object_refs: refs(ANY_OBJECT),
  }, ['content', 'object_refs']),
  'observed-data': domainType('sdo', {
    first_observed: ts, last_observed: ts, number_observed: int(1, 999_999_999),
    objects: dictionary, object_refs: refs(SCO_OR_SRO),
  }, ['first_observed', 'last_observed', 'number_observed'], [
    ordered('first_observed', 'last_observed'),
    atLeastOne(['object_refs', 'objects']),
    (o, ctx) => {
      if (o.objects !== undefined && o.object_refs !== undefined) {
        ctx.sink.error('mutually_exclusive', '$.objects', 'An observed-data must have object_refs or objects, not both.');
      }
    },
    deprecated('objects', 'list the SCOs as top-level objects and reference them in object_refs.'),
  ]),
  opinion: domainType('sdo', {
    explanation: str, authors: strings, opinion: en('opinion-enum'), object_refs: refs(ANY_OBJECT),
  }, ['opinion', 'object_refs']),
  report: domainType('sdo', {
    ...named, report_types: ovs('report-type-ov'), published: ts, object_refs: refs(ANY_OBJECT),
  }, ['name', 'published', 'object_refs']),
  'threat-actor': domainType('sdo', {
    ...named, threat_actor_types: ovs('threat-actor-type-ov'), aliases: strings, first_seen: ts,
    last_seen: ts, roles: ovs('threat-actor-role-ov'), goals: strings,
    sophistication: ov('threat-actor-sophistication-ov'), resource_level: ov('attack-resource-level-ov'),
    primary_motivation: ov('attack-motivation-ov'), secondary_motivations: ovs('attack-motivation-ov'),
    personal_motivations: ovs('attack-motivation-ov'),
  }, ['name'], [SEEN_ORDER]),
  tool: domainType('sdo', {
    ...named, tool_types: ovs('tool-type-ov'), aliases: strings, kill_chain_phases: killChainPhases,
    tool_version: str,
  }, ['name']),
  vulnerability: domainType('sdo', named, ['name']),
};

// relationship_type: ASCII lowercase letters, digits and hyphens (section 5.1).
const RELATIONSHIP_TYPE = /^[a-z0-9-]{1,250}$/;

const relationshipType = (value: unknown, ctx: Parameters<typeof str>[1], path: string): void => {
  if (typeof value !== 'string' || !RELATIONSHIP_TYPE.test(value)) {
    ctx.sink.error('invalid_relationship_type', path,
      `${path} must be lowercase ASCII letters, digits and hyphens (e.g. "attributed-to"); got ${describeValue(value)}.`);
  }
};

export const SRO_RULES: Readonly<Record<SroType, TypeRules>> = {
  relationship: domainType('sro', {
    relationship_type: relationshipType, description: str, source_ref: ref(SDO_OR_SCO),
    target_ref: ref(SDO_OR_SCO), start_time: ts, stop_time: ts,
  }, ['relationship_type', 'source_ref', 'target_ref'], [ordered('start_time', 'stop_time', true)]),
  sighting: domainType('sro', {
    description: str, first_seen: ts, last_seen: ts, count: int(0, 999_999_999),
    sighting_of_ref: ref(ANY_SDO),
    observed_data_refs: refs(refTarget('an observed-data', ['observed-data'])),
    where_sighted_refs: refs(refTarget('an identity or location', ['identity', 'location'])),
    summary: bool,
  }, ['sighting_of_ref'], [SEEN_ORDER]),
};

