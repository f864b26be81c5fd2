import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newStixId } from './ids.js';
import { META_TYPES, SCO_TYPES, SDO_TYPES, SRO_TYPES, type StixObject } from './types.js';
import { validateBundle, validateStixObject } from './validate.js';
import * as f from '../../test/factories/stix.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/stix/valid/', import.meta.url));

function loadFixtures(): { file: string; text: string; object: unknown }[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.json')).flatMap((file) => {
    const parsed = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as unknown[];
    // Each object is re-read from its own JSON text so the round trip compares with the input as sent.
    return parsed.map((object) => ({ file, text: JSON.stringify(object), object: JSON.parse(JSON.stringify(object)) as unknown }));
  });
}

const fixtures = loadFixtures();

describe('valid fixtures', () => {
  it('cover every SDO, SRO, SCO and meta type', () => {
    const types = new Set(fixtures.map(({ object }) => (object as StixObject).type));
    for (const type of [...SDO_TYPES, ...SRO_TYPES, ...SCO_TYPES, ...META_TYPES]) expect(types, type).toContain(type);
  });

  it.each(fixtures.map((fixture) => [`${fixture.file} ${(fixture.object as StixObject).id}`, fixture] as const))(
    '%s is valid and round-trips unchanged',
    (_name, { text, object }) => {
      const result = validateStixObject(object);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.object).toBe(object);
      expect(JSON.stringify(result.object)).toBe(text);
    },
  );
});

