import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseJsonBody, parseWith } from './validate.js';

describe('parseWith', () => {
  it('names the first 20 problems and counts the rest, so one bad list cannot bloat the answer', () => {
    let message = '';
    let details: Record<string, unknown> | undefined;
    try {
      parseWith(z.object({ ids: z.array(z.string()) }), { ids: Array(5000).fill(1) }, 'body');
    } catch (error) {
      ({ message } = error as Error);
      details = (error as { details?: Record<string, unknown> }).details;
    }
    expect(message).toMatch(/^invalid body: ids\.0: .*; ids\.19: [^;]* \(and 4980 more\)$/);
    expect(details).toMatchObject({ issueCount: 5000, issues: expect.any(Array) });
    expect((details!.issues as unknown[]).length).toBe(20);
  });
});

describe('parseJsonBody', () => {
  it('refuses bytes that are not UTF-8 instead of storing U+FFFD in their place', () => {
    const body = Buffer.concat([Buffer.from('{"objects":[{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]);
    expect(() => parseJsonBody(body)).toThrow(/not valid JSON text: the bytes at offset 24 \(e9 22 7d 5d\) are not UTF-8/);
  });

  it('reads UTF-8 with or without a byte order mark', () => {
    const json = '{"name":"تمنراست"}';
    expect(parseJsonBody(Buffer.from(json))).toEqual({ name: 'تمنراست' });
    expect(parseJsonBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]))).toEqual({ name: 'تمنراست' });
  });
});
