/**
 * A federation of real Hoggar nodes for tests: each node is its own `hoggar serve`
 * process with its own port and store (a SQLite data directory in a temp folder, or a
 * PostgreSQL schema), every node has a peer account (role peer) and token for every
 * other, and peers are registered full-mesh. By default sync runs only when a test asks
 * for it (`hoggar sync --once --json` against a node's store), so each round and each
 * fault lands where the test aims it; with `syncIntervalS` the servers sync on their own
 * schedule and `waitForConvergence` waits until every push backlog is settled.
 *
 *   const cluster = await startCluster({ nodes: [{ member: 'DZA' }, { member: 'MLI', backend: 'postgres' }] });
 *   await cluster.add(cluster.node('DZA'), [object]);
 *   await cluster.syncUntilQuiescent();
 *   const held = await cluster.objectsOf(cluster.node('MLI'));
 *   await cluster.close();
 *
 * Set-up (init, peer users, tokens, peer registration) goes through the same services
 * the CLI commands call, in this process, because forty CLI start-ups would cost more
 * than the tests themselves; serving and syncing are the real commands.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { initNode } from '../../src/node/init-node.js';
import { assembleNode } from '../../src/node/node.js';
import { AuditLog } from '../../src/audit/audit-log.js';
import { AuthService } from '../../src/services/auth-service.js';
import { systemContext } from '../../src/services/context.js';
import { openStore, sqliteFile, type StoreLocation } from '../../src/store/open-store.js';
import type { StixObject } from '../../src/stix/types.js';
import { PeerService, type PeerStatus } from '../../src/sync/peer-service.js';
import type { PeerSyncReport } from '../../src/sync/sync-service.js';
import { PG_URL } from '../helpers/stores.js';
import { runCli, runCliJson, spawnServe, stopProcess, type CliResult, type ServeProcess } from './hoggar-cli.js';
import { postObjects, readAllVersions, readStoredVersions, type StoreAt, type StoredVersion, type TaxiiStatusResource, type TaxiiTarget } from './holdings.js';
import { trackChild } from './processes.js';

export interface NodeSpec {
  /** ISO 3166 alpha-3 code of the member the node belongs to; also names the node. */
  readonly member: string;
  readonly backend?: 'sqlite' | 'postgres';
}

export interface ClusterOptions {
  readonly nodes: readonly NodeSpec[];
  /** `--timeout` of each sync run, in seconds (default 10). */
  readonly syncTimeoutS?: number;
  /** How long a `hoggar sync` run may take before it is killed, in ms (default 300,000). */
  readonly syncRunTimeoutMs?: number;
  /** `--max-content-length` of every server (default: the server's own). */
  readonly maxContentLength?: number;
  /**
   * `serve --sync-interval`: 0 (the default) syncs only when a test runs `hoggar sync`;
   * a positive value lets every server sync on its own, and `waitForConvergence` waits.
   */
  readonly syncIntervalS?: number;
  /** How the full-mesh peers sync (default 'both', so tests exercise pull and push). */
  readonly direction?: 'both' | 'pull' | 'push';
  /** Peers push gzip-compressed envelopes to each other (`peers add --compress-push`). */
  readonly compressPush?: boolean;
}

export interface ClusterNode {
  /** Lower-case member code: the node's peer name on the others and its peer user name there. */
  readonly name: string;
  readonly member: string;
  readonly backend: 'sqlite' | 'postgres';
  /** `--data DIR` or `--database-url URL`, for any CLI command against this node's store. */
  readonly storeArgs: readonly string[];
  readonly storeAt: StoreAt;
  readonly collectionId: string;
  readonly adminToken: string;
  /** `http://127.0.0.1:PORT`; the port is kept across restarts, since peers know it. */
  readonly url: string;
  readonly apiRoot: string;
  /** The node's default collection as its admin. */
  readonly admin: TaxiiTarget;
  /** The token this node issued to each other node's peer account, by that node's name. */
  readonly issuedTokens: ReadonlyMap<string, string>;
  readonly running: boolean;
}

export interface SyncRun {
  readonly node: ClusterNode;
  readonly code: number;
  readonly reports: readonly PeerSyncReport[];
  readonly stderr: string;
}

export interface QuiescenceResult {
  readonly rounds: number;
  readonly runs: readonly (readonly SyncRun[])[];
}

