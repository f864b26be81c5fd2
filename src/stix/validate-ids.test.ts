import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deterministicStixId, parseStixId } from './ids.js';
import { stixIdType } from './validate-ids.js';

describe('stixIdType', () => {
  it('agrees with parseStixId', () => {
    const candidates = [
      `indicator--${randomUUID()}`, deterministicStixId('ipv4-addr', '1.2.3.4'), `x-hoggar-event--${randomUUID()}`,
      `ab--${randomUUID()}`, `a-b--${randomUUID()}`, `${'a'.repeat(250)}--${randomUUID()}`, `${'a'.repeat(251)}--${randomUUID()}`,
      `Indicator--${randomUUID()}`, `indicator-${randomUUID()}`, `indicator--${randomUUID().toUpperCase()}`,
      'indicator--8e2e2d2b-17d4-11e6-938f-98ee46b3cd3f', 'indicator--8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f',
      `x--y--${randomUUID()}`, `-x--${randomUUID()}`, `x---${randomUUID()}`, `--${randomUUID()}`, `1ab--${randomUUID()}`,
      `threat-actor--${randomUUID()}x`, '', '--', 'threat-actor--',
    ];
    for (const value of candidates) expect(stixIdType(value), value).toBe(parseStixId(value)?.type);
  });
});
