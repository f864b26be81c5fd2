import { describe, expect, it } from 'vitest';
import { spliceJson } from './json-splice.js';

describe('spliceJson', () => {
  it('writes head, comma-separated texts and tail as the UTF-8 of their concatenation', () => {
    const texts = ['{"a":1}', '{"name":"تمنراست"}', '{"e":"\\u00e9 🐪"}'];
    expect(spliceJson('[', texts, ']').equals(Buffer.from(`[${texts.join(',')}]`, 'utf8'))).toBe(true);
  });

  it('writes an empty list and a single text without stray commas', () => {
    expect(spliceJson('{"objects":[', [], ']}').toString('utf8')).toBe('{"objects":[]}');
    expect(spliceJson('[', ['{}'], ']').toString('utf8')).toBe('[{}]');
  });
});
