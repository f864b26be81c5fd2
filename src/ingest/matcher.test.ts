import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { StixObject } from '../stix/types.js';
import { findDictionaryHits } from './dictionary.js';
import { buildMatcher } from './matcher.js';
import { normaliseForMatching } from './normalise.js';

const GAZ: GazetteerEntry[] = [
  { key: 'country:ML', type: 'location', kind: 'country', canonical: 'Mali', names: { ar: ['مالي'], fr: ['Mali'], en: ['Mali'] }, country: 'ML' },
  { key: 'country:TD', type: 'location', kind: 'country', canonical: 'Chad', names: { ar: ['تشاد'], fr: ['Tchad'], en: ['Chad'] }, country: 'TD' },
  { key: 'group:aqim', type: 'threat-actor', kind: 'group', canonical: 'AQIM', names: { ar: ['القاعدة في بلاد المغرب الإسلامي'], fr: ['Al-Qaïda au Maghreb islamique'], en: ['Al-Qaeda in the Islamic Maghreb'] }, aliases: ['AQIM', 'AQMI'] },
];

const KB: StixObject[] = [
  { type: 'intrusion-set', spec_version: '2.1', id: 'intrusion-set--2f7a9c1e-5b3d-4e8a-9c6f-1a2b3c4d5e6f', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', name: 'Katiba Test', aliases: ['KT'] },
  { type: 'language-content', spec_version: '2.1', id: 'language-content--3a8b0d2f-6c4e-4f9b-8d7a-2b3c4d5e6f70', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', object_ref: 'intrusion-set--2f7a9c1e-5b3d-4e8a-9c6f-1a2b3c4d5e6f', object_modified: '2025-01-01T00:00:00.000Z', contents: { ar: { name: 'كتيبة الاختبار' } } },
];

describe('buildMatcher and dictionary hits', () => {
  const matcher = buildMatcher({ gazetteer: GAZ, knowledgeBase: KB });
  const hits = (text: string): string[] => {
    const norm = normaliseForMatching(text);
    return findDictionaryHits(matcher, norm, text).map((h) => `${text.slice(norm.starts[h.start]!, norm.ends[h.end - 1]!)}→${matcher.entities[h.refs[0]!.entity]!.name}`);
  };

  it('knows names, aliases and language-content translations of knowledge-base objects', () => {
    expect(hits('La Katiba Test (KT) et كتيبة الاختبار')).toEqual(['Katiba Test→Katiba Test', 'KT→Katiba Test', 'كتيبة الاختبار→Katiba Test']);
    expect(matcher.entities.find((e) => e.name === 'Katiba Test')).toMatchObject({ origin: 'knowledge-base', type: 'intrusion-set' });
  });

  it('prefers the longest name', () => {
    expect(hits('يخلف القاعدة في بلاد المغرب الإسلامي التي')).toEqual(['القاعدة في بلاد المغرب الإسلامي→AQIM']);
  });

  it('matches whole words only, folding accents and case', () => {
    expect(hits('Malien à Mali, AL-QAIDA AU MAGHREB ISLAMIQUE')).toEqual(['Mali→Mali', 'AL-QAIDA AU MAGHREB ISLAMIQUE→AQIM']);
  });

  it('asks capitalised names to be capitalised and acronyms to be upper case', () => {
    expect(hits('the chad and aqim')).toEqual([]);
    expect(hits('Chad and AQIM')).toEqual(['Chad→Chad', 'AQIM→AQIM']);
  });

  it('builds a matcher over the bundled gazetteer by default', () => {
    const full = buildMatcher();
    expect(full.entities.length).toBeGreaterThan(500);
    expect(full.buildMillis).toBeGreaterThan(0);
  });
});
