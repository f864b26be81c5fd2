import { describe, expect, it } from 'vitest';
import { CLOSED_VOCABULARIES, closedVocabulary, OPEN_VOCABULARIES, openVocabulary } from './vocab.js';

describe('vocabularies', () => {
  it('hold distinct, non-empty values', () => {
    for (const [name, values] of Object.entries({ ...OPEN_VOCABULARIES, ...CLOSED_VOCABULARIES })) {
      expect(values.length, name).toBeGreaterThan(0);
      expect(new Set(values).size, name).toBe(values.length);
      for (const value of values) expect(value.trim(), name).toBe(value);
    }
  });

  it('answer membership through sets', () => {
    expect(openVocabulary('threat-actor-type-ov').has('terrorist')).toBe(true);
    expect(openVocabulary('threat-actor-type-ov').has('pirate')).toBe(false);
    expect(closedVocabulary('opinion-enum').has('agree')).toBe(true);
    expect(closedVocabulary('opinion-enum').has('Agree')).toBe(false);
  });
});
