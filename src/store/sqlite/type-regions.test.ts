import { describe, expect, it } from 'vitest';
import { regionOf, typeRegionKeys } from './type-regions.js';

describe('type regions', () => {
  it('gives every type a region from 1 to 1023, the same one each time', () => {
    for (const type of ['indicator', 'malware', 'x-custom-thing', 'ipv4-addr', '']) {
      const region = regionOf(type);
      expect(region).toBeGreaterThanOrEqual(1);
      expect(region).toBeLessThanOrEqual(1023);
      expect(regionOf(type)).toBe(region);
    }
    // The STIX types an ingest sees most lie in regions of their own.
    const common = ['identity', 'tool', 'threat-actor', 'report', 'relationship', 'note', 'malware', 'location', 'indicator', 'incident', 'sighting', 'intrusion-set'];
    expect(new Set(common.map(regionOf)).size).toBe(common.length);
  });

  it('numbers each type on from the last key stored in its region, one type apart from another', () => {
    const stored = [5, 3 * 2 ** 40, regionOf('malware') * 2 ** 40 + 41];
    const asked: number[] = [];
    const lastBelow = (limit: number) => {
      asked.push(limit);
      return Math.max(...stored.filter((k) => k < limit));
    };
    const keyFor = typeRegionKeys(lastBelow);
    const malwareStart = regionOf('malware') * 2 ** 40;
    const indicatorStart = regionOf('indicator') * 2 ** 40;
    expect([keyFor('malware'), keyFor('indicator'), keyFor('malware'), keyFor('indicator')])
      .toEqual([malwareStart + 42, indicatorStart, malwareStart + 43, indicatorStart + 1]);
    // Each region's last key is read once per allocator.
    expect(asked).toHaveLength(2);
    expect(Number.isSafeInteger(keyFor('x-custom') + 2 ** 40)).toBe(true);
  });

  it('starts an empty region at its first key', () => {
    const keyFor = typeRegionKeys(() => undefined);
    expect(keyFor('note')).toBe(regionOf('note') * 2 ** 40);
  });
});
