/**
 * The STIX 2.1 object catalogue. Objects are kept as the JSON they arrived as;
 * this type names the common properties every part of Hoggar reads.
 */
export interface GranularMarking {
  readonly lang?: string;
  readonly marking_ref?: string;
  readonly selectors: readonly string[];
}

export interface StixObject {
  readonly type: string;
  readonly id: string;
  readonly spec_version?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly created_by_ref?: string;
  readonly revoked?: boolean;
  readonly object_marking_refs?: readonly string[];
  readonly granular_markings?: readonly GranularMarking[];
  readonly [property: string]: unknown;
}

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

export const SDO_TYPES = [
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'identity', 'incident',
  'indicator', 'infrastructure', 'intrusion-set', 'location', 'malware', 'malware-analysis',
  'note', 'observed-data', 'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
] as const;

export const SRO_TYPES = ['relationship', 'sighting'] as const;

export const SCO_TYPES = [
  'artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message',
  'file', 'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process',
  'software', 'url', 'user-account', 'windows-registry-key', 'x509-certificate',
] as const;

export const META_TYPES = ['marking-definition', 'language-content', 'extension-definition'] as const;

export type SdoType = (typeof SDO_TYPES)[number];
export type SroType = (typeof SRO_TYPES)[number];
export type ScoType = (typeof SCO_TYPES)[number];
export type MetaType = (typeof META_TYPES)[number];
export type KnownType = SdoType | SroType | ScoType | MetaType;

export type ObjectCategory = 'sdo' | 'sro' | 'sco' | 'meta' | 'custom';

const CATEGORY = new Map<string, ObjectCategory>([
  ...SDO_TYPES.map((t) => [t, 'sdo'] as const),
  ...SRO_TYPES.map((t) => [t, 'sro'] as const),
  ...SCO_TYPES.map((t) => [t, 'sco'] as const),
  ...META_TYPES.map((t) => [t, 'meta'] as const),
]);

/** Which family a type belongs to; any other type is a custom object. */
export function categoryOf(type: string): ObjectCategory {
  return CATEGORY.get(type) ?? 'custom';
}

export function isKnownType(type: string): type is KnownType {
  return CATEGORY.has(type);
}

/**
 * The version of an object as TAXII names it: `modified`, else `created`
 * (unversioned objects such as marking definitions), else undefined (SCOs).
 */
export function versionOf(object: StixObject): string | undefined {
  return object.modified ?? object.created;
}

/** Compile-time guard for exhaustive switches over a union. */
export function assertUnreachable(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
