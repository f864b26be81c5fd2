/**
 * Throughput of the STIX validator on a mix of typical SDOs and SROs.
 * Run: npx tsx bench/validate.bench.ts [objects] [seconds]
 */
import { TLP2_MARKING_IDS } from '../src/stix/markings.js';
import type { StixObject } from '../src/stix/types.js';
import { validateStixObject } from '../src/stix/validate.js';
import * as f from '../test/factories/stix.js';

const count = Number(process.argv[2] ?? 20_000);
const seconds = Number(process.argv[3] ?? 3);

const marked = { created_by_ref: f.HOGGAR_IDENTITY_ID, object_marking_refs: [TLP2_MARKING_IDS.amber] };

function mix(n: number): StixObject[] {
  const out: StixObject[] = [];
  while (out.length < n) {
    const actor = f.threatActor({ ...marked, description: 'Synthetic group.', first_seen: '2015-01-01T00:00:00Z' });
    const place = f.location(marked);
    const indicator = f.indicator(marked);
    const malware = f.malware(marked);
    out.push(
      actor, place, indicator, malware, f.identity(), f.campaign(marked), f.intrusionSet(marked),
      f.relationship(actor, place, 'located-at', marked),
      f.relationship(indicator, malware, 'indicates', marked),
      f.sighting(indicator, { ...marked, where_sighted_refs: [f.HOGGAR_IDENTITY_ID, place.id] }),
      f.note([actor], marked),
      f.report([actor, place, indicator, malware], marked),
    );
  }
  // Re-parse so objects look like ingested JSON, not shared factory literals.
  return JSON.parse(JSON.stringify(out.slice(0, n))) as StixObject[];
}

const objects = mix(count);
let invalid = 0;
for (const object of objects) if (!validateStixObject(object).ok) invalid++;
if (invalid > 0) throw new Error(`${invalid} generated objects are invalid; the benchmark measures valid objects`);

let validated = 0;
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const deadline = started + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < deadline) {
  for (const object of objects) validateStixObject(object);
  validated += objects.length;
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
// CPU time includes the garbage collector's threads; on a busy machine it is the steadier figure.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rate = (seconds: number) => Math.round(validated / seconds).toLocaleString('en');
console.log(`validateStixObject on a mix of ${objects.length} SDOs/SROs, one thread:`);
console.log(`  ${validated} objects in ${elapsed.toFixed(2)} s wall = ${rate(elapsed)} objects/s`);
console.log(`  ${cpuSeconds.toFixed(2)} s of CPU = ${rate(cpuSeconds)} objects per CPU-second`);
