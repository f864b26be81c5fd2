import { describe, expect, it } from 'vitest';
import type { StixObject } from '../../stix/types.js';
import { MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID, type DraftResult } from '../index.js';
import type { GoldFile } from './gold.js';
import { counts, fold, maximumMatching, scoreDraft } from './score.js';

const id = (type: string, n: number): string => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const GROUP = id('threat-actor', 1);
const LEADER = id('threat-actor', 2);
const PLACE = id('location', 3);
const EXTRA = id('location', 4);
const SOURCE = id('identity', 5);

function draft(): DraftResult {
  const objects: StixObject[] = [
    {
      type: 'report', id: id('report', 9),
      extensions: {
        [MENTIONS_EXTENSION_ID]: {
          mentions: [
            { object_ref: GROUP, text: 'تنظيم القاعدة', start: 0, end: 1 },
            { object_ref: LEADER, text: 'عبد الملك', start: 0, end: 1 },
            { object_ref: LEADER, text: 'أبو مصعب', start: 0, end: 1 },
            { object_ref: PLACE, text: 'للجزائر', start: 0, end: 1 },
            { object_ref: EXTRA, text: 'سوريا', start: 0, end: 1 },
          ],
          aliases: [{ object_ref: LEADER, alias: 'أبو مصعب', start: 0, end: 1 }],
          sources: [{ object_ref: SOURCE, text: 'مصادر أمنية', start: 0, end: 1 }],
        },
      },
    },
    { type: 'threat-actor', id: GROUP }, { type: 'threat-actor', id: LEADER }, { type: 'location', id: PLACE }, { type: 'location', id: EXTRA },
    { type: 'identity', id: SOURCE, extensions: { [SOURCE_EXTENSION_ID]: { anonymous: true } } },
    { type: 'relationship', id: id('relationship', 6), relationship_type: 'leads', source_ref: LEADER, target_ref: GROUP },
    { type: 'relationship', id: id('relationship', 7), relationship_type: 'targets', source_ref: GROUP, target_ref: EXTRA },
  ];
  return { bundle: { type: 'bundle', id: id('bundle', 8), objects }, language: 'ar', paragraphs: [], warnings: [], text: '' };
}

const GOLD: GoldFile = {
  document: 'x.txt',
  entities: [
    { canonical: 'AQ', type: 'threat-actor', forms: ['تنظيم القاعدة'] },
    { canonical: 'Droukdel', type: 'threat-actor', forms: ['عبد الملك'], alias_forms: ['أبو مصعب'] },
    { canonical: 'Algeria', type: 'location', forms: ['الجزائر'] },
    { canonical: 'Mali', type: 'location', forms: ['مالي'] },
  ],
  sources: [{ text: 'مصادر أمنية' }, { text: 'تقارير' }],
  relations: [
    { from: 'Droukdel', type: 'alias', to: 'Abu Musab' },
    { from: 'Droukdel', type: 'leader-of', to: 'AQ' },
    { from: 'AQ', type: 'targets', to: 'Algeria' },
  ],
};

describe('scoreDraft', () => {
  const score = scoreDraft(draft(), GOLD);

  it('matches entities by surface and type, one to one, with the matching normalisation', () => {
    expect(score.entities).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(score.details.missedEntities).toEqual(['Mali (location)']);
  });

  it('scores alias pairs and relations mapped to the gold vocabulary', () => {
    expect(score.aliases).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // leads → leader-of matches; the alias counts as a relation; targets Syria is extra; targets Algeria is missed.
    expect(score.relations).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('scores the anonymous sources by their text', () => {
    expect(score.sources).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('scoring helpers', () => {
  it('computes precision, recall and F1', () => {
    expect(counts(3, 1, 1)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(counts(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('finds a maximum one-to-one matching', () => {
    // Greedy would give 0→0 and leave 1 unmatched; the maximum matching is 0→1, 1→0.
    expect(maximumMatching(2, [[0, 1], [0]]).size).toBe(2);
  });

  it('folds «لل» to «ال»', () => {
    expect(fold('للجزائر')).toBe(fold('الجزائر'));
  });
});
