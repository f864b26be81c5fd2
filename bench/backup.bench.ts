/**
 * Backing up a serving node: how long `hoggar backup` takes against a plain copy of the same
 * file (the disk's own speed, measured in the same run), how long a restore takes, and what
 * the backup does to a filtered TAXII page that clients keep asking for meanwhile.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateObjects } from './generate.js';
import { fmt, percentile, settleDisk, timed } from './measure.js';
import { objectsUrl, run, startServer, stopServer, type Server } from './taxii.bench.js';

const OBJECTS = Number(process.env.BENCH_BACKUP_OBJECTS ?? 500_000);
const TAXII = 'application/taxii+json;version=2.1';

/** Times a filtered page every 50 ms for as long as `keepGoing()` holds. */
async function pageLatencies(server: Server, keepGoing: () => boolean): Promise<number[]> {
  const url = `${objectsUrl(server)}?match[type]=indicator&limit=100`;
  const headers = { Accept: TAXII, Authorization: `Bearer ${server.token}` };
  const out: number[] = [];
  while (keepGoing()) {
    const { seconds } = await timed(async () => (await fetch(url, { headers })).arrayBuffer());
    out.push(seconds * 1000);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out.sort((a, b) => a - b);
}

const describe = (label: string, ms: readonly number[]) =>
  `${label}: p50 ${fmt(percentile(ms, 50), 1)} ms, max ${fmt(ms.at(-1)!, 1)} ms (${ms.length} pages)`;

const server = await startServer();
try {
  // The store is filled by import, the fastest way in; a bundle is written once for it.
  const bundle = join(server.dir, 'bundle.json');
  const chunks: string[] = [];
  for (let done = 0; done < OBJECTS; done += 50_000) chunks.push(generateObjects(Math.min(50_000, OBJECTS - done), done).map((o) => JSON.stringify(o)).join(','));
  writeFileSync(bundle, `{"type":"bundle","id":"bundle--6f1c4e35-5a2b-4c3d-8e9f-0a1b2c3d4e5f","objects":[${chunks.join(',')}]}`);
  await run(['import', bundle, '--data', server.dir, '--json']);
  rmSync(bundle);
  const database = join(server.dir, 'hoggar.db');
  settleDisk();
  const idleUntil = Date.now() + 3000;
  const idle = await pageLatencies(server, () => Date.now() < idleUntil);

  const out = join(server.dir, 'node.backup');
  settleDisk();
  let backingUp = true;
  const started = process.hrtime.bigint();
  const backup = new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'), 'backup', '--data', server.dir, '--out', out], { stdio: 'ignore' });
    child.on('exit', (code) => { backingUp = false; if (code === 0) resolve(Number(process.hrtime.bigint() - started) / 1e9); else reject(new Error(`backup exited ${code}`)); });
  });
  const during = await pageLatencies(server, () => backingUp);
  const backupSeconds = await backup;

  settleDisk();
  const copy = await timed(() => copyFileSync(database, join(server.dir, 'plain.copy')));
  settleDisk();
  const restore = await timed(() => run(['restore', out, '--data', join(server.dir, 'restored')]));

  console.log(`store of ${fmt(OBJECTS)} objects: ${fmt(statSync(database).size / 1e6)} MB (its log checkpointed at import)`);
  console.log(`hoggar backup while serving: ${fmt(backupSeconds, 2)} s for ${fmt(statSync(out).size / 1e6)} MB, integrity check included; a plain copy of the file: ${fmt(copy.seconds, 2)} s (backup = ${fmt(backupSeconds / copy.seconds, 1)} x the copy)`);
  console.log(`hoggar restore: ${fmt(restore.seconds, 2)} s (${fmt(restore.seconds / copy.seconds, 1)} x the copy; a new process, the check and the copy)`);
  console.log(describe('filtered page (limit 100) while idle', idle));
  console.log(describe('the same page during the backup', during));
  console.log(`  p50 during / idle: ${fmt(percentile(during, 50) / percentile(idle, 50), 2)}`);
} finally {
  await stopServer(server);
}
