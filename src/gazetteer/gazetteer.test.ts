import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_FORMS, foldForm, gazetteerEntry, loadGazetteer, surfaceForms } from './index.js';
import { AFRICA_MIDDLE_EAST, COUNTRY_BOUNDS } from './data/country-bounds.js';
import { sharedForms } from './forms.js';
import type { GazetteerEntry } from './types.js';

const entries = loadGazetteer();
const subNational = entries.filter((e) => e.type === 'location' && e.kind !== 'country');

function inBox(e: GazetteerEntry, [south, north, west, east]: readonly [number, number, number, number]): boolean {
  return e.lat! >= south && e.lat! <= north && e.lon! >= west && e.lon! <= east;
}

describe('gazetteer integrity', () => {
  it('gives every entry a unique key', () => {
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names every entry in Arabic, French and English, first name = canonical in English', () => {
    const missing = entries.filter((e) => e.names.ar.length === 0 || e.names.fr.length === 0 || e.names.en.length === 0);
    expect(missing.map((e) => e.key)).toEqual([]);
    expect(entries.filter((e) => e.names.en[0] !== e.canonical).map((e) => e.key)).toEqual([]);
  });

  it('writes Arabic names in Arabic script and Latin names without it', () => {
    const arabic = /[\u0600-\u06FF]/;
    expect(entries.filter((e) => e.names.ar.some((n) => !arabic.test(n))).map((e) => e.key)).toEqual([]);
    expect(entries.filter((e) => [...e.names.fr, ...e.names.en].some((n) => arabic.test(n))).map((e) => e.key)).toEqual([]);
  });

  it('has no empty or padded form', () => {
    const bad = entries.flatMap((e) => surfaceForms(e).filter((f) => f.form.trim() !== f.form || f.form === '').map((f) => `${e.key}: «${f.form}»`));
    expect(bad).toEqual([]);
  });

  it('holds at least 400 sub-national places and regions', () => {
    expect(subNational.length).toBeGreaterThanOrEqual(400);
  });

  it('locates every sub-national place, with valid coordinates inside its country', () => {
    const problems: string[] = [];
    for (const e of subNational) {
      if (e.lat === undefined || e.lon === undefined) { problems.push(`${e.key}: no coordinates`); continue; }
      const box = (e.country && COUNTRY_BOUNDS[e.country]) || AFRICA_MIDDLE_EAST;
      if (!inBox(e, box)) problems.push(`${e.key}: ${e.lat},${e.lon} outside ${e.country ?? 'Africa/Middle East'}`);
    }
    expect(problems).toEqual([]);
  });

  it('places countries that have a point inside their bounding box or the world', () => {
    const problems = entries
      .filter((e) => e.kind === 'country' && e.lat !== undefined)
      .filter((e) => {
        const box = COUNTRY_BOUNDS[e.country!];
        return box ? !inBox(e, box) : Math.abs(e.lat!) > 90 || Math.abs(e.lon!) > 180;
      });
    expect(problems.map((e) => e.key)).toEqual([]);
  });

  it('keeps every town and admin unit within 900 km of the point of the place that contains it', () => {
    const km = (a: GazetteerEntry, b: GazetteerEntry) => {
      const rad = Math.PI / 180;
      const x = (b.lon! - a.lon!) * rad * Math.cos(((a.lat! + b.lat!) / 2) * rad);
      return Math.hypot(x, (b.lat! - a.lat!) * rad) * 6371;
    };
    const far = subNational.filter((e) => e.kind !== 'region' && e.parent?.startsWith('place:')).flatMap((e) => {
      const parent = gazetteerEntry(e.parent!)!;
      const distance = km(e, parent);
      return distance > 900 ? [`${e.key}: ${Math.round(distance)} km from ${parent.key}`] : [];
    });
    expect(far).toEqual([]);
  });

  it('has a representative point for every country of Africa and the Middle East', () => {
    const africaAndMiddleEast = ['DZ', 'EG', 'LY', 'MA', 'SD', 'TN', 'EH', 'ML', 'NE', 'MR', 'TD', 'BF', 'NG', 'SN', 'CM', 'SO', 'ZA', 'IQ', 'SY', 'SA', 'YE', 'JO', 'LB', 'IL', 'PS', 'IR', 'TR', 'AE', 'QA', 'KW', 'OM', 'BH'];
    expect(africaAndMiddleEast.filter((c) => gazetteerEntry(`country:${c}`)?.lat === undefined)).toEqual([]);
  });

  it('points every parent key at an existing entry of a containing kind', () => {
    const problems = entries.filter((e) => e.parent !== undefined).flatMap((e) => {
      const parent = gazetteerEntry(e.parent!);
      if (!parent) return [`${e.key}: missing parent ${e.parent}`];
      if (parent.type !== 'location') return [`${e.key}: parent ${e.parent} is not a location`];
      if (e.country && parent.country && e.country !== parent.country) return [`${e.key}: parent in ${parent.country}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('gives every sub-national place of a country a parent chain that reaches that country', () => {
    const broken = subNational.filter((e) => e.country).filter((e) => {
      let current: GazetteerEntry | undefined = e;
      for (let depth = 0; current && depth < 5; depth += 1) {
        if (current.key === `country:${e.country}`) return false;
        current = current.parent ? gazetteerEntry(current.parent) : undefined;
      }
      return true;
    });
    expect(broken.map((e) => e.key)).toEqual([]);
  });

  it('points every relation at an existing entry', () => {
    const missing = entries.flatMap((e) => (e.relations ?? []).filter((r) => !gazetteerEntry(r.target)).map((r) => `${e.key} ${r.type} ${r.target}`));
    expect(missing).toEqual([]);
  });

  it('uses only the relation types the knowledge base knows, between fitting entry types', () => {
    const allowed: Record<string, [string, string]> = {
      'affiliated-with': ['*', '*'],
      'split-from': ['threat-actor', 'threat-actor'],
      'merged-into': ['threat-actor', 'threat-actor'],
      'successor-of': ['threat-actor', 'threat-actor'],
      leads: ['threat-actor', 'threat-actor'],
      'located-at': ['*', 'location'],
    };
    const bad = entries.flatMap((e) => (e.relations ?? []).filter((r) => {
      const rule = allowed[r.type];
      const target = gazetteerEntry(r.target);
      if (!rule || !target) return true;
      return (rule[0] !== '*' && rule[0] !== e.type) || (rule[1] !== '*' && rule[1] !== target.type);
    }).map((r) => `${e.key} ${r.type} ${r.target}`));
    expect(bad).toEqual([]);
  });

  it('lists every name shared by two entries of one type in AMBIGUOUS_FORMS', () => {
    const listed = new Set(AMBIGUOUS_FORMS.map((a) => foldForm(a.form)));
    const unlisted = [...sharedForms(entries)].filter(([form]) => !listed.has(form)).map(([form, keys]) => `${form}: ${keys.join(', ')}`);
    expect(unlisted).toEqual([]);
  });

  it('keeps AMBIGUOUS_FORMS honest: real candidates that claim the form, unless it is a generic name', () => {
    const problems = AMBIGUOUS_FORMS.flatMap((a) => {
      const candidates = a.candidates.map((key) => gazetteerEntry(key));
      if (candidates.some((c) => !c)) return [`${a.form}: unknown candidate in ${a.candidates.join(' ')}`];
      const claimed = candidates.some((c) => surfaceForms(c!).some((f) => foldForm(f.form) === foldForm(a.form)));
      if (a.reason === 'generic-name' ? claimed : !claimed) return [`${a.form}: ${a.reason} but claimed=${claimed}`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
