/**
 * `npm run bench`: every benchmark, one after another, each in its own process so one
 * cannot warm up or slow down another. Each prints its figures and the ratio to the
 * baseline it measures in the same run. BENCH_QUICK=1 runs smaller sizes.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const quick = process.env.BENCH_QUICK === '1';
const benches: { title: string; file: string; args?: string[]; env?: Record<string, string> }[] = [
  { title: 'STIX validation', file: 'validate.bench.ts', args: quick ? ['5000', '1'] : [] },
  { title: 'Node core: TAXII ingest, read-back, filtered-page latency, RSS', file: 'taxii.bench.ts', env: quick ? { BENCH_INGEST: '20000', BENCH_STORE_SIZE: '50000' } : {} },
  { title: 'Ingest statements on other table layouts', file: 'store-layouts.bench.ts', env: quick ? { BENCH_LAYOUT_OBJECTS: '20000' } : {} },
  { title: 'Compressed answers (serve --compress)', file: 'compress.bench.ts' },
  { title: 'Backup and restore of a serving node', file: 'backup.bench.ts', env: quick ? { BENCH_BACKUP_OBJECTS: '50000' } : {} },
  { title: 'Extraction throughput and matcher build', file: 'extract.bench.ts' },
  { title: 'Language detection: eld, franc, tinyld', file: 'langdetect.ts' },
  { title: 'Federation: four nodes converge', file: 'federation.bench.ts', env: quick ? { BENCH_FED_OBJECTS: '10000', BENCH_FED_UPDATES: '1000' } : {} },
];

let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n== ${bench.title} (bench/${bench.file}) ==\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, bench.file), ...(bench.args ?? [])], {
    stdio: 'inherit', env: { ...process.env, ...bench.env },
  });
  if (result.status !== 0) { failed++; process.stdout.write(`(bench/${bench.file} exited with ${result.status})\n`); }
}
process.exitCode = failed > 0 ? 1 : 0;