interface MutableNode extends ClusterNode {
  url: string;
  apiRoot: string;
  admin: TaxiiTarget;
  running: boolean;
  port: number;
  server?: ServeProcess;
  schema?: string;
  dir?: string;
}

export interface Cluster {
  readonly nodes: readonly ClusterNode[];
  /** A node by member code or name. */
  node(nameOrMember: string): ClusterNode;
  /** Adds objects at a node through its TAXII API as its admin (envelopes of 1,000). */
  add(node: ClusterNode, objects: readonly StixObject[]): Promise<TaxiiStatusResource[]>;
  /** Starts `hoggar sync --once --json` for a node; `child` lets a test kill it mid-way. */
  startSync(node: ClusterNode, options?: { peer?: string }): { child: ChildProcess; done: Promise<SyncRun> };
  /** Runs one sync round on every running node (or the given ones), in parallel. */
  syncRound(nodes?: readonly ClusterNode[]): Promise<SyncRun[]>;
  /** Rounds until one stores nothing new anywhere; throws if that takes more than `maxRounds`. */
  syncUntilQuiescent(options?: { maxRounds?: number; nodes?: readonly ClusterNode[] }): Promise<QuiescenceResult>;
  /**
   * With background sync: waits until every running node has pushed and had settled
   * everything it may share with every running peer (push backlog 0, nothing awaiting
   * retry, last push and pull without error). Peers in `ignorePeers` (by name) are not
   * waited for. Throws with the last statuses after `timeoutMs`.
   */
  waitForConvergence(options?: { timeoutMs?: number; ignorePeers?: readonly string[] }): Promise<void>;
  /** `GET /api/peers` of a running node, as its admin. */
  apiPeers(node: ClusterNode): Promise<PeerStatus[]>;
  kill(node: ClusterNode, signal?: NodeJS.Signals): Promise<void>;
  restart(node: ClusterNode): Promise<void>;
  /** Every version the node's admin reads over TAXII. */
  objectsOf(node: ClusterNode): Promise<StixObject[]>;
  /** Every version in the node's database, visible or not. */
  storedOf(node: ClusterNode): Promise<StoredVersion[]>;
  peersList(node: ClusterNode): Promise<PeerStatus[]>;
  /** Registers a peer on a node (through the peer service, without contacting it). */
  addPeer(node: ClusterNode, peer: { name: string; url: string; member: string; token: string; collection: string }): Promise<void>;
  removePeer(node: ClusterNode, name: string): Promise<void>;
  /** Runs any `hoggar` command against the node's store. */
  cli(node: ClusterNode, args: readonly string[]): Promise<CliResult>;
  close(): Promise<void>;
}

const locationOf = (node: { storeAt: StoreAt; dir?: string; schema?: string }): StoreLocation =>
  node.storeAt.kind === 'sqlite' ? { kind: 'sqlite', dataDir: node.dir! } : { kind: 'postgres', url: PG_URL, schema: node.schema! };

