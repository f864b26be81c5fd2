/**
 * Small valid STIX 2.1 objects for the conformance suite: fresh ids, distinct
 * millisecond timestamps, TLP:CLEAR so any reader may see them. Names are
 * synthetic; nothing here describes a real group or person.
 */
import { newStixId } from '../../src/stix/ids.js';
import { TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import { formatMillis } from '../../src/stix/timestamps.js';
import type { StixObject } from '../../src/stix/types.js';

type Overrides = Readonly<Record<string, unknown>>;

// Every factory call takes the next millisecond, so no two objects share a timestamp.
let clock = Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 1_000_000) * 1_000;
let serial = 0;

/** A fresh, distinct millisecond STIX timestamp. */
export function nextTimestamp(): string {
  clock += 1;
  return formatMillis(new Date(clock));
}

interface Common extends StixObject {
  readonly created: string;
}

function common(type: string): Common {
  const created = nextTimestamp();
  serial += 1;
  return {
    type,
    spec_version: '2.1',
    id: newStixId(type),
    created,
    modified: created,
    object_marking_refs: [TLP2_MARKING_IDS.clear],
  };
}

export function indicator(overrides: Overrides = {}): StixObject {
  const base = common('indicator');
  return {
    ...base,
    name: `Conformance indicator ${serial}`,
    pattern: `[ipv4-addr:value = '198.51.100.${serial % 250}']`,
    pattern_type: 'stix',
    valid_from: base.created,
    ...overrides,
  };
}

export function identity(overrides: Overrides = {}): StixObject {
  return { ...common('identity'), name: `Conformance organisation ${serial}`, identity_class: 'organization', ...overrides };
}

export function threatActor(overrides: Overrides = {}): StixObject {
  return {
    ...common('threat-actor'),
    name: `Conformance actor ${serial}`,
    threat_actor_types: ['criminal'],
    ...overrides,
  };
}

const MAKERS = [indicator, identity, threatActor] as const;

/** `count` objects cycling through the three types. */
export function mixedObjects(count: number): StixObject[] {
  return Array.from({ length: count }, (_, i) => MAKERS[i % MAKERS.length]!());
}

/**
 * `count` versions of one object, oldest first: same id and created, `modified`
 * one second apart, each with a different description.
 */
export function versionsOf(object: StixObject, count: number): StixObject[] {
  const start = Date.parse(object.created ?? nextTimestamp());
  return Array.from({ length: count }, (_, i) => ({
    ...object,
    modified: formatMillis(new Date(start + i * 1_000)),
    description: `version ${i + 1}`,
  }));
}

/** An object whose serialised envelope is larger than `bytes`. */
export function oversized(bytes: number): StixObject {
  return indicator({ description: 'x'.repeat(bytes + 1) });
}
