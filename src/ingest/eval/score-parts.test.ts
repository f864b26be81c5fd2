import { describe, expect, it } from 'vitest';
import { scoreAliases } from './score-aliases.js';
import { containsWords, scoreSources } from './score-sources.js';

describe('source scoring', () => {
  const text = 'D\'après une source policière à Kayes, le camion venait du nord. La presse locale a relayé le ministre Oumar Sy.';

  it('matches a predicted phrase inside the longer gold text, by offsets', () => {
    const start = text.indexOf('source policière');
    const score = scoreSources([{ id: 'a', spans: [{ text: 'source policière', start, end: start + 16 }], channelOnly: false }], [{ text: 'une source policière à Kayes' }], text);
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not match a phrase elsewhere in the text, and counts it as an error', () => {
    const start = text.indexOf('presse locale');
    const score = scoreSources([{ id: 'a', spans: [{ text: 'presse locale', start, end: start + 13 }], channelOnly: false }], [{ text: 'une source policière à Kayes' }], text);
    expect(score).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches a named source by its entity, and forgives an unmatched channel', () => {
    const score = scoreSources([
      { id: 'p', spans: [], canonical: 'Oumar Sy', channelOnly: false },
      { id: 'o', spans: [{ text: 'La presse', start: 0, end: 1 }], channelOnly: true },
    ], [{ text: 'le ministre Oumar Sy', canonical: 'Oumar Sy' }], text);
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('falls back to word containment, Arabic proclitics included', () => {
    expect(containsWords('لمصادر أمنية محلية', 'مصادر أمنية')).toBe(true);
    expect(containsWords('مصادر أمنية', 'مصادر عسكرية')).toBe(false);
  });
});

describe('alias-pair scoring', () => {
  const entities = [{ canonical: 'Ali Sy', type: 'threat-actor', forms: ['Ali Sy'], alias_forms: ['Abou Bakr'], aliases: ['Abu Bakr'] }];
  const pairs = [{ from: 'Ali Sy', type: 'alias', to: 'Abu Bakr' }];
  const goldOfId = new Map([['x', 'Ali Sy']]);

  it('counts a cue alias whose two names are names of the gold entity', () => {
    expect(scoreAliases([{ object_ref: 'x', alias: 'Abou Bakr', of: 'Ali Sy', basis: 'cue' }], goldOfId, entities, pairs)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // The pair read the other way round is the same pair.
    expect(scoreAliases([{ object_ref: 'x', alias: 'Ali Sy', of: 'Abou Bakr', basis: 'cue' }], goldOfId, entities, pairs)).toMatchObject({ tp: 1 });
  });

  it('ignores acronyms and counts a reading with a name that is not the entity\'s as an error', () => {
    expect(scoreAliases([{ object_ref: 'x', alias: 'AS', of: 'Ali Sy', basis: 'acronym' }], goldOfId, entities, pairs)).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scoreAliases([{ object_ref: 'x', alias: 'son nom', of: 'Ali Sy', basis: 'cue' }], goldOfId, entities, pairs)).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
