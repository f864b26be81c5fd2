import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_FORMS, alpha3Of, countryByAlpha2, countryNames, gazetteerEntry, loadGazetteer, surfaceForms } from './index.js';

function forms(key: string): string[] {
  const entry = gazetteerEntry(key);
  if (!entry) throw new Error(`no entry ${key}`);
  return surfaceForms(entry).map((f) => f.form);
}

describe('gazetteer facts', () => {
  it('names Tamanrasset «تمنراست», with its variants, in the wilaya of Tamanrasset', () => {
    const tam = gazetteerEntry('place:dz-tamanrasset')!;
    expect(tam.names.ar[0]).toBe('تمنراست');
    expect(forms('place:dz-tamanrasset')).toEqual(expect.arrayContaining(['Tamanrasset', 'Tamanghasset', 'Tamenghest', 'تامنغست']));
    expect(tam.country).toBe('DZ');
    expect(tam.parent).toBe('place:dz-wilaya-tamanrasset');
    const wilaya = gazetteerEntry(tam.parent!)!;
    expect(wilaya.kind).toBe('admin1');
    expect(wilaya.names.ar).toContain('ولاية تمنراست');
    expect(wilaya.names.fr).toContain('wilaya de Tamanrasset');
    expect(wilaya.parent).toBe('country:DZ');
  });

  it('holds all 69 wilayas of Algeria, including those of the 2019 and 2025 reforms', () => {
    const wilayas = loadGazetteer().filter((e) => e.key.startsWith('place:dz-wilaya-'));
    expect(wilayas).toHaveLength(69);
    for (const key of ['in-guezzam', 'bordj-badji-mokhtar', 'djanet', 'aflou', 'bou-saada', 'el-abiodh-sidi-cheikh']) {
      expect(gazetteerEntry(`place:dz-wilaya-${key}`)?.kind).toBe('admin1');
    }
  });

  it('knows AQIM by its abbreviations and its Arabic and French names, as successor of the GSPC', () => {
    const aqim = gazetteerEntry('group:aqim')!;
    expect(aqim.type).toBe('threat-actor');
    expect(aqim.aliases).toEqual(expect.arrayContaining(['AQIM', 'AQMI']));
    expect(aqim.names.ar).toContain('القاعدة في بلاد المغرب الإسلامي');
    expect(aqim.names.fr).toContain('Al-Qaïda au Maghreb islamique');
    expect(aqim.relations).toContainEqual({ type: 'successor-of', target: 'group:gspc' });
    expect(gazetteerEntry('group:gspc')!.names.ar).toContain('الجماعة السلفية للدعوة والقتال');
  });

  it('knows leaders by their kunyas and links them to the groups they lead', () => {
    expect(forms('person:abdelmalek-droukdel')).toEqual(expect.arrayContaining(['عبد الملك درودكال', 'أبو مصعب عبد الودود']));
    expect(gazetteerEntry('person:abdelmalek-droukdel')!.relations).toContainEqual({ type: 'leads', target: 'group:aqim' });
    expect(forms('person:seifallah-ben-hassine')).toEqual(expect.arrayContaining(['سيف الله بن حسين', 'أبو عياض']));
    expect(gazetteerEntry('person:seifallah-ben-hassine')!.relations).toContainEqual({ type: 'leads', target: 'group:ansar-al-sharia-tunisia' });
    expect(forms('person:mokhtar-belmokhtar')).toContain('بلعور');
    expect(gazetteerEntry('person:iyad-ag-ghaly')!.relations).toContainEqual({ type: 'leads', target: 'group:jnim' });
  });

  it('knows the Islamic State by its Arabic and English names', () => {
    expect(forms('group:islamic-state')).toEqual(expect.arrayContaining(['داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية في العراق والشام', 'ISIS', 'ISIL', 'Daesh']));
    expect(gazetteerEntry('group:iswap')!.relations).toContainEqual({ type: 'split-from', target: 'group:boko-haram' });
  });

  it('generates countries from the locale package, with article forms and adjectives', () => {
    expect(loadGazetteer().filter((e) => e.kind === 'country').length).toBeGreaterThanOrEqual(249);
    const algeria = countryByAlpha2('dz')!;
    expect(algeria.names.ar[0]).toBe('الجزائر');
    expect(algeria.adjectives?.ar).toEqual(expect.arrayContaining(['الجزائري', 'الجزائرية', 'الجزائريين', 'جزائرية']));
    expect(algeria.adjectives?.fr).toEqual(expect.arrayContaining(['algérien', 'algériennes']));
    expect(algeria.adjectives?.en).toContain('Algerian');
    expect(countryByAlpha2('NE')!.names.ar).toContain('النيجر');
    expect(countryByAlpha2('NE')!.adjectives?.ar).toContain('النيجري');
    expect(countryByAlpha2('NG')!.adjectives?.ar).toContain('النيجيري');
    expect(countryByAlpha2('SY')!.canonical).toBe('Syria');
  });

  it('maps alpha-2 to alpha-3 and alpha-3 to preferred names', () => {
    expect(alpha3Of('DZ')).toBe('DZA');
    expect(alpha3Of('ml')).toBe('MLI');
    expect(alpha3Of('XX')).toBeUndefined();
    expect(countryNames('DZA')).toEqual({ ar: 'الجزائر', fr: 'Algérie', en: 'Algeria' });
    expect(countryNames('MRT')?.ar).toBe('موريتانيا');
    expect(countryNames('XXX')).toBeUndefined();
  });

  it('has the macro and directional regions reporting uses', () => {
    expect(forms('region:maghreb')).toContain('المغرب العربي');
    expect(forms('region:north-africa')).toEqual(expect.arrayContaining(['شمال أفريقيا', 'شمال إفريقيا']));
    expect(forms('region:sahel')).toEqual(expect.arrayContaining(['الساحل', 'الساحل الإفريقي', 'Sahel']));
    expect(forms('region:levant')).toContain('بلاد الشام');
    expect(forms('region:ml-north')).toContain('شمال مالي');
    expect(forms('region:dz-south')).toContain('الجنوب الجزائري');
    expect(forms('region:ly-south')).toContain('الجنوب الليبي');
    expect(gazetteerEntry('region:ml-north')!.parent).toBe('country:ML');
  });

  it('flags «مالي» and other ordinary words for the extractor', () => {
    const mali = AMBIGUOUS_FORMS.find((a) => a.form === 'مالي');
    expect(mali).toMatchObject({ reason: 'common-word', candidates: ['country:ML'] });
    expect(AMBIGUOUS_FORMS.find((a) => a.form === 'الجزائر')?.candidates).toEqual(['country:DZ', 'place:dz-algiers']);
  });

  it('places CEMOC in Tamanrasset', () => {
    const cemoc = gazetteerEntry('org:cemoc')!;
    expect(cemoc.type).toBe('identity');
    expect(cemoc.aliases).toContain('CEMOC');
    expect(cemoc.relations).toContainEqual({ type: 'located-at', target: 'place:dz-tamanrasset' });
  });
});
