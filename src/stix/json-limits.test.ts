import { describe, expect, it } from 'vitest';
import { identity } from '../../test/factories/stix.js';
import { jsonLimitBreach, MAX_NESTING } from './json-limits.js';
import { validateStixObject } from './validate.js';

/** A list nested `depth` levels (the outermost list is level 1 below its holder). */
const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('jsonLimitBreach', () => {
  it('allows the nesting limit and names the first value beyond it, through objects and lists', () => {
    expect(jsonLimitBreach({ a: nested(MAX_NESTING - 1) })).toBeUndefined();
    expect(jsonLimitBreach({ a: nested(MAX_NESTING) })).toBeUndefined();
    expect(jsonLimitBreach({ a: nested(MAX_NESTING + 1) })).toMatchObject({ code: 'too_deep', path: `$.a${'[0]'.repeat(MAX_NESTING)}` });
    expect(jsonLimitBreach({ 'b c': [{ d: [[]] }] }, 3)).toMatchObject({ code: 'too_deep', path: '$["b c"][0].d[0]' });
    expect(jsonLimitBreach({ a: [1, 'x', null, { b: 2 }] }, 2)).toBeUndefined();
  });

  it('walks input far deeper than the call stack allows without throwing', () => {
    expect(jsonLimitBreach({ a: nested(200_000) })?.path).toMatch(/^\$\.a(\[0\]){100}$/);
  });

  it('refuses a number too large for a double, and keeps every other number', () => {
    const parsed = JSON.parse('{"a": {"b": [0, 1e400]}, "c": -1e400}') as Record<string, unknown>;
    expect(jsonLimitBreach(parsed)).toMatchObject({ code: 'unrepresentable_number', path: '$.a.b[1]', message: expect.stringMatching(/null/) });
    expect(jsonLimitBreach({ c: parsed.c })?.path).toBe('$.c');
    expect(jsonLimitBreach(JSON.parse('{"a": [9007199254740991, -9007199254740991, 0.1, -0, 1.5e-300, 123456789.123456789]}'))).toBeUndefined();
  });

  it('refuses a whole number a double cannot hold exactly, which would come back changed', () => {
    for (const text of ['12345678901234567890', '9007199254740992', '-9007199254740993', '1e300']) {
      expect(jsonLimitBreach(JSON.parse(`{"x": [1, ${text}]}`)), text).toMatchObject({ code: 'unrepresentable_number', path: '$.x[1]', message: expect.stringContaining('beyond ±(2^53 − 1)') });
    }
  });
});

describe('validateStixObject on values it could not store as they came', () => {
  it('refuses an object nested beyond the limit with one error at its path, and keeps one at the limit', () => {
    const deep = { ...identity(), x_deep: nested(MAX_NESTING + 1) };
    const result = validateStixObject(deep);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.code, e.path, e.objectId])).toEqual([['too_deep', `$.x_deep${'[0]'.repeat(MAX_NESTING)}`, deep.id]]);
    expect(validateStixObject({ ...identity(), x_deep: nested(MAX_NESTING) }).ok).toBe(true);
  });

  it('refuses an overflowing number in a custom property', () => {
    const object = { ...identity(), x_count: Number.POSITIVE_INFINITY };
    expect(validateStixObject(object).errors.map((e) => [e.code, e.path])).toEqual([['unrepresentable_number', '$.x_count']]);
  });
});
