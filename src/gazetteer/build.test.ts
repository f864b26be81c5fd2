import { describe, expect, it } from 'vitest';
import { applyTemplate, arabicNisba, englishDemonym, frenchAdjective, unitWithSeat } from './build.js';
import { foldForm } from './forms.js';

describe('gazetteer row helpers', () => {
  it('inflects an Arabic nisba with and without the article', () => {
    expect(arabicNisba('تونسي')).toEqual([
      'التونسي', 'التونسية', 'التونسيون', 'التونسيين', 'التونسيات', 'تونسي', 'تونسية', 'تونسيون', 'تونسيين', 'تونسيات',
    ]);
  });

  it('inflects French adjectives by ending', () => {
    expect(frenchAdjective('algérien')).toEqual(['algérien', 'algérienne', 'algériens', 'algériennes']);
    expect(frenchAdjective('marocain')).toEqual(['marocain', 'marocaine', 'marocains', 'marocaines']);
    expect(frenchAdjective('français')).toEqual(['français', 'française', 'françaises']);
    expect(frenchAdjective('belge')).toEqual(['belge', 'belges']);
  });

  it('pluralises English demonyms except those in -ese, -sh, -ch, -ss', () => {
    expect(englishDemonym('Malian')).toEqual(['Malian', 'Malians']);
    expect(englishDemonym('Sudanese')).toEqual(['Sudanese']);
    expect(englishDemonym('French')).toEqual(['French']);
  });

  it('elides French «de» before a vowel but keeps both forms', () => {
    expect(applyTemplate('wilaya de {}', 'Adrar', 'fr')).toEqual(['wilaya de Adrar', "wilaya d'Adrar"]);
    expect(applyTemplate('wilaya de {}', 'Tamanrasset', 'fr')).toEqual(['wilaya de Tamanrasset']);
    expect(applyTemplate('ولاية {}', 'أدرار', 'ar')).toEqual(['ولاية أدرار']);
  });

  it('splits a seat row into a unit with qualified names and a seat with the bare name', () => {
    const style = { segment: 'wilaya', ar: ['ولاية {}'], fr: ['wilaya de {}'], en: ['{} Province'] };
    const [unit, seat] = unitWithSeat('DZ', style, { id: 'djanet', en: 'Djanet', ar: 'جانت', at: [24.55, 9.48] });
    expect(unit).toMatchObject({ key: 'place:dz-wilaya-djanet', kind: 'admin1', canonical: 'Djanet Province', parent: 'country:DZ' });
    expect(unit.names.ar).toEqual(['ولاية جانت']);
    expect(seat).toMatchObject({ key: 'place:dz-djanet', kind: 'city', canonical: 'Djanet', parent: 'place:dz-wilaya-djanet' });
    expect(seat.names).toEqual({ ar: ['جانت'], fr: ['Djanet'], en: ['Djanet'] });
  });

  it('folds forms across case, diacritics and Arabic letter variants', () => {
    expect(foldForm('Béjaïa')).toBe(foldForm('bejaia'));
    expect(foldForm('أغاديس')).toBe(foldForm('اغاديس'));
    expect(foldForm('ولاية')).toBe(foldForm('ولايه'));
    expect(foldForm("Aïn M'lila")).toBe(foldForm('ain m lila'));
    expect(foldForm('الجزائر')).not.toBe(foldForm('الجزائري'));
  });
});
