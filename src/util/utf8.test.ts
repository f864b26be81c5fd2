import { describe, expect, it } from 'vitest';
import { describeNonUtf8, firstNonUtf8Byte } from './utf8.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('firstNonUtf8Byte', () => {
  it('accepts ASCII, Arabic, French and four-byte characters', () => {
    expect(firstNonUtf8Byte(Buffer.from('{"name":"كتيبة الفرقان","note":"été 😀"}'))).toBe(-1);
    expect(firstNonUtf8Byte(bytes())).toBe(-1);
  });

  it('finds the first bad sequence after good multi-byte text', () => {
    const good = Buffer.from('تمنراست ');
    expect(firstNonUtf8Byte(Buffer.concat([good, bytes(0xff, 0x41)]))).toBe(good.length);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9], 3],
  ])('refuses %s', (_, values, offset) => {
    expect(firstNonUtf8Byte(bytes(...values))).toBe(offset);
  });

  it('names the offset and the bytes', () => {
    expect(describeNonUtf8(bytes(0x41, 0xff, 0xfe), 1)).toBe('the bytes at offset 1 (ff fe) are not UTF-8; JSON must be sent as UTF-8');
  });
});
