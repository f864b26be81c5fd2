import type { Node } from '../node/node.js';
import { encodeCursor } from '../services/object-reader.js';
import { nowMicros } from '../stix/timestamps.js';
import type { PageRow } from '../store/queries/membership-queries.js';
import type { PeerRow } from '../store/queries/peer-queries.js';
import { versionFromKey } from '../taxii/presenters.js';
import type { TaxiiClient, TaxiiStatus } from './taxii-client/index.js';
import { peerContext } from './peer-context.js';
import { SYNC_PAGE_SIZE } from './pull.js';

export interface PushReport {
  readonly sent: number;
  readonly accepted: number;
  readonly failed: number;
  readonly retried: number;
}

const STATUS_TIMEOUT_MS = 120_000;
const MAX_BACKOFF_US = 6 * 3600 * 1_000_000;

/** Wait before the n-th retry: 30 s, 1 min, 2 min… up to 6 h. */
export function backoffMicros(attempts: number): number {
  return Math.min(30_000_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_US);
}

/** Room for `{"objects":[…]}` around a single object. */
const ENVELOPE_OVERHEAD = 64;

/** Can this version be sent at all: does an envelope holding it alone fit max_content_length? */
function fitsAlone(row: PageRow, maxBytes: number): boolean {
  return Buffer.byteLength(row.json) + ENVELOPE_OVERHEAD <= maxBytes;
}

/** Envelopes that fit the peer's max_content_length (with room for the envelope itself). */
function envelopes(rows: readonly PageRow[], maxBytes: number): PageRow[][] {
  const limit = Math.max(1024, Math.floor(maxBytes * 0.9));
  const out: PageRow[][] = [];
  let current: PageRow[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = Buffer.byteLength(row.json) + 1;
    if (current.length > 0 && size + bytes > limit) { out.push(current); current = []; size = 0; }
    current.push(row);
    size += bytes;
  }
  if (current.length) out.push(current);
  return out;
}

/** Sends one envelope and follows its status resource until every object is settled. */
async function send(client: TaxiiClient, peer: PeerRow, rows: readonly PageRow[]): Promise<TaxiiStatus> {
  const status = await client.addObjectTexts(peer.api_root_url, peer.remote_collection, rows.map((r) => r.json), { gzip: peer.compress_push === 1 });
  if (status.status === 'complete') return status;
  return client.waitForStatus(peer.api_root_url, status.id, { pollMs: 250, timeoutMs: STATUS_TIMEOUT_MS });
}

/** What the peer did not accept: failures, and objects still pending when we stopped waiting. */
function unsettledIn(status: TaxiiStatus): Map<string, string> {
  const unsettled = new Map<string, string>();
  for (const f of status.failures ?? []) unsettled.set(f.id, f.message ?? 'refused by the peer');
  for (const p of status.pendings ?? []) unsettled.set(p.id, 'still pending at the peer');
  return unsettled;
}

/**
 * A version too large for any envelope the peer takes is never sent: the peer would
 * answer 413 for the whole envelope and the push would stop at it every round. It is
 * recorded as a failure instead, so it is reported and retried with back-off.
 */
function tooLarge(rows: readonly PageRow[], maxBytes: number): Map<string, string> {
  return new Map(rows.map((r) => [r.object_id, `larger than the peer's max_content_length (${maxBytes} bytes)`]));
}

