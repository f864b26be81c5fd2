import { createHash, randomUUID } from 'node:crypto';

/** The OASIS namespace for deterministic (UUIDv5) STIX Cyber-observable ids. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/**
 * Hoggar's own UUIDv5 namespace, used for ids we derive from content (gazetteer
 * entries, releasability markings) so every node computes the same id.
 */
export const HOGGAR_NAMESPACE = '6f0c2d3e-8a41-5b7e-9d2c-4a1f3e5b7c90';

const TYPE_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
// RFC 4122 form; the spec requires version 4 or 5 (and the RFC variant) for STIX ids.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether `value` is a well-formed STIX type name (3 to 250 characters, STIX 2.1 section 3.1). */
export function isStixTypeName(value: string): boolean {
  return value.length >= 3 && value.length <= 250 && TYPE_PATTERN.test(value);
}

export interface ParsedId {
  readonly type: string;
  readonly uuid: string;
}

/** Splits `type--uuid`; returns undefined when the value is not a STIX identifier. */
export function parseStixId(value: unknown): ParsedId | undefined {
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf('--');
  if (at <= 0) return undefined;
  const type = value.slice(0, at);
  const uuid = value.slice(at + 2);
  if (!isStixTypeName(type)) return undefined;
  if (!UUID_PATTERN.test(uuid)) return undefined;
  return { type, uuid };
}

export function isStixId(value: unknown, type?: string): value is string {
  const parsed = parseStixId(value);
  return parsed !== undefined && (type === undefined || parsed.type === type);
}

/** A fresh random (v4) identifier for a new object of `type`. */
export function newStixId(type: string): string {
  return `${type}--${randomUUID()}`;
}

/** RFC 4122 version 5 UUID (SHA-1 of namespace + name). */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic id: the same `name` always gives the same id of `type`. */
export function deterministicStixId(type: string, name: string, namespace = HOGGAR_NAMESPACE): string {
  return `${type}--${uuidV5(name, namespace)}`;
}
