import type { Node } from '../node/node.js';
import { formatMicros, toMicros } from '../stix/timestamps.js';
import type { PeerRow } from '../store/queries/peer-queries.js';
import type { TaxiiClient } from './taxii-client/index.js';
import { peerContext } from './peer-context.js';

export const SYNC_PAGE_SIZE = 1000;

export interface PullReport {
  readonly fetched: number;
  readonly stored: number;
  readonly rejected: number;
  readonly rejections: readonly { id?: string; message?: string }[];
}

/**
 * The cursor is the peer's date_added of the last page we committed. We resume one
 * microsecond before it, so a server that gives several objects the same date_added
 * cannot make us skip the rest of them; what we fetch twice is an identical version,
 * which the store takes as a no-op.
 */
function resumeAfter(cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  return formatMicros(toMicros(cursor) - 1n);
}

/**
 * Pulls everything the peer added since the cursor, every version, into the peer's
 * local collection; markings first, so objects arrive with their markings known. The
 * cursor advances only after each page is committed, so a crash at any point resumes
 * without loss and without duplicates.
 */
export async function pullFromPeer(node: Node, peer: PeerRow, client: TaxiiClient): Promise<PullReport> {
  const ctx = peerContext(peer);
  const state = await node.store.peers.state(peer.name, 'pull');
  const addedAfter = resumeAfter(state?.cursor);
  let fetched = 0, stored = 0;
  const rejections: { id?: string; message?: string }[] = [];
  let objectsTotal = state?.objects_total ?? 0;
  let rejectedTotal = state?.rejected_total ?? 0;

  const store = async (items: readonly unknown[]) => {
    const result = await node.writer.add(ctx, peer.local_collection, items, { originPeer: peer.member });
    fetched += items.length;
    for (const outcome of result.outcomes) {
      if (outcome.ok) { if (outcome.addedUs !== undefined) stored++; } else rejections.push({ ...(outcome.id ? { id: outcome.id } : {}), ...(outcome.message ? { message: outcome.message } : {}) });
    }
    return result;
  };

  const base = { version: ['all'], limit: SYNC_PAGE_SIZE, ...(addedAfter ? { addedAfter } : {}) };
  for await (const page of client.pages(peer.api_root_url, peer.remote_collection, { ...base, type: ['marking-definition'] })) {
    await store(page.items);
  }
  for await (const page of client.pages(peer.api_root_url, peer.remote_collection, base)) {
    const before = rejections.length;
    await store(page.items);
    objectsTotal += page.items.length;
    rejectedTotal += rejections.length - before;
    const fields = { objects_total: objectsTotal, rejected_total: rejectedTotal, ...(page.dateAddedLast ? { cursor: page.dateAddedLast } : {}) };
    await node.store.write((q) => q.peers.saveState(peer.name, 'pull', fields));
  }
  if (rejections.length > 0) {
    await node.store.write((q) => node.audit.recordChange(q, ctx, {
      action: 'sync.rejected', target: peer.name, detail: { count: rejections.length, objects: rejections.slice(0, 100) },
    }));
  }
  return { fetched, stored, rejected: rejections.length, rejections };
}
