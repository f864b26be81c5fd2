import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.js';
import { loadGold, REPO_ROOT } from './gold.js';
import { addCounts, counts, scoreDraft, type FileScore } from './score.js';

const folder = path.join(REPO_ROOT, 'test', 'fixtures', 'dev-articles');
const goldFiles = readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort();

describe('dev articles (test/fixtures/dev-articles)', () => {
  const extractor = createExtractor();
  const scores: { file: string; score: FileScore; lang: string | undefined }[] = goldFiles.map((file) => {
    const { gold, text } = loadGold(path.join(folder, file));
    return { file, lang: gold.language, score: scoreDraft(extractor.extract(text, { now: new Date('2026-01-01T00:00:00.000Z') }), gold) };
  });
  const total = (aspect: 'entities' | 'aliases' | 'relations' | 'sources') => scores.reduce((acc, s) => addCounts(acc, s.score[aspect]), counts(0, 0, 0));

  it('has at least ten articles in Arabic, French and English', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(10);
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
