/** The dev articles (test/fixtures/dev-articles, written with the rules): consistency, not generalisation. */
import { describe, expect, it } from 'vitest';
import { addCounts, counts } from './score.js';
import { scoreGoldFolder } from './gold-set.js';

describe('dev articles (test/fixtures/dev-articles)', () => {
  const scores = scoreGoldFolder('dev-articles');
  const total = (aspect: 'entities' | 'aliases' | 'relations' | 'sources') => scores.reduce((acc, s) => addCounts(acc, s.score[aspect]), counts(0, 0, 0));

  it('has at least ten articles in Arabic, French and English', () => {
    expect(scores.length).toBeGreaterThanOrEqual(10);
    expect(new Set(scores.map((s) => s.lang))).toEqual(new Set(['ar', 'fr', 'en']));
  });

  it('finds the entities (overall precision and recall ≥ 0.93)', () => {
    const c = total('entities');
    expect(c.precision).toBeGreaterThanOrEqual(0.93);
    expect(c.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('finds the aliases (recall ≥ 0.9)', () => {
    expect(total('aliases').recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the relations (precision ≥ 0.85, recall ≥ 0.8)', () => {
    const c = total('relations');
    expect(c.precision).toBeGreaterThanOrEqual(0.85);
    expect(c.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the anonymous sources (recall ≥ 0.8)', () => {
    expect(total('sources').recall).toBeGreaterThanOrEqual(0.8);
  });

  it('scores every article reasonably (entity F1 ≥ 0.8 each)', () => {
    for (const { file, score } of scores) expect(score.entities.f1, file).toBeGreaterThanOrEqual(0.8);
  });
});
