import { describe, expect, it } from 'vitest';
import { checkStixPattern } from './pattern.js';
import { validateStixObject } from './validate.js';
import { indicator } from '../../test/factories/stix.js';

const valid = [
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  '[file:hashes.MD5 = \'79054025255fb1a26e4bc422aef54eb4\']',
  "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
  "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
  "[domain-name:value = 'example.com'] AND [network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] WITHIN 300 SECONDS",
  "[file:name = 'foo.dll'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.000Z'",
  "([file:name = 'a'] OR [file:name = 'b']) FOLLOWEDBY [process:name = 'c'] REPEATS 5 TIMES WITHIN 1.5 SECONDS",
  '[network-traffic:dst_port IN (80, 443, 8080)]',
  "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\System\\\\Foo' AND windows-registry-key:values[0].name != 'it\\'s']",
  "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=' OR artifact:payload_bin = h'0a0B']",
  "[file:size > 1024 AND file:size <= 1048576 AND (file:name LIKE '%.exe' OR NOT EXISTS file:parent_directory_ref)]",
  "[network-traffic:start > t'2016-01-01T00:00:00Z' AND network-traffic:src_port NOT IN ()]",
  "[ipv4-addr:value ISSUBSET '198.51.100.0/24'] OR [ipv4-addr:value ISSUPERSET '198.51.100.7']",
  "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0 AND x-hoggar-seizure:quantity_kg = -1.5 AND x-custom:flag = true]",
  "[location:name = 'تمنراست']",
];

const invalid: readonly [pattern: string, why: RegExp][] = [
  ['', /character 1: expected '\[' or '\(' to start an observation expression, found the end of the pattern/],
  ['[ipv4-addr:value = ', /character 20: expected a constant, found the end of the pattern/],
  ["ipv4-addr:value = '1.2.3.4'", /character 1: expected '\[' or '\('/],
  ["[ipv4-addr:value = '1.2.3.4'", /expected '\]', found the end/],
  ["[ipv4-addr:value = '1.2.3.4]", /character 20: a string is not closed/],
  ["[ipv4-addr:value = '1.2.3.4' AND]", /expected an object type/],
  ['[file:size > true]', /expected a string, number, binary, hex or timestamp, found 'true'/],
  ['[file:name LIKE 5]', /expected a quoted string after LIKE/],
  ["[a:b = 'x'] WITHIN -5 SECONDS", /expected a positive number of seconds/],
  ["[a:b = 'x'] REPEATS 2.5 TIMES", /expected a positive whole number/],
  ["[a:b = t'yesterday']", /t'yesterday' must hold an RFC 3339 UTC timestamp/],
  ["[a:b = h'abc']", /must hold pairs of hex digits/],
  ["[a:b = 'x\\n']", /only \\' and \\\\ may be escaped/],
  ["[a:b = 'x'] and [c:d = 'y']", /expected the end of the pattern, found 'and'/],
  ["[a = 'x']", /expected ':', found '='/],
  ['[a:b IN (1, 2]', /expected '\)', found '\]'/],
  ["[a:b = 'x'] START t'2016-01-01T00:00:00Z'", /expected 'STOP'/],
  ["[a:b ~ 'x']", /unexpected character "~"/],
];

describe('checkStixPattern', () => {
  it.each(valid)('accepts %s', (pattern) => {
    expect(checkStixPattern(pattern)).toBeUndefined();
  });

  it.each(invalid)('refuses %j', (pattern, why) => {
    expect(checkStixPattern(pattern)).toMatch(why);
  });

  it('refuses an indicator whose STIX pattern does not parse, and leaves other pattern languages alone', () => {
    const broken = validateStixObject(indicator({ pattern: "[ipv4-addr:value = '10.0.0.1'" }));
    expect(broken.ok).toBe(false);
    expect(broken.errors.map((e) => [e.code, e.path])).toEqual([['invalid_pattern', '$.pattern']]);
    expect(broken.errors[0]!.message).toMatch(/^\$\.pattern is not a valid STIX pattern at character 30: expected '\]'/);
    expect(validateStixObject(indicator({ pattern: 'alert tcp any any -> any 80 (msg:"x";)', pattern_type: 'snort' })).ok).toBe(true);
  });
});
