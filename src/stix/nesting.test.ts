import { describe, expect, it } from 'vitest';
import { identity } from '../../test/factories/stix.js';
import { MAX_NESTING, tooDeepPath } from './nesting.js';
import { validateStixObject } from './validate.js';

/** A list nested `depth` levels (the outermost list is level 1 below its holder). */
const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('tooDeepPath', () => {
  it('allows the limit and names the first value beyond it, through objects and lists', () => {
    expect(tooDeepPath({ a: nested(MAX_NESTING - 1) })).toBeUndefined();
    expect(tooDeepPath({ a: nested(MAX_NESTING) })).toBeUndefined();
    expect(tooDeepPath({ a: nested(MAX_NESTING + 1) })).toBe(`$.a${'[0]'.repeat(MAX_NESTING)}`);
    expect(tooDeepPath({ 'b c': [{ d: [[]] }] }, 3)).toBe('$["b c"][0].d[0]');
    expect(tooDeepPath({ a: [1, 'x', null, { b: 2 }] }, 2)).toBeUndefined();
  });

  it('walks input far deeper than the call stack allows without throwing', () => {
    expect(tooDeepPath({ a: nested(200_000) })).toMatch(/^\$\.a(\[0\]){100}$/);
  });
});

describe('validateStixObject on deeply nested input', () => {
  it('refuses an object nested beyond the limit with one error at its path, and keeps one at the limit', () => {
    const deep = { ...identity(), x_deep: nested(MAX_NESTING + 1) };
    const result = validateStixObject(deep);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.code, e.path, e.objectId])).toEqual([['too_deep', `$.x_deep${'[0]'.repeat(MAX_NESTING)}`, deep.id]]);
    expect(validateStixObject({ ...identity(), x_deep: nested(MAX_NESTING) }).ok).toBe(true);
  });
});
