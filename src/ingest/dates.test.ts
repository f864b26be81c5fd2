import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseDeclaredDate } from './dates.js';

describe('findPublishedDate', () => {
  it('reads ISO, French, English and Arabic dates', () => {
    expect(findPublishedDate('Publié le 2024-03-05 à Gao')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(findPublishedDate('Ouagadougou, le 8 février 2024 –')?.toISOString()).toBe('2024-02-08T00:00:00.000Z');
    expect(findPublishedDate('BAMAKO, March 5, 2024 —')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(findPublishedDate('في بيان صدر يوم 14 مارس 2024')?.toISOString()).toBe('2024-03-14T00:00:00.000Z');
    expect(findPublishedDate('الجزائر في ٣ جوان ٢٠٢٤')?.toISOString()).toBe('2024-06-03T00:00:00.000Z');
  });

  it('ignores impossible dates and texts without dates', () => {
    expect(findPublishedDate('le 31 février 2024')).toBeUndefined();
    expect(findPublishedDate('آلاف المقاتلين في 80 بلدا')).toBeUndefined();
  });

  it('parses declared dates', () => {
    expect(parseDeclaredDate('2024-03-05T10:00:00Z')?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(parseDeclaredDate('not a date')).toBeUndefined();
  });
});
