import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../gazetteer/types.js';
import { buildMatcher } from '../matcher.js';
import { findDictionaryHits } from '../dictionary.js';
import { normaliseForMatching } from '../normalise.js';
import { isLamArticlePrefix, isProcliticPrefix, lamArticleVariant, procliticReadings } from './clitics.js';

describe('proclitics', () => {
  it('accepts conjunction + preposition chains', () => {
    for (const prefix of ['', 'و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك']) expect(isProcliticPrefix(prefix, true), prefix).toBe(true);
    expect(isProcliticPrefix('ل', false)).toBe(true);
    expect(isProcliticPrefix('ل', true)).toBe(false); // «لال…» is written «لل…»
    expect(isProcliticPrefix('سب', false)).toBe(false);
    expect(isProcliticPrefix('وبل', false)).toBe(false);
  });

  it('spells a definite name after ل', () => {
    expect(lamArticleVariant('الجزاير')).toBe('لجزاير');
    expect(lamArticleVariant('تونس')).toBeUndefined();
    expect(isLamArticlePrefix('ل')).toBe(true);
    expect(isLamArticlePrefix('ول')).toBe(true);
    expect(isLamArticlePrefix('ب')).toBe(false);
  });

  it('lists readings without proclitics', () => {
    expect(procliticReadings('وبالجزاير')).toEqual(['وبالجزاير', 'بالجزاير', 'الجزاير']);
    expect(procliticReadings('للجزاير')).toContain('الجزاير');
    expect(procliticReadings('وتنظيم')).toContain('تنظيم');
  });
});

const STUB: GazetteerEntry[] = [
  { key: 'country:DZ', type: 'location', kind: 'country', canonical: 'Algeria', names: { ar: ['الجزائر'], fr: ['Algérie'], en: ['Algeria'] }, adjectives: { ar: ['الجزائري', 'الجزائرية'] }, country: 'DZ' },
  { key: 'country:TN', type: 'location', kind: 'country', canonical: 'Tunisia', names: { ar: ['تونس'], fr: ['Tunisie'], en: ['Tunisia'] }, adjectives: { ar: ['التونسية', 'التونسي'] }, country: 'TN' },
  { key: 'group:boko-haram', type: 'threat-actor', kind: 'group', canonical: 'Boko Haram', names: { ar: ['بوكو حرام'], fr: ['Boko Haram'], en: ['Boko Haram'] } },
];

describe('names inside Arabic words', () => {
  const matcher = buildMatcher({ gazetteer: STUB });
  const found = (text: string): string[] => {
    const norm = normaliseForMatching(text);
    return findDictionaryHits(matcher, norm, text).map((h) => `${text.slice(norm.starts[h.start]!, norm.ends[h.end - 1]!)}=${matcher.entities[h.refs[0]!.entity]!.name}/${h.refs[0]!.kind}`);
  };

  it('finds a name after و، ب، ل، ف', () => {
    expect(found('والجزائر')).toEqual(['الجزائر=Algeria/name']);
    expect(found('بالجزائر')).toEqual(['الجزائر=Algeria/name']);
    expect(found('للجزائر')).toEqual(['للجزائر=Algeria/name']);
    expect(found('فبوكو حرام')).toEqual(['بوكو حرام=Boko Haram/name']);
    expect(found('وتونس')).toEqual(['تونس=Tunisia/name']);
  });

  it('links adjective forms to their country', () => {
    expect(found('الجيش الجزائري')).toEqual(['الجزائري=Algeria/adjective']);
    expect(found('الحكومة التونسية')).toEqual(['التونسية=Tunisia/adjective']);
  });

  it('does not find a name inside another word', () => {
    expect(found('سالجزائر')).toEqual([]);
    expect(found('تونسيون')).toEqual([]);
  });
});
