import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.js';
import { loadGold, SHARED_CORPUS } from './gold.js';
import { scoreDraft } from './score.js';

// Read where it is (../shared/corpus); a missing corpus fails the run rather than skipping the measurement.
const goldPath = path.join(SHARED_CORPUS, 'tamanrasset-summit.gold.json');

describe('Tamanrasset gold (../shared/corpus)', () => {
  const { gold, text } = loadGold(goldPath);
  const draft = createExtractor().extract(text, { now: new Date('2026-01-01T00:00:00.000Z') });
  const score = scoreDraft(draft, gold);

  it('detects Arabic', () => {
    expect(draft.language).toBe('ar');
  });

  it('finds the entities: precision ≥ 0.9, recall ≥ 0.95', () => {
    expect(score.entities.precision, score.details.extraEntities.join(', ')).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.recall, score.details.missedEntities.join(', ')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds both alias pairs', () => {
    expect(score.aliases.tp, score.details.missedAliases.join(', ')).toBe(2);
  });

  it('finds at least 10 of the 12 relations', () => {
    expect(score.relations.tp, score.details.missedRelations.join(', ')).toBeGreaterThanOrEqual(10);
  });

  it('finds all 4 sources', () => {
    expect(score.sources.tp, score.details.missedSources.join(', ')).toBe(4);
  });
});
