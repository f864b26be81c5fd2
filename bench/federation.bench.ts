/**
 * Federation benchmark (issue 4): four nodes, each its own `hoggar serve` process on
 * SQLite, full-mesh peers; 100,000 objects spread over the nodes, every one released so
 * it travels (TLP:CLEAR, or REL TO all four under TLP:AMBER). Sync runs as
 * `hoggar sync --once` on every node in parallel, round after round, until a round
 * brings nothing new. Then one node stops, 10,000 new versions are made on the
 * others (which sync among themselves), the node comes back, and its catch-up is timed.
 * Prints figures only; no assertions.
 *
 *   npm run build && npx tsx bench/federation.bench.ts
 *   BENCH_FED_OBJECTS=20000 BENCH_FED_UPDATES=2000 npx tsx bench/federation.bench.ts
 */
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { memberIdentityId } from '../src/members/registry.js';
import { releasabilityMarking, TLP2_MARKING_IDS } from '../src/stix/markings.js';
import type { StixObject } from '../src/stix/types.js';
import type { Cluster, ClusterNode, SyncRun } from '../test/federation/cluster.js';
import { generateObjects } from './generate.js';
import { fmt, timed } from './measure.js';

const MEMBERS = ['DZA', 'MLI', 'NER', 'MRT'] as const;

export interface FederationBenchOptions {
  /** Objects spread over the four nodes (default 100,000). */
  readonly objects?: number;
  /** New versions made while one node is down (default 10,000). */
  readonly updates?: number;
  /** Rounds before giving up on convergence (default 10). */
  readonly maxRounds?: number;
}

export interface FederationBenchResult {
  readonly objects: number;
  readonly ingestSeconds: number;
  readonly convergeSeconds: number;
  readonly convergeRounds: number;
  readonly objectsPerSecond: number;
  /** Objects moved over the wire (pulled + pushed) per object a node actually needed. */
  readonly transferAmplification: number;
  readonly updates: number;
  readonly catchUpSeconds: number;
}

/** Rows of this run in a node's database (the marker property keeps them apart from init's objects). */
function counter(node: ClusterNode, run: string): () => number {
  if (node.storeAt.kind !== 'sqlite') throw new Error('the federation benchmark runs on SQLite nodes');
  const file = node.storeAt.file;
  return () => {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 15000');
      return Number((db.prepare('SELECT COUNT(*) AS n FROM objects WHERE json LIKE ?').get(`%"x_bench_run":"${run}"%`) as { n: number }).n);
    } finally {
      db.close();
    }
  };
}

function moved(runs: readonly SyncRun[]): number {
  return runs.reduce((sum, run) => sum + run.reports.reduce((s, r) => s + (r.pull.ok ? r.pull.fetched : 0) + (r.push.ok ? r.push.sent + r.push.retried : 0), 0), 0);
}

/** Rounds on `nodes` until one stores nothing new; returns the rounds and the objects moved. */
async function roundsUntilQuiet(cluster: Cluster, nodes: readonly ClusterNode[], counts: readonly (() => number)[], maxRounds: number, label: string) {
  let before = counts.map((c) => c());
  let transferred = 0;
  for (let round = 1; round <= maxRounds; round++) {
    const { result: runs, seconds } = await timed(() => cluster.syncRound(nodes));
    transferred += moved(runs);
    const errors = runs.flatMap((r) => [
      ...(r.code !== 0 && r.reports.length === 0 ? [`${r.node.name}: sync exited ${r.code} ${r.stderr.slice(0, 200)}`] : []),
      ...r.reports.flatMap((p) => [p.pull, p.push].flatMap((d) => (d.ok ? [] : [`${r.node.name}→${p.peer}: ${d.error.slice(0, 120)}`]))),
    ]);
    console.log(`  ${label} round ${round}: ${fmt(seconds, 1)} s, ${fmt(moved(runs))} objects moved (pulled + pushed)${errors.length ? `, ${errors.length} errors${process.env.BENCH_FED_VERBOSE ? `: ${errors.join('; ')}` : ''}` : ''}`);
    const after = counts.map((c) => c());
    if (after.every((n, i) => n === before[i])) return { rounds: round, transferred };
    before = after;
  }
  throw new Error(`no convergence after ${maxRounds} rounds`);
}

