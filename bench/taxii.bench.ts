/**
 * Node core benchmark (issue 2): TAXII ingest and read-back over real HTTP against a
 * server in its own process, the raw SQLite ceiling measured in the same run, filtered
 * page latency on a store of 1,000,000 objects, and the server's peak RSS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { generateObjects } from './generate.js';
import { fmt, peakRssMb, percentile, timed } from './measure.js';

const TAXII = 'application/taxii+json;version=2.1';
const ENVELOPE = 1000;
const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

interface Server { url: string; token: string; collection: string; child: ChildProcess; dir: string }

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`hoggar ${args[0]} exited ${code}`))));
  });
}

async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-bench-'));
  const init = JSON.parse(await run(['init', '--data', dir, '--member', 'DZA', '--name', 'bench', '--json']));
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_SERVER_PROFILE] : []), CLI, 'serve', '--data', dir, '--port', '0', '--max-content-length', String(64 * 1024 * 1024)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/\S+)/.exec(d.toString());
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error('server exited')));
  });
  return { url, token: init.admin.token, collection: init.collectionId, child, dir };
}

function objectsUrl(s: Server) {
  return `${s.url}/taxii2/root/collections/${s.collection}/objects/`;
}

async function post(s: Server, objects: unknown[]): Promise<void> {
  const res = await fetch(objectsUrl(s), {
    method: 'POST',
    headers: { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ objects }),
  });
  const status = await res.json() as { success_count: number };
  if (res.status !== 202 || status.success_count !== objects.length) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(status).slice(0, 300)}`);
}

/** A bulk loader keeps a few envelopes in flight, as a sync peer pushing a backlog does. */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 4);

async function ingest(s: Server, objects: Record<string, unknown>[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < objects.length) {
      const start = next;
      next += ENVELOPE;
      await post(s, objects.slice(start, start + ENVELOPE));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
}

async function get(s: Server, query: string): Promise<{ count: number; next?: string; last?: string }> {
  const res = await fetch(`${objectsUrl(s)}?${query}`, { headers: { Accept: TAXII, Authorization: `Bearer ${s.token}` } });
  const body = await res.json() as { objects?: unknown[]; next?: string };
  return { count: body.objects?.length ?? 0, ...(body.next ? { next: body.next } : {}), ...(res.headers.get('x-taxii-date-added-last') ? { last: res.headers.get('x-taxii-date-added-last')! } : {}) };
}

/** Runs `load` against a fresh better-sqlite3 file in WAL mode and returns objects/s for `count` objects. */
function rawRate(count: number, load: (db: BetterSqlite3.Database) => () => void): number {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-raw-'));
  const db = new BetterSqlite3(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  const run = load(db);
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return count / seconds;
}

/** The ceiling: the same JSON inserted with one prepared statement in one transaction. */
function rawCeiling(objects: Record<string, unknown>[]): number {
  return rawRate(objects.length, (db) => {
    db.exec('CREATE TABLE objects (id TEXT NOT NULL, json TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO objects (id, json) VALUES (?, ?)');
    const texts = objects.map((o) => [o.id as string, JSON.stringify(o)] as const);
    return () => db.transaction(() => { for (const [id, json] of texts) insert.run(id, json); })();
  });
}

/**
 * A second baseline that explains the gap to the ceiling: the same JSON in
 * envelopes of ENVELOPE, each committed durably (WAL, synchronous FULL) as the
 * server must before it acknowledges, with the one unique (id, modified) index
 * that rejecting a conflicting version needs. No HTTP, no validation, no
 * collections, no status.
 */
function rawDurableIndexed(objects: Record<string, unknown>[]): number {
  return rawRate(objects.length, (db) => {
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE objects (id TEXT NOT NULL, modified TEXT NOT NULL, json TEXT NOT NULL); CREATE UNIQUE INDEX objects_version ON objects (id, modified)');
    const insert = db.prepare('INSERT INTO objects (id, modified, json) VALUES (?, ?, ?)');
    const rows = objects.map((o) => [o.id as string, String(o.modified ?? o.created ?? ''), JSON.stringify(o)] as const);
    const envelope = db.transaction((batch: readonly (readonly [string, string, string])[]) => { for (const [id, modified, json] of batch) insert.run(id, modified, json); });
    return () => { for (let i = 0; i < rows.length; i += ENVELOPE) envelope(rows.slice(i, i + ENVELOPE)); };
  });
}

export async function benchTaxii(options: { ingestCount: number; storeSize: number; latencySamples: number }): Promise<Record<string, number>> {
  const objects = generateObjects(options.ingestCount);
  const ceiling = rawCeiling(objects);
  console.log(`raw better-sqlite3 ceiling (one transaction): ${fmt(ceiling)} objects/s`);
  const durable = rawDurableIndexed(objects);
  console.log(`raw better-sqlite3, durable envelopes of ${ENVELOPE} with the unique version index: ${fmt(durable)} objects/s = ${fmt((100 * durable) / ceiling, 1)}% of the ceiling`);

  const server = await startServer();
  try {
    const ingestRun = await timed(() => ingest(server, objects));
    const ingestRate = objects.length / ingestRun.seconds;
    console.log(`TAXII ingest, ${fmt(objects.length)} objects in envelopes of ${ENVELOPE} (${IN_FLIGHT} in flight): ${fmt(ingestRate)} objects/s = ${fmt((100 * ingestRate) / ceiling, 1)}% of the ceiling (target >= 30%), ${fmt((100 * ingestRate) / durable, 1)}% of the durable indexed baseline`);

    const readRun = await timed(async () => {
      let total = 0;
      let next: string | undefined;
      do {
        const page = await get(server, `limit=1000${next ? `&next=${next}` : ''}`);
        total += page.count;
        next = page.next;
      } while (next);
      return total;
    });
    console.log(`paginated read-back: ${fmt(readRun.result)} objects at ${fmt(readRun.result / readRun.seconds)} objects/s`);

    // Grow the store to the latency target size, then time filtered pages from random points.
    const marks: string[] = [];
    for (let done = objects.length; done < options.storeSize; done += 50_000) {
      await ingest(server, generateObjects(Math.min(50_000, options.storeSize - done), done));
      const probe = await get(server, 'limit=1&match[type]=indicator&added_after=' + new Date(Date.now() - 1000).toISOString());
      if (probe.last) marks.push(probe.last);
    }
    const latencies: number[] = [];
    for (let i = 0; i < options.latencySamples; i++) {
      const after = marks[i % Math.max(1, marks.length)] ?? '2026-01-01T00:00:00Z';
      const t = await timed(() => get(server, `match[type]=indicator&added_after=${after}&limit=1000`));
      if (t.result.count === 0 && marks.length) throw new Error('latency probe returned nothing');
      latencies.push(t.seconds * 1000);
    }
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(`filtered page (match[type] + added_after, limit 1000) on ${fmt(options.storeSize)} objects: p50 ${fmt(p50, 1)} ms, p99 ${fmt(p99, 1)} ms (target p99 < 50 ms)`);
    const rss = await peakRssMb(server.child.pid!);
    console.log(`server peak RSS: ${fmt(rss)} MB (target < 500 MB)`);
    return { ceiling, durable, ingestRate, ingestPercent: (100 * ingestRate) / ceiling, readRate: readRun.result / readRun.seconds, p50, p99, rss };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(server.dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('taxii.bench.ts')) {
  const size = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000);
  await benchTaxii({ ingestCount: Number(process.env.BENCH_INGEST ?? 100_000), storeSize: size, latencySamples: 300 });
}
