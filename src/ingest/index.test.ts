import { HOGGAR_PROJECT_IDENTITY } from '../stix/hoggar-extensions.js';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../stix/validate.js';
import type { StixObject } from '../stix/types.js';
import { createExtractor, extractDocument, MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID } from './index.js';

const NOW = new Date('2026-02-03T04:05:06.789Z');
const extractor = createExtractor();

const FRENCH = [
  'Selon des sources sécuritaires maliennes, le groupe Katiba Serma a attaqué un poste de la gendarmerie près de Tombouctou le 12 mars 2025.',
  "Le chef du groupe, Ahmed Ould Brahim, dit Abou Talha, est à la tête de la katiba depuis deux ans, a déclaré le chercheur Paul Martin, expert au Centre d'études sahéliennes.",
].join('\n');

function errorsOf(objects: readonly StixObject[]): string[] {
  const validation = validateBundle({ type: 'bundle', id: 'bundle--6b1a0a56-2d7c-4b4e-9a3e-1f2c3d4e5f60', objects });
  return [...validation.errors, ...validation.objects.flatMap((o) => o.errors)].map((e) => `${e.path}: ${e.message}`);
}

const mentionsOf = (objects: readonly StixObject[]): { object_ref: string; text: string; start: number; end: number }[] => {
  const report = objects.find((o) => o.type === 'report')!;
  return (report.extensions as Record<string, { mentions: { object_ref: string; text: string; start: number; end: number }[] }>)[MENTIONS_EXTENSION_ID]!.mentions;
};

