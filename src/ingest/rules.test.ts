/**
 * The cue rules on short sentences, with no gazetteer (except where a known
 * place is needed), so that each rule is shown to find what nobody listed.
 */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { StixObject } from '../stix/types.js';
import { createExtractor, SOURCE_EXTENSION_ID, type DocLang } from './index.js';

const PLACES: GazetteerEntry[] = [
  { key: 'country:ML', type: 'location', kind: 'country', canonical: 'Mali', names: { ar: ['مالي'], fr: ['Mali'], en: ['Mali'] }, adjectives: { ar: ['المالي'], fr: ['malien', 'malienne'], en: ['Malian'] }, country: 'ML' },
  { key: 'country:NE', type: 'location', kind: 'country', canonical: 'Niger', names: { ar: ['النيجر'], fr: ['Niger'], en: ['Niger'] }, country: 'NE' },
  { key: 'place:ml-gao', type: 'location', kind: 'city', canonical: 'Gao', names: { ar: ['غاو'], fr: ['Gao'], en: ['Gao'] }, country: 'ML', parent: 'country:ML' },
];
const extractor = createExtractor({ gazetteer: PLACES });

function draft(text: string, lang: DocLang) {
  const objects = extractor.extract(text, { lang, now: new Date('2026-01-01T00:00:00.000Z') }).bundle.objects;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const name = (id: unknown): string => String(byId.get(id as string)?.name);
  const relations = objects.filter((o) => o.type === 'relationship').map((r) => `${name(r.source_ref)} ${String(r.relationship_type)} ${name(r.target_ref)}`);
  const entities = (type: string): string[] => objects.filter((o) => o.type === type && !(o.extensions as Record<string, { anonymous?: boolean }> | undefined)?.[SOURCE_EXTENSION_ID]?.anonymous).map((o) => String(o.name));
  const notes = objects.filter((o) => o.type === 'note').map((n) => {
    const g = (n.extensions as Record<string, Record<string, unknown>>)[SOURCE_EXTENSION_ID]!;
    return `${name(g.source_ref)}${g.via_ref ? ` via ${name(g.via_ref)}` : ''} ${String(g.source_kind)} ${String(g.reliability)}${String(g.credibility)}`;
  });
  const find = (n: string): StixObject | undefined => objects.find((o) => o.name === n);
  return { relations, entities, notes, find };
}

describe('Arabic cues', () => {
  it('group head + construct chain, leader after the group, kunya alias', () => {
    const d = draft('قال أمير جماعة أنصار الحق الجديدة، محمد ولد أحمد، الملقب ب»أبو طلحة«، إن التنظيم يهدد غاو.', 'ar');
    expect(d.entities('threat-actor')).toEqual(expect.arrayContaining(['أنصار الحق', 'محمد ولد أحمد']));
    expect(d.find('محمد ولد أحمد')).toMatchObject({ aliases: ['أبو طلحة'] });
    expect(d.relations).toContain('محمد ولد أحمد leads أنصار الحق');
  });

  it('relative leader cue, succession and branch with a quoted name', () => {
    const d = draft('أعلن تنظيم »جند الصحراء« أنه فرع لحركة الأمل المسلحة التي يقودها سالم بن علي، وهو التنظيم الذي قد يخلف جماعة النصر.', 'ar');
    expect(d.relations).toEqual(expect.arrayContaining(['سالم بن علي leads الأمل', 'جند الصحراء may-succeed النصر']));
  });

  it('organisation head, expert apposition and works-for, transmitted source', () => {
    const d = draft('ونقلت صحيفة الأخبار الجديدة عن مصادر أمنية مالية أن الخبير، فريد منصور، الباحث في مركز الدراسات الصحراوية، حذر من الهجوم.', 'ar');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['مركز الدراسات الصحراوية', 'صحيفة الأخبار الجديدة']));
    expect(d.notes[0]).toMatch(/^مصادر أمنية مالية via صحيفة الأخبار الجديدة anonymous-official D3$/);
  });

  it('forms that are also common words need a place context', () => {
    expect(draft('تحسنت الأوضاع المالية للشركة.', 'ar').entities('location')).toEqual([]);
    expect(draft('وصل الوفد إلى مالي.', 'ar').entities('location')).toEqual(['Mali']);
  });
});

describe('French cues', () => {
  it('alias, leader, member and located-at', () => {
    const d = draft("Le groupe Katiba Test, basé à Gao, est dirigé par Ali Traoré, dit Abou Moussa. Son adjoint Issa Keita est membre du groupe Katiba Test.", 'fr');
    expect(d.find('Ali Traoré')).toMatchObject({ type: 'threat-actor', aliases: ['Abou Moussa'] });
    expect(d.relations).toEqual(expect.arrayContaining(['Katiba Test located-at Gao', 'Ali Traoré leads Katiba Test']));
  });

  it('titles, complements and sources', () => {
    const d = draft("Selon le ministre de la Défense, Sadio Diarra, l'armée malienne a repoussé l'attaque. Des sources sécuritaires nigériennes ont confirmé le bilan.", 'fr');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['Sadio Diarra', 'armée malienne']));
    expect(d.notes.some((n) => /official B3$/.test(n))).toBe(true);
  });
});

describe('English cues', () => {
  it('leader noun, reversed affiliation, targets and works-for', () => {
    const d = draft('Amadou Test, the head of the Katiba Alpha, a Front Beta faction, attacked Gao and Niger. Analyst Jane Roe of the Sahel Research Institute said the group was weakened.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining([
      'Amadou Test leads Katiba Alpha', 'Katiba Alpha affiliated-with Front Beta', 'Jane Roe works-for Sahel Research Institute',
    ]));
    expect(d.relations.some((r) => r.endsWith('targets Gao'))).toBe(true);
  });

  it('anonymous sources with qualifiers before the head', () => {
    const d = draft('According to two Western security officials, the convoy was attacked near Gao.', 'en');
    expect(d.notes).toEqual(['Western security officials anonymous-official D3']);
  });
});