/** Creates the stores, accounts and tokens, starts every server and registers the peers. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'hoggar-fed-'));
  const nodes: MutableNode[] = [];
  const cluster = new RunningCluster(root, nodes, options);
  try {
    const specs = options.nodes.map((spec) => ({
      ...spec, name: spec.member.toLowerCase(), backend: spec.backend ?? 'sqlite', schema: `fed_${randomBytes(6).toString('hex')}`,
    }));
    // Known before any schema exists, so a failed start still drops what it created.
    for (const spec of specs) if (spec.backend === 'postgres') cluster.schemas.push(spec.schema);
    await Promise.all(specs.map(async (spec) => nodes.push(await createNode(root, spec, specs.map((s) => s.name)))));
    nodes.sort((a, b) => specs.findIndex((s) => s.name === a.name) - specs.findIndex((s) => s.name === b.name));
    await Promise.all(nodes.map((node) => cluster.restart(node)));
    await Promise.all(nodes.map((node) => registerPeers(node, nodes, options.direction ?? 'both', options.compressPush ?? false)));
    return cluster;
  } catch (error) {
    await cluster.close();
    throw error;
  }
}

async function createNode(
  root: string, spec: { name: string; member: string; backend: 'sqlite' | 'postgres'; schema: string }, all: readonly string[],
): Promise<MutableNode> {
  const dir = join(root, spec.name);
  const schema = spec.schema;
  const isPg = spec.backend === 'postgres';
  const pgUrl = new URL(PG_URL);
  pgUrl.searchParams.set('schema', schema);
  const location: StoreLocation = isPg ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', dataDir: dir };
  const store = await openStore(location, { create: true });
  const issuedTokens = new Map<string, string>();
  let init;
  try {
    init = await initNode(store, { member: spec.member, name: `Federation test ${spec.member}` });
    const auth = new AuthService(store, new AuditLog(store));
    const ctx = systemContext(spec.member);
    for (const other of all.filter((n) => n !== spec.name)) {
      // The peer user is named like the peer, so what it pushes is recorded as coming from that peer.
      await auth.addUser(ctx, { name: other, member: other.toUpperCase(), role: 'peer', password: randomBytes(12).toString('hex') });
      issuedTokens.set(other, (await auth.createToken(ctx, other, { label: 'federation test' })).token);
    }
  } finally {
    await store.close();
  }
  return {
    name: spec.name, member: spec.member, backend: spec.backend,
    storeArgs: isPg ? ['--database-url', pgUrl.toString()] : ['--data', dir],
    storeAt: isPg ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', file: sqliteFile(dir) },
    collectionId: init.collectionId, adminToken: init.admin.token, issuedTokens,
    url: '', apiRoot: '', admin: { apiRoot: '', collectionId: init.collectionId, token: init.admin.token },
    running: false, port: 0, ...(isPg ? { schema } : { dir }),
  };
}

async function withPeerService<T>(node: MutableNode, work: (peers: PeerService) => Promise<T>): Promise<T> {
  const store = await openStore(locationOf(node));
  try {
    return await work(new PeerService(await assembleNode(store)));
  } finally {
    await store.close();
  }
}

async function registerPeers(node: MutableNode, all: readonly MutableNode[], direction: 'both' | 'pull' | 'push', compressPush: boolean): Promise<void> {
  await withPeerService(node, async (peers) => {
    for (const other of all.filter((n) => n !== node)) {
      await peers.add(systemContext(node.member), {
        name: other.name, url: other.apiRoot, member: other.member, token: other.issuedTokens.get(node.name)!,
        collection: other.collectionId, verify: false, direction, compressPush,
      });
    }
  });
}

class RunningCluster implements Cluster {
  private readonly syncs = new Set<ChildProcess>();
  /** PostgreSQL schemas to drop on close. */
  readonly schemas: string[] = [];

  constructor(private readonly root: string, readonly nodes: MutableNode[], private readonly options: ClusterOptions) {}

  node(nameOrMember: string): ClusterNode {
    const found = this.nodes.find((n) => n.name === nameOrMember.toLowerCase());
    if (!found) throw new Error(`no node ${nameOrMember} in this cluster`);
    return found;
  }

  async add(node: ClusterNode, objects: readonly StixObject[]): Promise<TaxiiStatusResource[]> {
    const statuses: TaxiiStatusResource[] = [];
    for (let i = 0; i < objects.length; i += 1000) statuses.push(await postObjects(node.admin, objects.slice(i, i + 1000)));
    return statuses;
  }

  startSync(node: ClusterNode, options: { peer?: string } = {}) {
    const args = ['sync', '--once', '--json', '--timeout', String(this.options.syncTimeoutS ?? 10), ...(options.peer ? ['--peer', options.peer] : []), ...node.storeArgs];
    const run = runCli(args, { timeoutMs: this.options.syncRunTimeoutMs ?? 300_000 });
    this.syncs.add(trackChild(run.child));
    const done = run.then((result) => {
      this.syncs.delete(run.child);
      let reports: PeerSyncReport[] = [];
      try { reports = result.stdout.trim() ? JSON.parse(result.stdout) as PeerSyncReport[] : []; } catch { /* killed mid-output */ }
      return { node, code: result.code, reports, stderr: result.stderr };
    });
    return { child: run.child, done };
  }

  syncRound(nodes: readonly ClusterNode[] = this.nodes.filter((n) => n.running)): Promise<SyncRun[]> {
    return Promise.all(nodes.map((node) => this.startSync(node).done));
  }

  async syncUntilQuiescent(options: { maxRounds?: number; nodes?: readonly ClusterNode[] } = {}): Promise<QuiescenceResult> {
    const maxRounds = options.maxRounds ?? 6;
    const runs: SyncRun[][] = [];
    let before = await this.fingerprint();
    for (let round = 1; round <= maxRounds; round++) {
      const results = await this.syncRound(options.nodes);
      runs.push(results);
      const after = await this.fingerprint();
      const pulledNew = results.some((r) => r.reports.some((p) => p.pull.ok && p.pull.stored > 0));
      if (!pulledNew && after === before) return { rounds: round, runs };
      before = after;
    }
    throw new Error(`not quiescent after ${maxRounds} sync rounds`);
  }

  async apiPeers(node: ClusterNode): Promise<PeerStatus[]> {
    const response = await fetch(`${node.url}/api/peers`, { headers: { authorization: `Bearer ${node.adminToken}`, accept: 'application/json' } });
    if (response.status !== 200) throw new Error(`GET ${node.url}/api/peers answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { peers: PeerStatus[] }).peers;
  }

  async waitForConvergence(options: { timeoutMs?: number; ignorePeers?: readonly string[] } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    const running = new Set(this.nodes.filter((n) => n.running).map((n) => n.name));
    const ignored = new Set(options.ignorePeers ?? []);
    let last: unknown;
    for (;;) {
      // Two clean polls in a row, so a push that was settling between reads is not missed.
      let clean = 0;
      for (let poll = 0; poll < 2; poll++) {
        const statuses = await Promise.all(this.nodes.filter((n) => n.running).map(async (n) => ({ node: n.name, peers: await this.apiPeers(n) })));
        last = statuses;
        const settled = statuses.every(({ peers }) => peers.filter((p) => running.has(p.name) && !ignored.has(p.name)).every((p) =>
          p.push.lastSuccess !== null && p.pull.lastSuccess !== null && p.push.lastError === null && p.pull.lastError === null
          && p.push.backlog === 0 && p.push.failures === 0));
        if (!settled) break;
        clean++;
      }
      if (clean === 2) return;
      if (Date.now() > deadline) throw new Error(`no convergence within ${options.timeoutMs ?? 60_000} ms; last peer statuses:\n${JSON.stringify(last, null, 1)}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Stored versions and memberships of every node: unchanged across a round means nothing moved. */
  private async fingerprint(): Promise<string> {
    const counts = await Promise.all(this.nodes.map(async (n) => {
      const stored = await readStoredVersions(n.storeAt);
      return `${stored.length}/${stored.reduce((sum, s) => sum + s.memberships, 0)}`;
    }));
    return counts.join(',');
  }

  async kill(node: ClusterNode, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const n = node as MutableNode;
    if (n.server) await stopProcess(n.server.child, signal);
    n.running = false;
  }

  async restart(node: ClusterNode): Promise<void> {
    const n = node as MutableNode;
    if (n.running) await this.kill(n, 'SIGTERM');
    const args = ['--port', String(n.port), '--sync-interval', String(this.options.syncIntervalS ?? 0), ...(this.options.maxContentLength ? ['--max-content-length', String(this.options.maxContentLength)] : []), ...n.storeArgs];
    n.server = await spawnServe(args);
    trackChild(n.server.child);
    n.port = Number(new URL(n.server.url).port);
    n.url = n.server.url;
    n.apiRoot = `${n.url}/taxii2/root/`;
    n.admin = { apiRoot: n.apiRoot, collectionId: n.collectionId, token: n.adminToken };
    n.running = true;
  }

  objectsOf(node: ClusterNode): Promise<StixObject[]> {
    return readAllVersions(node.admin);
  }

  storedOf(node: ClusterNode): Promise<StoredVersion[]> {
    return readStoredVersions(node.storeAt);
  }

  peersList(node: ClusterNode): Promise<PeerStatus[]> {
    return runCliJson<PeerStatus[]>(['peers', 'list', '--json', ...node.storeArgs]);
  }

  async addPeer(node: ClusterNode, peer: { name: string; url: string; member: string; token: string; collection: string }): Promise<void> {
    await withPeerService(node as MutableNode, (peers) => peers.add(systemContext(node.member), { ...peer, verify: false }));
  }

  async removePeer(node: ClusterNode, name: string): Promise<void> {
    await withPeerService(node as MutableNode, (peers) => peers.remove(systemContext(node.member), name));
  }

  cli(node: ClusterNode, args: readonly string[]): Promise<CliResult> {
    return runCli([...args, ...node.storeArgs]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.syncs].map((child) => stopProcess(child, 'SIGKILL')));
    await Promise.all(this.nodes.map((n) => (n.server ? stopProcess(n.server.child, 'SIGTERM', 3_000) : undefined)));
    rmSync(this.root, { recursive: true, force: true });
    const schemas = this.schemas.splice(0);
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await client.end();
    }
  }
}