/** Polls `done` every 100 ms until it holds or `work` settles (whichever comes first). */
async function until(done: () => boolean, work: Promise<unknown>): Promise<void> {
  let settled = false;
  void work.finally(() => { settled = true; }).catch(() => undefined);
  while (!done() && !settled) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function ingest(cluster: Cluster, node: ClusterNode, objects: readonly StixObject[]): Promise<void> {
  const envelopes: StixObject[][] = [];
  for (let i = 0; i < objects.length; i += 1000) envelopes.push(objects.slice(i, i + 1000));
  // A few envelopes in flight, as a bulk loader would.
  await Promise.all(Array.from({ length: 3 }, async () => {
    for (let envelope = envelopes.shift(); envelope; envelope = envelopes.shift()) {
      const [status] = await cluster.add(node, envelope);
      if (status!.failure_count > 0) throw new Error(`ingest at ${node.name} refused ${status!.failure_count} objects: ${JSON.stringify(status!.failures?.slice(0, 2))}`);
    }
  }));
}

/** Runs the benchmark on a fresh four-node cluster and prints its figures. */
export async function benchFederation(options: FederationBenchOptions = {}): Promise<FederationBenchResult> {
  process.env.HOGGAR_FED_CLI ??= 'dist'; // a benchmark measures the build, never tsx
  const { startCluster } = await import('../test/federation/cluster.js');
  const total = options.objects ?? 100_000;
  const updates = options.updates ?? 10_000;
  const maxRounds = options.maxRounds ?? 10;
  const run = randomBytes(6).toString('hex');
  const relAll = releasabilityMarking(MEMBERS);
  // Between Hoggar nodes one direction suffices: each node pulls what the others share with it.
  const cluster = await startCluster({ nodes: MEMBERS.map((member) => ({ member })), syncTimeoutS: 120, syncRunTimeoutMs: 3_600_000, direction: 'pull' });
  try {
    const nodes = [...cluster.nodes];
    const counts = nodes.map((n) => counter(n, run));
    const share = Math.ceil(total / nodes.length);
    const owned = nodes.map((node, i) => generateObjects(Math.min(share, total - i * share), i * share).map((o, j) => ({
      ...o, created_by_ref: memberIdentityId(node.member), x_bench_run: run,
      object_marking_refs: j % 2 === 0 ? [TLP2_MARKING_IDS.clear] : [TLP2_MARKING_IDS.amber, relAll.id],
    }) as unknown as StixObject));
    console.log(`federation: ${nodes.length} nodes (separate processes, SQLite), ${fmt(total)} objects, ${fmt(updates)} updates`);

    const ingestRun = await timed(() => Promise.all(nodes.map((node, i) => ingest(cluster, node, [relAll, ...owned[i]!]))));
    console.log(`ingest at the origins: ${fmt(ingestRun.seconds, 1)} s (${fmt(total / ingestRun.seconds)} objects/s)`);

    // Converged when every node holds every object; the quiet round that confirms it is not counted.
    const started = process.hrtime.bigint();
    const rounds = roundsUntilQuiet(cluster, nodes, counts, maxRounds, 'convergence');
    await until(() => counts.every((c) => c() >= total), rounds);
    const convergeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const settled = await rounds;
    const allRoundsSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const held = counts.map((c) => c());
    const convergeRate = total / convergeSeconds;
    const needed = total * (nodes.length - 1);
    const amplification = settled.transferred / needed;
    console.log(`convergence: ${fmt(convergeSeconds, 1)} s until every node held all ${fmt(total)} objects, ${fmt(convergeRate)} objects/s (target < 60 s)`);
    if (held.some((n) => n < total)) console.log(`  NOT CONVERGED: the nodes hold ${held.map((n) => fmt(n)).join(' / ')}`);
    console.log(`  sync rounds until one moved nothing new: ${settled.rounds}, ${fmt(allRoundsSeconds, 1)} s in all`);
    console.log(`  objects moved (pulled + pushed): ${fmt(settled.transferred)} for ${fmt(needed)} deliveries needed (x${fmt(amplification, 1)})`);

    // Catch-up: the last node stops, the others make new versions and sync among themselves.
    const away = nodes[nodes.length - 1]!;
    const others = nodes.filter((n) => n !== away);
    await cluster.kill(away, 'SIGTERM');
    const perNode = Math.ceil(updates / others.length);
    const changed = others.map((node) => {
      const i = nodes.indexOf(node);
      return owned[i]!.slice(0, Math.min(perNode, updates - others.indexOf(node) * perNode)).map((o) => ({
        ...o, modified: new Date(Date.parse(o.modified as string) + 86_400_000).toISOString(), labels: ['revised'],
      }) as StixObject);
    });
    await Promise.all(others.map((node, i) => ingest(cluster, node, changed[i]!)));
    await roundsUntilQuiet(cluster, others, others.map((n) => counts[nodes.indexOf(n)]!), maxRounds, `without ${away.member}`);
    const awayCount = counts[nodes.length - 1]!;
    const target = awayCount() + updates;

    let round: Promise<unknown> = Promise.resolve();
    const catchUp = await timed(async () => {
      await cluster.restart(away);
      round = cluster.syncRound(nodes);
      await until(() => awayCount() >= target, round);
    });
    await round;
    const caughtUp = awayCount() >= target;
    console.log(`catch-up of ${away.member} after missing ${fmt(updates)} updates: ${fmt(catchUp.seconds, 1)} s from restart (server start included) until it held them all${caughtUp ? '' : ` — NOT CAUGHT UP: it holds ${fmt(awayCount() - target + updates)} of them`}`);
    return {
      objects: total, ingestSeconds: ingestRun.seconds, convergeSeconds, convergeRounds: settled.rounds,
      objectsPerSecond: convergeRate, transferAmplification: amplification, updates, catchUpSeconds: catchUp.seconds,
    };
  } finally {
    await cluster.close();
  }
}

if (process.argv[1]?.endsWith('federation.bench.ts')) {
  await benchFederation({
    objects: Number(process.env.BENCH_FED_OBJECTS ?? 100_000),
    updates: Number(process.env.BENCH_FED_UPDATES ?? 10_000),
  });
}