describe('extractDocument', () => {
  it('produces a valid STIX 2.1 draft for a French article', () => {
    const draft = extractor.extract(FRENCH, { now: NOW, sourceName: 'article.txt' });
    expect(draft.language).toBe('fr');
    expect(errorsOf(draft.bundle.objects)).toEqual([]);
    const report = draft.bundle.objects[0]!;
    expect(report).toMatchObject({ type: 'report', lang: 'fr', spec_version: '2.1', created: '2026-02-03T04:05:06.789Z', published: '2025-03-12T00:00:00.000Z' });
    const ids = new Set(draft.bundle.objects.map((o) => o.id));
    for (const ref of report.object_refs as string[]) expect(ids.has(ref), ref).toBe(true);
    // The draft's own objects carry no markings (publishing applies them); only the public
    // reference data (gazetteer, Hoggar definitions) comes marked TLP:CLEAR by its author.
    const own = draft.bundle.objects.filter((o) => o.created_by_ref !== HOGGAR_PROJECT_IDENTITY.id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((o) => o.object_marking_refs === undefined)).toBe(true);
  });

  it('records mentions with offsets into the decoded text', () => {
    const draft = extractor.extract(FRENCH, { now: NOW });
    const mentions = mentionsOf(draft.bundle.objects);
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(draft.text.slice(m.start, m.end)).toBe(m.text);
    const texts = mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Katiba Serma', 'Tombouctou', 'Ahmed Ould Brahim', 'Abou Talha', 'Paul Martin']));
  });

  it('reads an alias, a leader and a source from cues', () => {
    const draft = extractor.extract(FRENCH, { now: NOW });
    const byName = (name: string): StixObject | undefined => draft.bundle.objects.find((o) => o.name === name);
    const leader = byName('Ahmed Ould Brahim');
    expect(leader).toMatchObject({ type: 'threat-actor', aliases: ['Abou Talha'] });
    const serma = draft.bundle.objects.find((o) => o.type === 'threat-actor' && o.name === 'Katiba Serma')!;
    const leads = draft.bundle.objects.find((o) => o.type === 'relationship' && o.relationship_type === 'leads');
    expect(leads).toMatchObject({ source_ref: leader!.id, target_ref: serma.id });
    const notes = draft.bundle.objects.filter((o) => o.type === 'note');
    expect(notes.length).toBeGreaterThanOrEqual(1);
    const grading = (notes[0]!.extensions as Record<string, Record<string, unknown>>)[SOURCE_EXTENSION_ID]!;
    expect(grading).toMatchObject({ extension_type: 'property-extension', source_kind: 'anonymous-official', reliability: 'D', credibility: 3 });
  });

  it('references knowledge-base objects instead of copying them', () => {
    const known: StixObject = {
      type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', name: 'Katiba Serma', aliases: ['كتيبة سرما'],
    };
    const draft = extractDocument(FRENCH, { now: NOW, knowledgeBase: [known] });
    expect(draft.bundle.objects.some((o) => o.id === known.id)).toBe(false);
    expect(draft.bundle.objects[0]!.object_refs).toContain(known.id);
    expect(mentionsOf(draft.bundle.objects).some((m) => m.object_ref === known.id && m.text === 'Katiba Serma')).toBe(true);
  });

  it('forces the language when asked', () => {
    expect(extractor.extract('Bonjour tout le monde', { lang: 'en', now: NOW }).language).toBe('en');
    expect(() => extractor.extract('x', { lang: 'de' as never })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});

describe('bad input never crashes', () => {
  it('binary input → binary_input', () => {
    expect(() => extractor.extract(Uint8Array.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9]))).toThrow(expect.objectContaining({ code: 'binary_input' }));
  });

  it('empty input → empty_input', () => {
    expect(() => extractor.extract(new Uint8Array(0))).toThrow(expect.objectContaining({ code: 'empty_input' }));
    expect(() => extractor.extract('   ')).toThrow(expect.objectContaining({ code: 'empty_input' }));
  });

  it('truncated UTF-8 → the text before the cut, with a warning', () => {
    const bytes = new TextEncoder().encode('هجوم في مالي');
    const draft = extractor.extract(bytes.subarray(0, bytes.length - 1), { now: NOW });
    expect(draft.warnings.join()).toMatch(/truncated_utf8/);
    expect(draft.text).toBe('هجوم في مال');
  });

  it('a 50 MB file → too_large', () => {
    expect(() => extractor.extract(new Uint8Array(50 * 1024 * 1024).fill(0x20))).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('a document of only quotation marks → an empty draft', () => {
    const draft = extractor.extract('«»“”„‟‹›"\'«««»»» ”“ ‘’', { now: NOW });
    expect(draft.warnings).toContain('no entities found');
    expect(draft.bundle.objects.filter((o) => ['threat-actor', 'identity', 'location', 'relationship', 'note'].includes(o.type))).toEqual([]);
    expect(errorsOf(draft.bundle.objects)).toEqual([]);
  });

  // (Extraction speed, including text without sentence stops, is measured by npm run bench, not asserted here.)
  it('a long document dense with known names completes', () => {
    const paragraph = 'قال الجيش المالي إن جماعة نصرة الإسلام والمسلمين هاجمت غاو وتمبكتو في شمال مالي، حسب مصادر أمنية مالية. ';
    const text = paragraph.repeat(2500); // about 400 KB
    const draft = extractor.extract(text, { now: NOW });
    expect(draft.bundle.objects.length).toBeGreaterThan(5);
  });

  it('pathological text (one huge word, deep punctuation) finishes', () => {
    const draft = extractor.extract(`${'ا'.repeat(200_000)} ${'(«'.repeat(50_000)}`, { now: NOW });
    expect(draft.bundle.type).toBe('bundle');
  });

  it('text ending in a long run of capitalised words and kunyas (no stop) → a draft, not a crash', () => {
    const draft = extractor.extract('Abu Bakr Al '.repeat(5000), { now: NOW });
    expect(draft.bundle.type).toBe('bundle');
    expect(errorsOf(draft.bundle.objects)).toEqual([]);
    expect(extractor.extract('Attaque près de Gao par Issa Diallo', { now: NOW }).bundle.type).toBe('bundle');
  });
});
