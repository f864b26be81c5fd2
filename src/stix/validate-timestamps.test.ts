import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './timestamps.js';
import { compareTimestamps, timestampPrecision } from './validate-timestamps.js';

describe('timestampPrecision', () => {
  it('counts fractional digits of valid timestamps', () => {
    expect(timestampPrecision('2021-06-10T12:00:00Z')).toBe(0);
    expect(timestampPrecision('2021-06-10T12:00:00.1Z')).toBe(1);
    expect(timestampPrecision('2021-06-10T12:00:00.123Z')).toBe(3);
    expect(timestampPrecision('2021-06-10T12:00:00.123456789Z')).toBe(9);
    expect(timestampPrecision('2024-02-29T23:59:60.000Z')).toBe(3);
  });

  it('rejects what is not a STIX timestamp', () => {
    for (const bad of [
      '', '2021-06-10', '2021-06-10T12:00:00', '2021-06-10T12:00:00+00:00', '2021-06-10 12:00:00Z', '2021-06-10T12:00:00.Z',
      '2021-13-10T12:00:00Z', '2021-00-10T12:00:00Z', '2023-02-29T12:00:00Z', '1900-02-29T00:00:00Z', '2021-06-31T00:00:00Z',
      '2021-06-10T24:00:00Z', '2021-06-10T12:60:00Z', '2021-06-10T12:00:61Z', '2021-06-10t12:00:00z', '2021-06-10T12:00:00.12aZ',
      '+2021-06-10T12:00:00Z',
    ]) expect(timestampPrecision(bad), bad).toBe(-1);
  });

  it('agrees with timestamps.ts parseTimestamp on random candidates', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648) * n);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let i = 0; i < 20_000; i++) {
      const fraction = random(3) === 0 ? '' : `.${pad(random(1_000_000), 1 + random(6))}`;
      const text = `${pad(1890 + random(250), 4)}-${pad(random(14), 2)}-${pad(random(33), 2)}T${pad(random(26), 2)}:${pad(random(62), 2)}:${pad(random(62), 2)}${fraction}Z`;
      const expected = parseTimestamp(text);
      expect(timestampPrecision(text), text).toBe(expected === undefined ? -1 : expected.precision);
    }
  });
});

describe('compareTimestamps', () => {
  it('orders instants whatever their precision', () => {
    expect(compareTimestamps('2021-06-10T12:00:00Z', '2021-06-10T12:00:00.000Z')).toBe(0);
    expect(compareTimestamps('2021-06-10T12:00:00.5Z', '2021-06-10T12:00:00.123Z')).toBeGreaterThan(0);
    expect(compareTimestamps('2021-06-10T12:00:00.001Z', '2021-06-10T12:00:00.002Z')).toBeLessThan(0);
    expect(compareTimestamps('2020-01-01T00:00:00Z', '2019-12-31T23:59:59.999999Z')).toBeGreaterThan(0);
  });
});
