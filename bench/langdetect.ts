/**
 * Measures eld, franc and tinyld (and the Arabic-script shortcut) on short
 * (≤ 60 characters) and long Arabic, French and English snippets: accuracy and
 * speed. Run: npx tsx bench/langdetect.ts. Prints a table; no assertions.
 */
import { eld as eldSmall } from 'eld/small';
import { eld as eldLarge } from 'eld/large';
import { franc } from 'franc';
import { detect as tinyld } from 'tinyld';
import { arabicShare } from '../src/ingest/language.js';
import { LONG, SHORT, type SnippetLang } from './langdetect-snippets.js';

type Detector = (text: string) => string;
const ISO3: Record<string, SnippetLang> = { arb: 'ar', ara: 'ar', fra: 'fr', eng: 'en' };

const eldSmall3 = eldSmall.newInstance();
eldSmall3.setLanguageSubset(['ar', 'fr', 'en']);
const eldLarge3 = eldLarge.newInstance();
eldLarge3.setLanguageSubset(['ar', 'fr', 'en']);
const eldLatin = eldSmall.newInstance();
eldLatin.setLanguageSubset(['fr', 'en']);

const detectors: Record<string, Detector> = {
  'eld (small, subset ar/fr/en)': (t) => eldSmall3.detect(t).language,
  'eld (large, subset ar/fr/en)': (t) => eldLarge3.detect(t).language,
  'eld (small, all languages)': (t) => eldSmall.detect(t).language,
  'franc (only arb/fra/eng)': (t) => ISO3[franc(t, { only: ['arb', 'fra', 'eng'], minLength: 1 })] ?? 'und',
  'franc (all languages)': (t) => ISO3[franc(t, { minLength: 1 })] ?? 'und',
  'tinyld (only ar/fr/en)': (t) => tinyld(t, { only: ['ar', 'fr', 'en'] }),
  'tinyld (all languages)': (t) => tinyld(t),
  'script shortcut + eld fr/en (Hoggar)': (t) => (arabicShare(t) >= 0.5 ? 'ar' : eldLatin.detect(t).language),
  'script shortcut + franc fra/eng': (t) => (arabicShare(t) >= 0.5 ? 'ar' : ISO3[franc(t, { only: ['fra', 'eng'], minLength: 1 })] ?? 'und'),
  'script shortcut + tinyld fr/en': (t) => (arabicShare(t) >= 0.5 ? 'ar' : tinyld(t, { only: ['fr', 'en'] })),
};

function measure(detect: Detector, set: Readonly<Record<SnippetLang, readonly string[]>>): { accuracy: number; microsPerCall: number; errors: string[] } {
  let right = 0;
  let total = 0;
  const errors: string[] = [];
  for (const [lang, texts] of Object.entries(set) as [SnippetLang, readonly string[]][]) {
    for (const text of texts) {
      total++;
      const got = detect(text);
      if (got === lang) right++;
      else errors.push(`${lang}→${got}`);
    }
  }
  const all = Object.values(set).flat();
  const rounds = 20;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of all) detect(text);
  const micros = ((performance.now() - started) * 1000) / (rounds * all.length);
  return { accuracy: right / total, microsPerCall: micros, errors };
}

const shortCount = Object.values(SHORT).flat().length;
const longCount = Object.values(LONG).flat().length;
console.log(`Language detection on ${shortCount} short (≤ 60 chars) and ${longCount} long snippets (ar/fr/en)\n`);
console.log('| detector | short accuracy | long accuracy | µs/call short | µs/call long |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, detect] of Object.entries(detectors)) {
  const s = measure(detect, SHORT);
  const l = measure(detect, LONG);
  console.log(`| ${name} | ${(s.accuracy * 100).toFixed(1)}% | ${(l.accuracy * 100).toFixed(1)}% | ${s.microsPerCall.toFixed(1)} | ${l.microsPerCall.toFixed(1)} |`);
  if (process.argv.includes('--errors') && s.errors.length + l.errors.length > 0) console.log(`|   errors: short ${s.errors.join(' ')}; long ${l.errors.join(' ')} | | | | |`);
}
for (const [lang, texts] of Object.entries(SHORT)) for (const t of texts) if (t.length > 60) console.warn(`short ${lang} snippet over 60 chars: ${t}`);
