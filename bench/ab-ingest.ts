/**
 * TAXII ingest of this checkout's build against another build, in interleaved pairs, each
 * run into a fresh server: the way to tell a change from the machine's noise, which moves a
 * single run by a third. Usage: npx tsx bench/ab-ingest.ts OTHER/dist/cli/main.js [pairs]
 * (build both first; the other build needs its own node_modules).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateObjects } from './generate.js';
import { fmt, percentile } from './measure.js';
import { envelopes, ingestOnce, stopServer } from './taxii.bench.js';

const [other, pairsArg] = process.argv.slice(2);
if (!other || !existsSync(other)) {
  console.error('usage: npx tsx bench/ab-ingest.ts OTHER/dist/cli/main.js [pairs]  (the other build\'s CLI must exist)');
  process.exit(2);
}
const pairs = Number(pairsArg ?? 4);
if (!Number.isInteger(pairs) || pairs < 1) {
  console.error(`pairs must be a positive whole number, not "${pairsArg}"`);
  process.exit(2);
}
const builds = { this: join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'), other };
const count = Number(process.env.BENCH_INGEST ?? 100_000);
const bodies = envelopes(generateObjects(count));
const rates: Record<keyof typeof builds, number[]> = { this: [], other: [] };
const cpu: Record<keyof typeof builds, number[]> = { this: [], other: [] };
for (let pair = 0; pair < pairs; pair++) {
  // Alternate which build goes first, so neither always meets a warmer or colder machine.
  const order = (pair % 2 === 0 ? ['this', 'other'] : ['other', 'this']) as (keyof typeof builds)[];
  for (const build of order) {
    const run = await ingestOnce(bodies, count, builds[build]);
    await stopServer(run.server);
    rates[build].push(run.rate);
    cpu[build].push(run.serverUs);
    console.log(`pair ${pair + 1}, ${build}: ${fmt(run.rate)} objects/s, server ${fmt(run.serverUs, 1)} us of CPU per object`);
  }
}
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
for (const build of ['this', 'other'] as const) {
  console.log(`${build}: median ${fmt(median(rates[build]))} objects/s (${fmt(Math.min(...rates[build]))} to ${fmt(Math.max(...rates[build]))}), server CPU ${fmt(median(cpu[build]), 1)} us per object`);
}
const wins = rates.this.filter((r, i) => r > rates.other[i]!).length;
console.log(`this / other: ${fmt(median(rates.this) / median(rates.other), 3)} in medians; this build faster in ${wins} of ${pairs} pairs`);
