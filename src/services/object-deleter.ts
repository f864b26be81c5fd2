import type { AuditLog } from '../audit/audit-log.js';
import { notFound } from '../errors.js';
import type { Store } from '../store/store.js';
import { accessFilterOf, type RequestContext } from './context.js';
import { versionMatch } from './object-reader.js';

/** TAXII's delete filters (section 5.7): which versions, and of which STIX specification versions. */
export interface DeleteFilter {
  readonly versions?: readonly string[];
  readonly specVersions?: readonly string[];
}

/**
 * TAXII "delete an object": removes versions from one collection, and drops stored
 * versions no collection holds any more. (To withdraw intelligence from peers, revoke
 * it instead: a revocation is a new version and travels; a deletion is local.)
 */
export class ObjectDeleter {
  constructor(private readonly store: Store, private readonly audit: AuditLog) {}

  async delete(ctx: RequestContext, collectionId: string, objectId: string, filter: DeleteFilter = {}): Promise<number> {
    const match = versionMatch(filter.versions);
    // The caller must be able to see what it deletes; otherwise the object "does not exist" for it.
    const visible = await this.store.memberships.page({
      collectionId, access: await accessFilterOf(this.store, ctx), ids: [objectId], versions: match, limit: 10_000,
      ...(filter.specVersions ? { specVersions: filter.specVersions } : {}),
    });
    const absent = () => notFound(`object ${objectId} in collection ${collectionId}`);
    if (visible.length === 0) throw absent();
    const keys = [...new Set(visible.map((r) => r.version_key))];
    return this.store.write(async (q) => {
      const pks = await q.memberships.remove(collectionId, objectId, keys);
      // Another request removed them meanwhile: this one deleted nothing, and audits nothing.
      if (pks.length === 0) throw absent();
      await q.objects.deleteUnreferenced(pks);
      await this.audit.recordChange(q, ctx, { action: 'objects.delete', target: collectionId, detail: { id: objectId, versions: keys } });
      return pks.length;
    });
  }
}
