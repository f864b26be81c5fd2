import { describe, expect, it } from 'vitest';
import { HoggarError } from '../errors.js';
import { MAX_ENTRY_BYTES, readEntries, scanBundle, SpanList } from './bundle-scanner.js';
import { bytesSource, type ByteSource } from './byte-source.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const entries = (text: string) => {
  const source = bytesSource(bytes(text));
  const { objects } = scanBundle(source);
  return readEntries(source, objects, 0, objects.length);
};

/** A source that hands out a few bytes per read, so every token of a bundle meets a window's edge. */
const trickle = (bytes: Uint8Array, most: number): ByteSource => {
  const whole = bytesSource(bytes);
  return { size: whole.size, read: (target, position) => whole.read(target.subarray(0, most), position) };
};
const refusal = (text: string) => {
  try {
    scanBundle(bytes(text));
  } catch (error) {
    expect(error).toBeInstanceOf(HoggarError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${text}`);
};

describe('scanBundle', () => {
  it('finds each entry of objects, with brackets, quotes and escapes inside strings, and parses the header', () => {
    const tricky = { type: 'note', content: 'a "quoted" ]}, \\ [{ كتيبة ✓', list: [[1, { a: [] }], '"'] };
    const text = `\uFEFF {\n "type": "bundle", "objects" : [ ${JSON.stringify(tricky)} ,{"id":"x"} ,\t[] , 7 ], "id": "bundle--1", "x": {"y": [1]} }\n`;
    const scanned = scanBundle(bytes(text));
    expect(scanned.header).toEqual({ type: 'bundle', id: 'bundle--1', x: { y: [1] } });
    expect(entries(text)).toEqual([tricky, { id: 'x' }, [], 7].map((value) => ({ ok: true, value })));
  });

  it('refuses an entry that is not UTF-8 on its own, naming its byte, and a header that is not UTF-8 whole', () => {
    const latin1 = Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]); // {"n":"café"} in Latin-1
    const file = Buffer.concat([bytes('{"objects":[{"n":"été"},'), latin1, bytes(',{"n":"ok"}]}')]);
    const source = bytesSource(file);
    const { objects } = scanBundle(source);
    const read = readEntries(source, objects, 0, objects.length);
    const offset = file.indexOf(0xe9);
    expect(read).toEqual([{ ok: true, value: { n: 'été' } }, { ok: false, message: `the bytes at offset ${offset} (e9 22 7d) are not UTF-8; JSON must be sent as UTF-8` }, { ok: true, value: { n: 'ok' } }]);
    const header = Buffer.concat([bytes('{"id":"caf'), Buffer.from([0xe9]), bytes('","objects":[]}')]);
    expect(() => scanBundle(header)).toThrow(/not valid JSON at byte 10: the bytes at offset 10 \(e9 22\) are not UTF-8/);
  });

  it('accepts a bundle without objects or with an empty list', () => {
    expect(scanBundle(bytes('{"type":"bundle"}')).objects.length).toBe(0);
    expect(scanBundle(bytes('{"objects":[ ],"type":"bundle"}')).objects.length).toBe(0);
    expect(scanBundle(bytes('{}')).header).toEqual({});
  });

  it('leaves a malformed entry to fail alone when its brackets balance', () => {
    expect(entries('{"objects":[{"a" 1}, {"b": 2}]}')).toEqual([
      { ok: false, message: expect.stringMatching(/^not valid JSON: /) }, { ok: true, value: { b: 2 } },
    ]);
  });

  it('refuses a file broken outside the entries, naming the byte and the problem', () => {
    const cases: [string, RegExp][] = [
      ['[]', /byte 0: the bundle must be a JSON object/],
      [' \n\t', /^the input is empty; expected a STIX 2.1 bundle$/],
      ['{"type":"bundle","objects":{}}', /byte 27: "objects" must be a list/],
      ['{"objects":[{"a":1}', /the file ends early \(expected ',' or '\]'/],
      ['{"objects":[{"a":[1}]}', /byte 19: unexpected '\}'/],
      ['{"objects":[{"a":"x]}', /the file ends inside a string/],
      ['{"objects":[{"a":{"b":[]}', /the file ends inside a value \(1 bracket left open\)/],
      ['{"objects":[{"a":{"b":[', /\(3 brackets left open\)/],
      ['{"objects":[1,,2]}', /byte 14: expected a value/],
      ['{"objects":[],"objects":[]}', /"objects" twice/],
      ['{"type":"bundle"} {}', /unexpected text after the bundle/],
      ['{"type" "bundle"}', /expected ':' after "type"/],
      ['{type:"bundle"}', /expected a property name in quotes/],
      ['{"type":bundle}', /not valid JSON/],
      [`{"id":"${'x'.repeat(1024 * 1024)}"}`, /"id" is over 1 MB/],
    ];
    for (const [text, message] of cases) expect(refusal(text), text.slice(0, 40)).toMatch(message);
  });

  it('scans entries nested far deeper than the call stack allows', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(scanBundle(bytes(`{"objects":[${deep},{}]}`)).objects.length).toBe(2);
  });

  it('keeps the spans of many entries, growing past its first block', () => {
    const text = `{"objects":[${Array.from({ length: 5000 }, (_, i) => `{"n":${i}}`).join(',')}]}`;
    const parsed = entries(text);
    expect(parsed).toHaveLength(5000);
    expect(parsed[4999]).toEqual({ ok: true, value: { n: 4999 } });
  });

  it('finds the same entries when each read of the source returns only a few bytes', () => {
    const tricky = { type: 'note', content: 'a "quoted" ]}, \\ [{ كتيبة ✓ \\"', list: [[1, { a: [] }], '"', true, null, -1.5e3] };
    const text = `\uFEFF{"type":"bundle","objects":[${Array.from({ length: 40 }, (_, i) => JSON.stringify({ ...tricky, n: i })).join(' ,\n')}],"id":"bundle--1"}`;
    const expected = Array.from({ length: 40 }, (_, i) => ({ ok: true, value: { ...tricky, n: i } }));
    for (const most of [1, 2, 3, 7, 64]) {
      const source = trickle(bytes(text), most);
      const scanned = scanBundle(source);
      expect(scanned.header).toEqual({ type: 'bundle', id: 'bundle--1' });
      expect(readEntries(source, scanned.objects, 0, scanned.objects.length), `${most} bytes per read`).toEqual(expected);
    }
    expect(() => scanBundle(trickle(bytes('{"objects":[{"a":"x]}'), 3))).toThrow(/the file ends inside a string/);

    const positions: number[] = [];
    scanBundle(trickle(bytes(text), 64), (position) => positions.push(position));
    expect(positions.length).toBeGreaterThan(text.length / 128);
    expect(positions.every((position, i) => i === 0 || position > positions[i - 1]!)).toBe(true);
    expect(positions.at(-1)).toBeGreaterThan(Buffer.byteLength(text) - 64);
  });
});

describe('readEntries', () => {
  it('reads any run of entries, and refuses one too large for a string without reading it', () => {
    const text = `{"objects":[${Array.from({ length: 10 }, (_, i) => `{"n":${i}}`).join(',')}]}`;
    const source = bytesSource(bytes(text));
    const { objects } = scanBundle(source);
    expect(readEntries(source, objects, 3, 5)).toEqual([{ ok: true, value: { n: 3 } }, { ok: true, value: { n: 4 } }]);

    const huge = new SpanList();
    huge.push(0, MAX_ENTRY_BYTES + 1);
    const unread: ByteSource = { size: MAX_ENTRY_BYTES + 1, read: () => { throw new Error('read'); } };
    expect(readEntries(unread, huge, 0, 1)).toEqual([{ ok: false, message: expect.stringMatching(/objects over 512 MB are not imported/) }]);
  });
});