describe('test factories', () => {
  const actor = f.threatActor();
  const ip = f.ipv4();
  const built: Record<string, StixObject> = {
    identity: f.identity(), threatActor: actor, intrusionSet: f.intrusionSet(), campaign: f.campaign(),
    attackPattern: f.attackPattern(), courseOfAction: f.courseOfAction(), incident: f.incident(), indicator: f.indicator(),
    infrastructure: f.infrastructure(), location: f.location(), malware: f.malware(), malwareAnalysis: f.malwareAnalysis(),
    tool: f.tool(), vulnerability: f.vulnerability(), note: f.note([actor]), opinion: f.opinion([actor]),
    report: f.report([actor, ip]), grouping: f.grouping([actor]), observedData: f.observedData([ip]),
    relationship: f.relationship(actor, f.location(), 'located-at'), sighting: f.sighting(f.indicator()),
    statementMarking: f.statementMarking(), tlpMarking: f.tlpMarking('amber+strict'), languageContent: f.languageContent(actor),
    extensionDefinition: f.extensionDefinition(), ipv4: ip, ipv6: f.ipv6(), domainName: f.domainName(), url: f.url(),
    emailAddr: f.emailAddr(), macAddr: f.macAddr(), mutex: f.mutex(), software: f.software(), file: f.file(),
    directory: f.directory(), autonomousSystem: f.autonomousSystem(), artifact: f.artifact(), emailMessage: f.emailMessage(),
    networkTraffic: f.networkTraffic(ip), process: f.process(), userAccount: f.userAccount(),
    windowsRegistryKey: f.windowsRegistryKey(), x509Certificate: f.x509Certificate(),
  };

  it.each(Object.entries(built))('%s builds a valid object', (_name, object) => {
    const result = validateStixObject(object);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('apply overrides, and undefined leaves a property out', () => {
    expect(f.threatActor({ name: 'X' }).name).toBe('X');
    expect('aliases' in f.threatActor({ aliases: undefined })).toBe(false);
    expect(f.threatActor().id).not.toBe(f.threatActor().id);
  });
});

describe('robustness', () => {
  const odd: unknown[] = [
    null, undefined, 0, 1.5, NaN, '', 'indicator', true, [], [{}], {}, { type: null }, { type: 'indicator' },
    { type: 'indicator', id: 42 }, { type: 'relationship', id: 'relationship--x', source_ref: {}, target_ref: [] },
    { type: 'report', object_refs: [null, 1, {}, []], granular_markings: [null, 'x', { selectors: [1, null] }] },
    { type: 'threat-actor', external_references: [null, 1], kill_chain_phases: {}, extensions: [] },
    { type: 'marking-definition', definition_type: 'tlp', definition: 'red', extensions: { a: null } },
    { type: 'language-content', contents: { ar: null, '': [] } }, { type: 'ipv4-addr', hashes: { '': 1 } },
    Object.create(null), new Date(), /re/, () => 1, Symbol('s'), 10n,
  ];

  it.each(odd.map((value, i) => [i, value] as const))('never throws on odd input #%s', (_i, value) => {
    const result = validateStixObject(value);
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('reports values JSON cannot hold with ordinary codes', () => {
    const actor = f.threatActor();
    expect(validateStixObject(f.relationship(actor, actor, 'x', { relationship_type: 10n })).errors.map((e) => e.code))
      .toEqual(['invalid_relationship_type']);
    expect(validateStixObject(f.tool({ name: Symbol('s'), confidence: 10n })).errors.map((e) => [e.code, e.path]))
      .toEqual([['wrong_value_type', '$.name'], ['wrong_value_type', '$.confidence']]);
  });

  it('reports a getter that throws instead of throwing', () => {
    const hostile = f.tool();
    Object.defineProperty(hostile, 'name', { enumerable: true, get() { throw new Error('boom'); } });
    expect(validateStixObject(hostile).errors.map((e) => e.code)).toEqual(['unreadable_object']);
  });

  it('never throws on random mutations of valid objects, and never mutates them', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const junk: unknown[] = [null, 0, -1, 1e12, '', 'x', 'identity--0', [], [null], {}, { a: [] }, true, '2026-13-01T00:00:00Z'];
    for (let round = 0; round < 2000; round++) {
      const base = fixtures[Math.floor(random() * fixtures.length)]!.object as Record<string, unknown>;
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      const keys = Object.keys(copy);
      const key = random() < 0.2 ? `k${round}` : keys[Math.floor(random() * keys.length)]!;
      copy[key] = junk[Math.floor(random() * junk.length)];
      const before = JSON.stringify(copy);
      expect(() => validateStixObject(deepFreeze(copy))).not.toThrow();
      expect(JSON.stringify(copy)).toBe(before);
    }
  });

  // (Speed is measured by npm run bench, never asserted here: the machines are shared.)
  it('validates a huge object', () => {
    const refs = Array.from({ length: 50_000 }, () => newStixId('indicator'));
    const big = f.report(refs, { description: 'x'.repeat(1_000_000) });
    expect(validateStixObject(big).ok).toBe(true);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('validateBundle', () => {
  it('validates the envelope, then every object in input order', () => {
    const actor = f.threatActor();
    const broken = f.tool({ created: 'yesterday' });
    const bundle = { type: 'bundle', id: newStixId('bundle'), objects: [actor, broken, f.ipv4()] };
    const result = validateBundle(bundle);
    expect(result.errors).toEqual([]);
    expect(result.objects.map((o) => o.ok)).toEqual([true, false, true]);
    expect(result.objects[0]!.object).toBe(actor);
    expect(result.objects[1]!.errors.map((e) => [e.code, e.path, e.objectId])).toEqual([['invalid_timestamp', '$.created', broken.id]]);
  });

  it('reports a broken envelope', () => {
    expect(validateBundle({ type: 'bundel', id: 'bundle--1' }).errors.map((e) => [e.code, e.path]))
      .toEqual([['invalid_type', '$.type'], ['invalid_id', '$.id']]);
    expect(validateBundle({ type: 'bundle', id: newStixId('bundle'), objects: {} }).errors.map((e) => e.code)).toEqual(['wrong_value_type']);
    expect(validateBundle({ type: 'bundle', id: newStixId('bundle'), objects: [] }).errors.map((e) => e.code)).toEqual(['empty_list']);
    expect(validateBundle([]).errors.map((e) => e.code)).toEqual(['not_an_object']);
    expect(validateBundle({ type: 'bundle', id: newStixId('bundle') })).toEqual({ errors: [], objects: [] });
  });

  it('gives each non-object entry its own error', () => {
    const result = validateBundle({ type: 'bundle', id: newStixId('bundle'), objects: [null, 3] });
    expect(result.objects.map((o) => o.errors[0]?.code)).toEqual(['not_an_object', 'not_an_object']);
  });
});
