/**
 * Round-trip exactness under hostile content: valid objects are mutated at random (odd values
 * in standard and custom properties, extensions, markings, deletions), POSTed over real HTTP,
 * and every version the server reports as a success must come back from it equal, as JSON, to
 * what was sent, on SQLite and on PostgreSQL. Nothing may be answered with a 500. The seed is
 * printed with any failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng, type Prng } from '../federation/prng.js';
import { servedNode, type ServedNode } from '../helpers/nodes.js';
import { backends } from '../helpers/stores.js';

const TAXII = 'application/taxii+json;version=2.1';

const CREATED = '2026-01-01T00:00:00.000Z';
const TLP_GREEN = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da';

/** One valid object of a type picked at random. */
function validObject(r: Prng): Record<string, unknown> {
  const type = r.pick(['identity', 'threat-actor', 'location', 'note', 'indicator', 'malware', 'relationship', 'x-field-report']);
  const base = { type, spec_version: '2.1', id: `${type}--${r.uuid()}`, created: CREATED, modified: CREATED };
  switch (type) {
    case 'identity': return { ...base, name: 'مصدر أمني' };
    case 'threat-actor': return { ...base, name: 'Katiba Macina', aliases: ['كتيبة ماسينا'] };
    case 'location': return { ...base, latitude: 16.27, longitude: -0.04 };
    case 'note': return { ...base, content: 'Convoi signalé près de Ménaka.', object_refs: [`identity--${r.uuid()}`] };
    case 'indicator': return { ...base, pattern: "[ipv4-addr:value = '10.0.0.1']", pattern_type: 'stix', valid_from: CREATED };
    case 'malware': return { ...base, is_family: false };
    case 'relationship': return { ...base, relationship_type: 'related-to', source_ref: `identity--${r.uuid()}`, target_ref: `identity--${r.uuid()}` };
    default: return { ...base, x_summary: 'custom object' };
  }
}

/**
 * Stands for the literal 12345678901234567890 in the request body: JavaScript cannot hold that
 * number, so the test writes it into the JSON text itself, as a Python or Go client would.
 */
const BIG_INTEGER = 'BIG_INTEGER_LITERAL';

const ODD_VALUES: readonly unknown[] = [
  null, true, 0, -0, 0.1, 1e-300, 1e300, 9007199254740991, 2 ** 53, BIG_INTEGER, -1, '',
  'ﷺ\u202e', '😀😀', [], {}, [[[]]], { a: { b: [1, { c: 'd' }] } }, 'x'.repeat(5000), CREATED, '2026-02-30T00:00:00Z',
];

/** The object with one random change that may or may not keep it valid. */
function mutated(r: Prng, object: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(object);
  const key = r.pick(Object.keys(out));
  const roll = r.next();
  if (roll < 0.3) out[key] = r.pick(ODD_VALUES);
  else if (roll < 0.55) out[`x_${r.pick(['score', 'nested', 'ar'])}`] = r.pick(ODD_VALUES);
  else if (roll < 0.65) delete out[key];
  else if (roll < 0.75) out.extensions = { [r.pick([`extension-definition--${r.uuid()}`, 'x-local', 'bad'])]: r.pick([{ extension_type: 'property-extension', x: 1 }, {}, null, 1]) };
  else if (roll < 0.85) out.granular_markings = r.pick([[{ marking_ref: TLP_GREEN, selectors: ['name'] }], [{ lang: 'ar', selectors: ['name'] }], [{ selectors: [] }], 'x']);
  else out.object_marking_refs = r.pick([[TLP_GREEN], ['bad'], [], null]);
  return out;
}

async function request(url: string, admin: string, init: { method?: string; body?: string } = {}) {
  const res = await fetch(url, { method: init.method ?? 'GET', headers: { Accept: TAXII, Authorization: admin, ...(init.body ? { 'Content-Type': TAXII } : {}) }, ...(init.body ? { body: init.body } : {}) });
  return { status: res.status, body: await res.json() as Record<string, unknown> };
}

/** JSON equality, which does not tell -0 from 0 (both are written 0). */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

for (const backend of backends()) describe(`round trip under mutated input on ${backend.name}`, () => {
  let served: ServedNode;
  beforeAll(async () => { served = await servedNode(backend); });
  afterAll(() => served.close());

  for (const seed of [11, 12, 13]) {
    it(`returns every accepted version exactly as sent (seed ${seed})`, async () => {
      const r = prng(seed);
      const sent = Array.from({ length: 150 }, () => (r.chance(0.8) ? mutated(r, validObject(r)) : validObject(r)));
      // Always a few valid objects whose only fault is a number no double holds exactly.
      sent.push(...Array.from({ length: 3 }, () => ({ ...validObject(r), x_count: BIG_INTEGER })));
      const body = JSON.stringify({ objects: sent }).replaceAll(`"${BIG_INTEGER}"`, '12345678901234567890');
      const posted = await request(served.objectsUrl, `Bearer ${served.token}`, { method: 'POST', body });
      expect(posted.status, `seed ${seed}`).toBe(202);
      const successes = posted.body.successes as { id: string; version: string }[];
      const failures = posted.body.failures as unknown[];
      expect(successes.length + failures.length, `seed ${seed}`).toBe(sent.length);
      // Enough of each kind for the check to mean something.
      expect(successes.length, `seed ${seed}`).toBeGreaterThan(30);
      expect(failures.length, `seed ${seed}`).toBeGreaterThan(30);
      const byVersion = new Map(sent.map((o) => [`${String(o.id)}|${String(o.modified ?? o.created)}`, o]));
      for (const { id, version } of successes) {
        // Accepting it would mean serving back 12345678901234567000.
        expect(JSON.stringify(byVersion.get(`${id}|${version}`)), `seed ${seed}: ${id} was accepted with a number it cannot keep`).not.toContain(BIG_INTEGER);
        const page = await request(`${served.objectsUrl}${id}/?match[version]=${encodeURIComponent(version)}`, `Bearer ${served.token}`);
        expect(page.status, `seed ${seed} ${id}`).toBe(200);
        const back = (page.body.objects as Record<string, unknown>[])[0];
        expect(sameJson(back, byVersion.get(`${id}|${version}`)), `seed ${seed}: ${id} came back as ${JSON.stringify(back).slice(0, 300)}`).toBe(true);
      }
    });
  }
});
