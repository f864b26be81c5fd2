import { notFound } from '../errors.js';
import type { StixObject } from '../stix/types.js';
import type { ObjectRow } from '../store/queries/object-queries.js';
import type { Store } from '../store/store.js';
import { accessFilterOf, type RequestContext } from './context.js';

export interface CatalogEntry {
  readonly object: StixObject;
  readonly owner: string;
  readonly storedAt: string;
  readonly originPeer: string | null;
}

function entry(row: ObjectRow): CatalogEntry {
  return {
    object: JSON.parse(row.json) as StixObject,
    owner: row.owner,
    storedAt: new Date(row.stored_us / 1000).toISOString(),
    originPeer: row.origin_peer,
  };
}

/** The node's knowledge across collections, as the analysts' JSON API shows it. */
export class ObjectCatalog {
  constructor(private readonly store: Store) {}

  /** Latest visible versions; revoked objects are left out unless asked for. */
  async list(ctx: RequestContext, query: { types?: readonly string[]; cursor?: number; limit: number; includeRevoked: boolean }) {
    const rows = await this.store.objects.listLatest({
      access: await accessFilterOf(this.store, ctx), limit: query.limit + 1,
      ...(query.types ? { types: query.types } : {}), ...(query.cursor !== undefined ? { afterPk: query.cursor } : {}),
    });
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    const items = page.filter((r) => query.includeRevoked || r.revoked === 0).map(entry);
    return { items, ...(more ? { next: page[page.length - 1]!.pk } : {}) };
  }

  /** One object with its visible version history, newest last. */
  async get(ctx: RequestContext, id: string) {
    const rows = await this.store.objects.visibleVersions(id, await accessFilterOf(this.store, ctx));
    if (rows.length === 0) throw notFound(`object ${id}`);
    const versions = rows.map(entry);
    return { latest: versions[versions.length - 1]!, versions };
  }
}
