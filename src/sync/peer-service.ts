import { HoggarError, badRequest, notFound } from '../errors.js';
import { isMemberCode } from '../members/registry.js';
import { defaultCollectionId } from '../node/init-node.js';
import type { Node } from '../node/node.js';
import { accessFilterOf, type RequestContext } from '../services/context.js';
import { versionMatch } from '../services/object-reader.js';
import { nowMicros } from '../stix/timestamps.js';
import type { PeerRow, SyncStateRow } from '../store/queries/peer-queries.js';
import { onUniqueViolation } from '../store/unique-violation.js';
import { peerContext } from './peer-context.js';
import { TaxiiClient, isTaxiiClientError, resolveApiRootUrl } from './taxii-client/index.js';

const PEER_NAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface AddPeerInput {
  readonly name: string;
  readonly url: string;
  readonly member: string;
  readonly token: string;
  readonly collection?: string;
  readonly localCollection?: string;
  readonly direction?: 'both' | 'pull' | 'push';
  /** Pass on to other peers what this peer delivers (for peers that do not reach them directly). */
  readonly relay?: boolean;
  /** Send pushed envelopes gzip-compressed (the peer must accept Content-Encoding: gzip, as Hoggar does). */
  readonly compressPush?: boolean;
  /** Check the peer now (reach it, find its API root and collection); off when it is down. */
  readonly verify: boolean;
}

export interface DirectionStatus {
  readonly lastAttempt: string | null;
  readonly lastSuccess: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly objectsTotal: number;
  readonly rejectedTotal: number;
}

export interface PeerStatus {
  readonly name: string;
  readonly url: string;
  readonly member: string;
  readonly remoteCollection: string;
  readonly localCollection: string;
  readonly direction: string;
  readonly relay: boolean;
  readonly compressPush: boolean;
  readonly pull: DirectionStatus;
  readonly push: DirectionStatus & { readonly backlog: number; readonly failures: number };
  /** Objects not yet at the peer, and seconds since the older of the last successful pull and push. */
  readonly lag: { readonly objects: number; readonly seconds: number | null };
}

const iso = (us: number | null | undefined) => (us ? new Date(us / 1000).toISOString() : null);

function direction(state: SyncStateRow | undefined): DirectionStatus {
  return {
    lastAttempt: iso(state?.last_attempt_us), lastSuccess: iso(state?.last_success_us),
    lastError: state?.last_error ?? null, lastErrorAt: iso(state?.last_error_us),
    objectsTotal: state?.objects_total ?? 0, rejectedTotal: state?.rejected_total ?? 0,
  };
}

/** The peers of this node: who they are, how to reach them, how far behind they are. */
export class PeerService {
  constructor(private readonly node: Node) {}

  async add(ctx: RequestContext, input: AddPeerInput): Promise<PeerRow> {
    if (!PEER_NAME.test(input.name)) throw badRequest(`invalid peer name "${input.name}": 1-64 letters, digits, '.', '_' or '-'`);
    if (!/^https?:\/\/[^\s]+$/.test(input.url)) throw badRequest(`invalid peer URL "${input.url}": use http:// or https://`);
    if (!isMemberCode(input.member)) throw badRequest(`unknown member "${input.member}": use an ISO 3166-1 alpha-3 code`);
    if (!input.token.trim()) throw badRequest('the peer token is empty');
    const exists = () => new HoggarError('conflict', `peer ${input.name} already exists`);
    if (await this.node.store.peers.get(input.name)) throw exists();
    const localCollection = input.localCollection ?? (await defaultCollectionId(this.node.store));
    if (!(await this.node.store.accounts.collection(localCollection))) throw notFound(`local collection ${localCollection}`);
    const { apiRootUrl, collection } = input.verify ? await this.discover(input) : { apiRootUrl: input.url, collection: input.collection };
    if (!collection) throw badRequest('without --verify the peer collection must be given (--collection)');
    const row: PeerRow = {
      name: input.name, api_root_url: apiRootUrl.endsWith('/') ? apiRootUrl : `${apiRootUrl}/`, member: input.member,
      token: input.token, remote_collection: collection, local_collection: localCollection, created_us: Number(nowMicros()),
      direction: input.direction ?? 'both', relay: input.relay ? 1 : 0, compress_push: input.compressPush ? 1 : 0,
    };
    await onUniqueViolation(() => this.node.store.write(async (q) => {
      await q.peers.insert(row);
      // The token is a secret: the audit names the peer, never what it signs in with.
      await this.node.audit.recordChange(q, ctx, { action: 'peers.add', target: row.name, detail: {
        url: row.api_root_url, member: row.member, remote_collection: row.remote_collection, local_collection: row.local_collection, direction: row.direction, relay: row.relay === 1,
        compress_push: row.compress_push === 1,
      } });
    }), exists);
    return row;
  }

