import { describe, expect, it } from 'vitest';
import { normaliseForMatching, normaliseName, originalSpan } from './normalise.js';

describe('normaliseName (matching form)', () => {
  it('removes Arabic diacritics and tatweel', () => {
    expect(normaliseName('الجَزَائِرُ')).toBe(normaliseName('الجزائر'));
    expect(normaliseName('تنظيـــم')).toBe('تنظيم');
  });

  it('folds alef variants, alef maqsura, ta marbuta and hamza seats', () => {
    expect(normaliseName('أبو')).toBe('ابو');
    expect(normaliseName('إرم')).toBe('ارم');
    expect(normaliseName('آير')).toBe('اير');
    expect(normaliseName('ٱلله')).toBe('الله');
    expect(normaliseName('موسى')).toBe('موسي');
    expect(normaliseName('الجماعة')).toBe(normaliseName('الجماعه'));
    expect(normaliseName('مؤتمر')).toBe('موتمر');
    expect(normaliseName('الجزائر')).toBe('الجزاير');
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normaliseName('٢٠٢٤ و ۱۹')).toBe('2024 و 19');
  });

  it('unifies every quotation mark family, reversed pairs included', () => {
    for (const quoted of ['«داعش»', '»داعش«', '“داعش”', '„داعش“', '‹داعش›', '"داعش"', "'داعش'"]) expect(normaliseName(quoted)).toBe('"داعش"');
  });

  it('folds French accents and case and splits elisions', () => {
    expect(normaliseName("L'Algérie")).toBe('l algerie');
    expect(normaliseName('d’AQMI qu’il')).toBe('d aqmi qu il');
    expect(normaliseName('Œuvre État')).toBe('oeuvre etat');
  });

  it('drops the English possessive and splits hyphenated names', () => {
    expect(normaliseName("Boko Haram's fighters")).toBe('boko haram fighters');
    expect(normaliseName('Al-Qaïda')).toBe('al qaida');
  });

  it('collapses white space, keeping a paragraph break', () => {
    expect(normaliseForMatching('a \u00a0 b\n\n c').text).toBe('a b\nc');
  });

  it('joins a wrapped line when paragraphs are separated by blank lines, and only then', () => {
    expect(normaliseForMatching('Titre\n\nle chef Salif\nKonaté a parlé.\nFin').text).toBe('titre\nle chef salif konate a parle.\nfin');
    expect(normaliseForMatching('يدعى سالم\nبن علي').text).toBe('يدعي سالم\nبن علي');
    expect(normaliseForMatching('Line one\r\nLine two\r\n\r\nNext').text).toBe('line one line two\nnext');
  });
});

describe('offset map', () => {
  it('maps every normalised span back to the original text', () => {
    const original = 'قال  العَقيد «أبو عياض»، وأكّدت مصادر: L’Algérie — 12 mai.';
    const norm = normaliseForMatching(original);
    expect(norm.starts.length).toBe(norm.text.length);
    for (let i = 0; i < norm.text.length; i++) {
      expect(norm.starts[i]).toBeGreaterThanOrEqual(0);
      expect(norm.ends[i]).toBeGreaterThan(norm.starts[i]!);
      expect(norm.ends[i]).toBeLessThanOrEqual(original.length);
    }
    const at = norm.text.indexOf('العقيد');
    const span = originalSpan(norm, at, at + 'العقيد'.length);
    expect(original.slice(span.start, span.end)).toBe('العَقيد');
    const fr = norm.text.indexOf('algerie');
    const frSpan = originalSpan(norm, fr, fr + 7);
    expect(original.slice(frSpan.start, frSpan.end)).toBe('Algérie');
  });
});
