import { describe, expect, it } from 'vitest';
import type { PageRow } from '../store/queries/membership-queries.js';
import { envelopeBytes } from './presenters.js';

const row = (json: string, i: number): PageRow => ({
  added_us: i, object_id: `x--${i}`, type: 'x', version_key: '', spec_version: '2.1', json,
});

describe('envelopeBytes', () => {
  it('writes the stored texts into one UTF-8 envelope, byte for byte, whatever their scripts', () => {
    const texts = [
      '{"name":"Katiba Macina"}',
      '{"name":"كتيبة ماسينا","aliases":["«الملثمون»"]}',
      '{"name":"Réseau d\'Aïr 🐪 \\u00e9"}',
      '{}',
    ];
    const page = { rows: texts.map(row), more: true, next: 'aDEuMQ' };
    const bytes = envelopeBytes(page);
    expect(bytes.equals(Buffer.from(`{"more":true,"next":"aDEuMQ","objects":[${texts.join(',')}]}`, 'utf8'))).toBe(true);
    expect(JSON.parse(bytes.toString('utf8')).objects.map((o: { name?: string }) => o.name))
      .toEqual(['Katiba Macina', 'كتيبة ماسينا', "Réseau d'Aïr 🐪 é", undefined]);
  });

  it('writes an empty page without an objects member', () => {
    expect(envelopeBytes({ rows: [], more: false }).toString('utf8')).toBe('{"more":false}');
    expect(envelopeBytes({ rows: [row('{"a":1}', 1)], more: false }).toString('utf8')).toBe('{"more":false,"objects":[{"a":1}]}');
  });
});
