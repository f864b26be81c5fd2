/** Places nobody listed, and what is said about listed ones (fresh sentences, not from any article). */
import { describe, expect, it } from 'vitest';
import { draftOf } from './rules-test-helpers.js';

describe('places nobody listed', () => {
  it('keeps a geographic noun in the name and leaves a settlement noun out', () => {
    const d = draftOf("Les trafiquants sont passés par la passe de Korizo puis par le village de Ténéré Sud près de Gao.", 'fr');
    expect(d.entities('location')).toEqual(expect.arrayContaining(['passe de Korizo', 'Ténéré Sud', 'Gao']));
    expect(draftOf('وتمشط الوحدات محيط غاو ووادي تيزري.', 'ar').mentions('وادي تيزري')).toEqual(['وادي تيزري']);
  });

  it('reads a Saharan toponym prefix after a place preposition, in Arabic and Latin script', () => {
    expect(draftOf('The smugglers crossed from Gao to In Tadeini before dawn.', 'en').entities('location')).toContain('In Tadeini');
    expect(draftOf('وضبطت الوحدات سيارة في منطقة تين كرار قرب غاو.', 'ar').entities('location')).toContain('تين كرار');
  });

  it('reads a place after a distance or a direction, and one with a place apposition', () => {
    expect(draftOf('Le camion a été saisi à 40 kilomètres au sud de Tabankort, au Mali.', 'fr').entities('location')).toContain('Tabankort');
    expect(draftOf('Deux hommes ont été enlevés à Ouatagouna, à une vingtaine de kilomètres de Gao.', 'fr').entities('location')).toContain('Ouatagouna');
    expect(draftOf("Il serait réfugié à Oum Tellis, au Niger.", 'fr').find('Oum Tellis')).toMatchObject({ type: 'location', country: 'NE' });
  });

  it("reads \"Mali's far north\" as a region and \"border guards\" as an organisation", () => {
    const d = draftOf("Border guards said the convoy came from Mali's far north.", 'en');
    expect(d.entities('location')).toContain("Mali's far north");
    expect(d.entities('identity')).toContain('Border guards');
  });

  it('does not give a common word a place context after a natural-feature noun', () => {
    expect(draftOf('وانسحب المسلحون إلى جزر البحيرة قرب غاو.', 'ar', [
      { key: 'place:xx-lac', type: 'location', kind: 'admin1', canonical: 'Lac', names: { ar: ['البحيرة'], fr: ['Lac'], en: ['Lac'] }, country: 'TD' },
      { key: 'place:ml-gao', type: 'location', kind: 'city', canonical: 'Gao', names: { ar: ['غاو'], fr: ['Gao'], en: ['Gao'] }, country: 'ML' },
    ]).entities('location')).not.toContain('Lac');
  });
});

describe('where people are', () => {
  it('does not read a demonym in a list of places as the country', () => {
    const d = draftOf('The smuggler is believed to have moved between Gao, Kayes and the Nigerien border.', 'en');
    expect(d.relations.filter((r) => r.endsWith('located-at Niger'))).toEqual([]);
  });

  it('reads where a group is active from its attacks, and a town in a person\'s description', () => {
    expect(draftOf('وأشار إلى أن هجمات جماعة أنصار النور تصاعدت في غاو وكاي.', 'ar').relations).toEqual(expect.arrayContaining(['أنصار النور located-at Gao', 'أنصار النور located-at Kayes']));
    const d = draftOf("Le réseau appartient à Ali Sidibé, dit « Le Borgne », un commerçant de Gao.", 'fr');
    expect(d.relations).toContain('Ali Sidibé located-at Gao');
    expect(draftOf("Le réseau appartient à Ali Sidibé, dit « Le Borgne », un homme originaire de Gao.", 'fr').relations).toEqual([]);
  });
});

describe('geographic nouns in listed place names', () => {
  it('keeps «جبل» in the mention, with or without a proclitic', () => {
    const entry = { key: 'place:tn-test-mount', type: 'location' as const, kind: 'region', canonical: 'Mount Test', names: { ar: ['جبل الشعانبي', 'الشعانبي'], fr: ['mont Test'], en: ['Mount Test'] }, country: 'TN' };
    const d = draftOf('تحصنت العناصر في جبل الشعانبي ثم بجبل الشعانبي.', 'ar', [entry]);
    expect(d.mentions('Mount Test')).toEqual(['جبل الشعانبي', 'جبل الشعانبي']);
  });
});

describe('Arabic words after a place noun that are not names', () => {
  it('does not make places of an adjective or a prepositional complement', () => {
    const d = draftOf('وقع الهجوم على قرية قريبة من غاو ثم على قرية للرعاة في مالي.', 'ar');
    expect(d.entities('location').sort()).toEqual(['Gao', 'Mali']);
  });
});
