/**
 * The twelve evaluation articles (test/fixtures/articles, written by another
 * analyst; the development set of the generalisation work): overall (micro)
 * precision and recall per category, with thresholds a little below what the
 * extractor reaches (docs/extraction.md, "Evaluation").
 */
import { describe, expect, it } from 'vitest';
import { itMeetsThresholds, scoreGoldFolder } from './gold-set.js';

describe('evaluation articles (test/fixtures/articles)', () => {
  const scores = scoreGoldFolder('articles');

  it('scores the twelve articles', () => {
    expect(scores.length).toBe(12);
  });

  itMeetsThresholds(scores, {
    entities: { precision: 0.95, recall: 0.96 },
    aliases: { precision: 0.95, recall: 0.95 },
    relations: { precision: 0.95, recall: 0.67 },
    sources: { precision: 0.96, recall: 0.96 },
  });
});