/** Records what the peer did not accept for a later retry with back-off, and clears what it accepted. */
async function settle(node: Node, peer: PeerRow, rows: readonly PageRow[], unsettled: ReadonlyMap<string, string>, attemptsOf: (key: string) => number) {
  const ctx = peerContext(peer);
  const now = Number(nowMicros());
  await node.store.write(async (q) => {
    for (const row of rows) {
      const key = `${row.object_id}|${row.version_key}`;
      const message = unsettled.get(row.object_id);
      if (message === undefined) { await q.peers.clearFailure(peer.name, row.object_id, row.version_key); continue; }
      const attempts = attemptsOf(key) + 1;
      await q.peers.saveFailure({ peer: peer.name, object_id: row.object_id, version_key: row.version_key, attempts, next_attempt_us: now + backoffMicros(attempts), message });
    }
    // What left this node, to whom: the audit trail of sharing.
    const shared = rows.filter((r) => !unsettled.has(r.object_id)).map((r) => `${r.object_id}@${r.version_key}`);
    if (shared.length > 0) await node.audit.recordChange(q, ctx, { action: 'sync.shared', target: peer.name, detail: { objects: shared } });
  });
  return rows.filter((r) => unsettled.has(r.object_id)).length;
}

/**
 * Pushes to the peer every version in the local collection that may be shared with its
 * member (the egress rule, via the peer context), except what that peer sent us. The
 * cursor advances only once the peer has settled a page; objects it refused are
 * retried later with back-off and reported.
 */
export async function pushToPeer(node: Node, peer: PeerRow, client: TaxiiClient): Promise<PushReport> {
  const ctx = peerContext(peer);
  const state = await node.store.peers.state(peer.name, 'push');
  const maxBytes = (await client.apiRoot(peer.api_root_url)).max_content_length;
  const failures = await node.store.peers.failures(peer.name);
  const attempts = new Map(failures.map((f) => [`${f.object_id}|${f.version_key}`, f.attempts]));
  const attemptsOf = (key: string) => attempts.get(key) ?? 0;
  let afterUs = Number(state?.cursor ?? 0);
  let objectsTotal = state?.objects_total ?? 0;
  let sent = 0, failed = 0;

  for (;;) {
    const page = await node.reader.page(ctx, peer.local_collection, {
      versions: ['all'], limit: SYNC_PAGE_SIZE, ...(afterUs > 0 ? { next: encodeCursor(afterUs) } : {}),
    });
    if (page.rows.length === 0) break;
    const oversized = page.rows.filter((r) => !fitsAlone(r, maxBytes));
    if (oversized.length > 0) failed += await settle(node, peer, oversized, tooLarge(oversized, maxBytes), attemptsOf);
    for (const batch of envelopes(page.rows.filter((r) => fitsAlone(r, maxBytes)), maxBytes)) {
      const status = await send(client, peer, batch);
      failed += await settle(node, peer, batch, unsettledIn(status), attemptsOf);
      sent += batch.length;
    }
    afterUs = page.rows[page.rows.length - 1]!.added_us;
    objectsTotal += page.rows.length;
    await node.store.write((q) => q.peers.saveState(peer.name, 'push', { cursor: String(afterUs), objects_total: objectsTotal }));
    if (!page.more) break;
  }

  // Retry what is due: each version is read again through the egress rule, so a
  // retry can never send what the peer may no longer receive.
  const now = Number(nowMicros());
  let retried = 0;
  for (const failure of failures.filter((f) => f.next_attempt_us <= now)) {
    // Unversioned objects (SCOs) have a single version under the empty key.
    const versions = failure.version_key === '' ? ['all'] : [versionFromKey(failure.version_key)];
    const page = await node.reader.page(ctx, peer.local_collection, { ids: [failure.object_id], versions });
    const rows = page.rows.filter((r) => r.version_key === failure.version_key);
    if (rows.length === 0) { await node.store.write((q) => q.peers.clearFailure(peer.name, failure.object_id, failure.version_key)); continue; }
    if (!rows.every((r) => fitsAlone(r, maxBytes))) { failed += await settle(node, peer, rows, tooLarge(rows, maxBytes), attemptsOf); continue; }
    const status = await send(client, peer, rows);
    failed += await settle(node, peer, rows, unsettledIn(status), attemptsOf);
    retried += rows.length;
  }
  return { sent, accepted: sent + retried - failed, failed, retried };
}