  /** Finds the peer's API root (the URL may be its discovery endpoint) and a collection we may read and write. */
  private async discover(input: AddPeerInput): Promise<{ apiRootUrl: string; collection: string }> {
    const client = new TaxiiClient({ auth: { kind: 'bearer', token: input.token }, timeoutMs: 15_000 });
    try {
      let apiRootUrl = input.url;
      try {
        await client.apiRoot(apiRootUrl);
      } catch {
        const discovery = await client.discovery(input.url);
        const root = discovery.default ?? discovery.api_roots?.[0];
        if (!root) throw badRequest(`${input.url} lists no API root`);
        apiRootUrl = resolveApiRootUrl(input.url, root);
        await client.apiRoot(apiRootUrl);
      }
      const collections = await client.collections(apiRootUrl);
      const chosen = input.collection
        ? collections.find((c) => c.id === input.collection)
        : collections.find((c) => c.can_read && c.can_write);
      if (!chosen) throw badRequest(input.collection ? `the peer has no collection ${input.collection} for this token` : 'the peer offers no collection this token may read and write; pass --collection');
      return { apiRootUrl, collection: chosen.id };
    } catch (error) {
      if (isTaxiiClientError(error)) throw new HoggarError('unavailable', `could not reach peer ${input.name}: ${error.message} (add --no-verify to register it while it is down)`);
      throw error;
    }
  }

  async remove(ctx: RequestContext, name: string): Promise<void> {
    const removed = await this.node.store.write(async (q) => {
      const done = await q.peers.remove(name);
      if (done) await this.node.audit.recordChange(q, ctx, { action: 'peers.remove', target: name });
      return done;
    });
    if (!removed) throw notFound(`peer ${name}`);
  }

  async require(name: string): Promise<PeerRow> {
    const peer = await this.node.store.peers.get(name);
    if (!peer) throw notFound(`peer ${name}`);
    return peer;
  }

  async status(): Promise<PeerStatus[]> {
    const peers = await this.node.store.peers.list();
    return Promise.all(peers.map((peer) => this.statusOf(peer)));
  }

  private async statusOf(peer: PeerRow): Promise<PeerStatus> {
    const [pull, push, failures] = await Promise.all([
      this.node.store.peers.state(peer.name, 'pull'), this.node.store.peers.state(peer.name, 'push'), this.node.store.peers.failures(peer.name),
    ]);
    const backlog = await this.node.store.memberships.count({
      collectionId: peer.local_collection, access: await accessFilterOf(this.node.store, peerContext(peer)), versions: versionMatch(['all']),
      afterUs: Number(push?.cursor ?? 0),
    });
    const successes = [pull?.last_success_us, push?.last_success_us];
    const oldest = successes.some((s) => !s) ? null : Math.min(...(successes as number[]));
    return {
      name: peer.name, url: peer.api_root_url, member: peer.member,
      remoteCollection: peer.remote_collection, localCollection: peer.local_collection,
      direction: peer.direction, relay: peer.relay === 1, compressPush: peer.compress_push === 1,
      pull: direction(pull),
      push: { ...direction(push), backlog, failures: failures.length },
      lag: { objects: backlog + failures.length, seconds: oldest === null ? null : Math.round((Date.now() * 1000 - oldest) / 1e6) },
    };
  }
}
