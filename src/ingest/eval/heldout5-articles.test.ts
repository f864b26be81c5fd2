/**
 * The eight articles of held-out set 5 (test/fixtures/heldout5-articles, written by
 * another analyst on 2026-11-30 without reading the extractor). Scored blind once at
 * commit b3f858a and not read since (docs/extraction.md, "Evaluation"); the thresholds
 * sit a little below that blind measurement and guard against regression.
 */
import { describe, expect, it } from 'vitest';
import { itMeetsThresholds, scoreGoldFolder } from './gold-set.js';

describe('held-out set 5 (test/fixtures/heldout5-articles)', () => {
  const scores = scoreGoldFolder('heldout5-articles');

  it('scores the eight articles in Arabic, French and English', () => {
    expect(scores.length).toBe(8);
    expect(new Set(scores.map((s) => s.lang))).toEqual(new Set(['ar', 'fr', 'en']));
  });

  itMeetsThresholds(scores, {
    entities: { precision: 0.8, recall: 0.7 },
    aliases: { precision: 0.55, recall: 0.25 },
    relations: { precision: 0.68, recall: 0.16 },
    sources: { precision: 0.76, recall: 0.5 },
  });
});
