import type { Node } from '../node/node.js';
import { nowMicros } from '../stix/timestamps.js';
import type { Direction, PeerRow } from '../store/queries/peer-queries.js';
import { pullFromPeer, type PullReport } from './pull.js';
import { pushToPeer, type PushReport } from './push.js';
import { TaxiiClient } from './taxii-client/index.js';

export interface SyncOptions {
  /** Per request to the peer. */
  readonly timeoutMs?: number;
}

/** A direction's result; `skipped` when the peer is set to sync the other way only. */
type Outcome<R> = (R & { readonly ok: true; readonly skipped?: true }) | { readonly ok: false; readonly error: string };

export interface PeerSyncReport {
  readonly peer: string;
  readonly pull: Outcome<PullReport>;
  readonly push: Outcome<PushReport>;
}

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string };
  return `${e.message ?? String(error)}${e.code ? ` (${e.code})` : ''}`.slice(0, 1000);
}

/**
 * Runs sync rounds: for each peer, pull then push. A peer that is down, slow or answers
 * garbage fails its own round (recorded in its state) and never stops the others. Two
 * rounds with the same peer never overlap in this process.
 */
export class SyncService {
  private readonly running = new Map<string, Promise<PeerSyncReport>>();

  constructor(private readonly node: Node, private readonly options: SyncOptions = {}) {}

  async syncAll(): Promise<PeerSyncReport[]> {
    const peers = await this.node.store.peers.list();
    return Promise.all(peers.map((peer) => this.syncPeer(peer)));
  }

  syncPeer(peer: PeerRow): Promise<PeerSyncReport> {
    const current = this.running.get(peer.name);
    if (current) return current;
    const round = this.round(peer).finally(() => this.running.delete(peer.name));
    this.running.set(peer.name, round);
    return round;
  }

  private async round(peer: PeerRow): Promise<PeerSyncReport> {
    const client = new TaxiiClient({ auth: { kind: 'bearer', token: peer.token }, timeoutMs: this.options.timeoutMs ?? 30_000 });
    const skipped = { ok: true as const, skipped: true as const };
    const pull = peer.direction === 'push'
      ? { ...skipped, fetched: 0, stored: 0, rejected: 0, rejections: [] }
      : await this.attempt(peer, 'pull', () => pullFromPeer(this.node, peer, client));
    const push = peer.direction === 'pull'
      ? { ...skipped, sent: 0, accepted: 0, failed: 0, retried: 0 }
      : await this.attempt(peer, 'push', () => pushToPeer(this.node, peer, client));
    return { peer: peer.name, pull, push } as PeerSyncReport;
  }

  private async attempt<T extends object>(peer: PeerRow, direction: Direction, work: () => Promise<T>) {
    const started = Number(nowMicros());
    await this.node.store.write((q) => q.peers.saveState(peer.name, direction, { last_attempt_us: started }));
    try {
      const report = await work();
      await this.node.store.write((q) => q.peers.saveState(peer.name, direction, { last_success_us: Number(nowMicros()), last_error: null, last_error_us: null }));
      return { ok: true as const, ...report };
    } catch (error) {
      const message = describe(error);
      await this.node.store.write((q) => q.peers.saveState(peer.name, direction, { last_error: message, last_error_us: Number(nowMicros()) }));
      return { ok: false as const, error: message };
    }
  }
}

/** Runs sync rounds every `intervalMs` until stopped (used by `hoggar serve`). */
export function scheduleSync(service: SyncService, intervalMs: number, onRound?: (reports: PeerSyncReport[]) => void) {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    current = service.syncAll().then((reports) => onRound?.(reports)).catch(() => undefined).finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
