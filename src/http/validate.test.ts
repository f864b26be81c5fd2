import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseWith } from './validate.js';

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
