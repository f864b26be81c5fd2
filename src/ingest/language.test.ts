import { describe, expect, it } from 'vitest';
import { arabicShare, detectLanguage, detectParagraphs } from './language.js';

describe('language detection', () => {
  it('decides Arabic by script and French/English with eld', () => {
    expect(detectLanguage('هجوم مسلح على ثكنة عسكرية')).toBe('ar');
    expect(detectLanguage("L'armée poursuit ses opérations au nord")).toBe('fr');
    expect(detectLanguage('The army continues its operations in the north')).toBe('en');
    expect(arabicShare('AQIM تتبنى الهجوم')).toBeGreaterThan(0.5);
  });

  it('gives each paragraph its language and the document the main one', () => {
    const text = 'هجوم مسلح على ثكنة عسكرية في شمال مالي صباح اليوم حسب مصادر أمنية.\nSelon des sources sécuritaires, le bilan est lourd.\nهذا وقد أعلنت الحكومة الحداد الوطني لمدة ثلاثة أيام.';
    const { language, paragraphs } = detectParagraphs(text);
    expect(language).toBe('ar');
    expect(paragraphs.map((p) => p.lang)).toEqual(['ar', 'fr', 'ar']);
    expect(text.slice(paragraphs[1]!.start, paragraphs[1]!.end)).toMatch(/^Selon/);
  });

  it('lets a short paragraph take the document language, and honours a forced language', () => {
    const { paragraphs } = detectParagraphs('Bamako\nThe army continues its operations in the north of the country.');
    expect(paragraphs.map((p) => p.lang)).toEqual(['en', 'en']);
    expect(detectParagraphs('Bonjour à tous', 'en').language).toBe('en');
  });
});
