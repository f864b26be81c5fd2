/**
 * Country entries, generated at load time from the `i18n-iso-countries` locales
 * (ar, fr, en, with their alias names) and completed with the forms news text
 * uses that the package lacks (see data/country-extras.ts).
 */
import countries from 'i18n-iso-countries';
import { arabicNisba, englishDemonym, frenchAdjective } from './build.js';
import { COUNTRY_EXTRAS, type CountryExtra } from './data/country-extras.js';
import { COUNTRY_POINTS } from './data/country-points.js';
import type { GazetteerEntry, Lang } from './types.js';

function namesIn(alpha2: string, lang: Lang): string[] {
  const found = countries.getName(alpha2, lang, { select: 'all' });
  return found ?? [];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function adjectivesOf(extra: CountryExtra): GazetteerEntry['adjectives'] {
  const ar = [...(extra.arNisba ?? []).flatMap(arabicNisba), ...(extra.arAdj ?? [])];
  const fr = [...(extra.frAdj ?? []).flatMap(frenchAdjective), ...(extra.frAdjFull ?? [])];
  const en = (extra.enAdj ?? []).flatMap(englishDemonym);
  if (ar.length + fr.length + en.length === 0) return undefined;
  return {
    ...(ar.length > 0 ? { ar: unique(ar) } : {}),
    ...(fr.length > 0 ? { fr: unique(fr) } : {}),
    ...(en.length > 0 ? { en: unique(en) } : {}),
  };
}

/** One entry per ISO 3166-1 country the package knows, keyed `country:XX`. */
export function buildCountryEntries(): GazetteerEntry[] {
  return Object.keys(countries.getAlpha2Codes()).sort().map((alpha2): GazetteerEntry => {
    const extra = COUNTRY_EXTRAS[alpha2] ?? {};
    const packageEn = namesIn(alpha2, 'en');
    const canonical = extra.canonical ?? packageEn[0] ?? alpha2;
    const en = unique([canonical, ...packageEn, ...(extra.en ?? [])]);
    const fr = unique([...namesIn(alpha2, 'fr'), ...(extra.fr ?? [])]);
    const ar = unique([...namesIn(alpha2, 'ar'), ...(extra.ar ?? [])]);
    const point = COUNTRY_POINTS[alpha2];
    const adjectives = adjectivesOf(extra);
    return {
      key: `country:${alpha2}`,
      type: 'location',
      kind: 'country',
      canonical,
      names: { ar, fr, en },
      ...(adjectives ? { adjectives } : {}),
      country: alpha2,
      ...(point ? { lat: point[0], lon: point[1] } : {}),
    };
  });
}

/** 'DZ' → 'DZA'; undefined for an unknown code. */
export function alpha3Of(alpha2: string): string | undefined {
  return countries.alpha2ToAlpha3(alpha2.toUpperCase());
}

/** 'DZA' → 'DZ'; undefined for an unknown code. */
export function alpha2Of(alpha3: string): string | undefined {
  return countries.alpha3ToAlpha2(alpha3.toUpperCase());
}
