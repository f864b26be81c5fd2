import { describe, expect, it } from 'vitest';
import { HoggarError } from '../errors.js';
import { parseEntry, scanBundle } from './bundle-scanner.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const entries = (text: string) => {
  const buffer = bytes(text);
  const { objects } = scanBundle(buffer);
  return Array.from({ length: objects.length }, (_, i) => parseEntry(buffer, objects.get(i)));
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
});
