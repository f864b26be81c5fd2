/**
 * The twelve evaluation articles (test/fixtures/articles, written by another
 * analyst; the development set of the generalisation work): overall (micro)
 * precision and recall per category, with thresholds a little below what the
 * extractor reaches (docs/extraction.md, "Evaluation").
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.js';
import { loadGold, REPO_ROOT } from './gold.js';
import { addCounts, counts, scoreDraft, type FileScore } from './score.js';

const folder = path.join(REPO_ROOT, 'test', 'fixtures', 'articles');
const goldFiles = readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort();

describe('evaluation articles (test/fixtures/articles)', () => {
  const extractor = createExtractor();
  const scores: { file: string; score: FileScore }[] = goldFiles.map((file) => {
    const { gold, text } = loadGold(path.join(folder, file));
    // The language is detected, as in `npm run eval:extract`.
    return { file, score: scoreDraft(extractor.extract(text, { now: new Date('2026-01-01T00:00:00.000Z') }), gold) };
  });
  const total = (aspect: 'entities' | 'aliases' | 'relations' | 'sources') => scores.reduce((acc, s) => addCounts(acc, s.score[aspect]), counts(0, 0, 0));
  const details = (key: keyof FileScore['details']): string => scores.flatMap((s) => s.score.details[key].map((d) => `${s.file}: ${d}`)).join('\n');

  it('scores the twelve articles', () => {
    expect(goldFiles.length).toBe(12);
  });

  it('finds the entities (precision ≥ 0.95, recall ≥ 0.96)', () => {
    const c = total('entities');
    expect(c.precision, details('extraEntities')).toBeGreaterThanOrEqual(0.95);
    expect(c.recall, details('missedEntities')).toBeGreaterThanOrEqual(0.96);
  });

  it('finds the alias pairs (precision ≥ 0.95, recall ≥ 0.95)', () => {
    const c = total('aliases');
    expect(c.precision, details('extraAliases')).toBeGreaterThanOrEqual(0.95);
    expect(c.recall, details('missedAliases')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the relations (precision ≥ 0.95, recall ≥ 0.67)', () => {
    const c = total('relations');
    expect(c.precision, details('extraRelations')).toBeGreaterThanOrEqual(0.95);
    expect(c.recall, details('missedRelations')).toBeGreaterThanOrEqual(0.67);
  });

  it('finds the sources (precision ≥ 0.96, recall ≥ 0.96)', () => {
    const c = total('sources');
    expect(c.precision, details('extraSources')).toBeGreaterThanOrEqual(0.96);
    expect(c.recall, details('missedSources')).toBeGreaterThanOrEqual(0.96);
  });
});
