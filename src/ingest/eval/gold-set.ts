/**
 * Scores a folder of gold articles once and checks overall (micro) precision
 * and recall per aspect against thresholds — shared by the evaluation-set
 * tests so that each only states its folder and its thresholds.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createExtractor } from '../index.js';
import { loadGold, REPO_ROOT } from './gold.js';
import { addCounts, counts, scoreDraft, type FileScore } from './score.js';

export type Aspect = 'entities' | 'aliases' | 'relations' | 'sources';
export type SetThresholds = Record<Aspect, { precision: number; recall: number }>;

const DETAIL_KEYS: Record<Aspect, [keyof FileScore['details'], keyof FileScore['details']]> = {
  entities: ['extraEntities', 'missedEntities'],
  aliases: ['extraAliases', 'missedAliases'],
  relations: ['extraRelations', 'missedRelations'],
  sources: ['extraSources', 'missedSources'],
};

export interface ScoredArticle { file: string; lang: string | undefined; score: FileScore }

/** Extracts and scores every `*.gold.json` of a folder under test/fixtures (language detected, as in eval:extract). */
export function scoreGoldFolder(folderName: string): ScoredArticle[] {
  const folder = path.join(REPO_ROOT, 'test', 'fixtures', folderName);
  const extractor = createExtractor();
  return readdirSync(folder).filter((f) => f.endsWith('.gold.json')).sort().map((file) => {
    const { gold, text } = loadGold(path.join(folder, file));
    return { file, lang: gold.language, score: scoreDraft(extractor.extract(text, { now: new Date('2026-01-01T00:00:00.000Z') }), gold) };
  });
}

/** One `it` per aspect; a failure lists the extra or missed items of every article. */
export function itMeetsThresholds(scores: readonly ScoredArticle[], thresholds: SetThresholds): void {
  const total = (aspect: Aspect) => scores.reduce((acc, s) => addCounts(acc, s.score[aspect]), counts(0, 0, 0));
  const details = (key: keyof FileScore['details']): string => scores.flatMap((s) => s.score.details[key].map((d) => `${s.file}: ${d}`)).join('\n');
  for (const aspect of Object.keys(thresholds) as Aspect[]) {
    const { precision, recall } = thresholds[aspect];
    it(`finds the ${aspect} (precision ≥ ${precision}, recall ≥ ${recall})`, () => {
      const c = total(aspect);
      const [extra, missed] = DETAIL_KEYS[aspect];
      expect(c.precision, details(extra)).toBeGreaterThanOrEqual(precision);
      expect(c.recall, details(missed)).toBeGreaterThanOrEqual(recall);
    });
  }
}
