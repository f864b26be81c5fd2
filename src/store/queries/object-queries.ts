import type { Insertable, Kysely } from 'kysely';
import type { Database, ObjectsTable } from '../schema.js';
import type { IngestStatements, InsertedVersion } from '../store.js';
import { accessPredicate } from './access-predicate.js';
import { chunkRows } from './chunk.js';
import type { AccessFilter } from './membership-queries.js';

export type NewObjectRow = Insertable<ObjectsTable>;

export interface StoredVersion {
  readonly pk: number;
  readonly id: string;
  readonly version_key: string;
  readonly json: string;
}

export interface ObjectRow extends StoredVersion {
  readonly type: string;
  readonly owner: string;
  readonly read_scope: string;
  readonly share_scope: string;
  readonly revoked: number;
  readonly stored_us: number;
  readonly origin_peer: string | null;
}

const OBJECT_COLUMNS = [
  'pk', 'id', 'type', 'version_key', 'json', 'owner', 'read_scope', 'share_scope', 'revoked',
  'stored_us', 'origin_peer',
] as const;

export function objectQueries(db: Kysely<Database>, maxParameters: number, bulk: IngestStatements) {
  return {
    /** Every stored version of the given ids. */
    versionsOf(ids: readonly string[]): Promise<StoredVersion[]> {
      return ids.length ? bulk.versionsOf(ids) : Promise.resolve([]);
    },

    /**
     * Inserts versions; returns their primary keys in input order, null where that
     * (id, version_key) is already stored, AFTER_REVOCATION where a stored earlier version
     * revoked the object. The writer reads a stored copy back only for clashes, so a new
     * version costs one walk of the id index.
     */
    insert(rows: readonly NewObjectRow[]): Promise<InsertedVersion[]> {
      return rows.length ? bulk.objects(rows) : Promise.resolve([]);
    },

    async byPks(pks: readonly number[]): Promise<ObjectRow[]> {
      if (pks.length === 0) return [];
      const rows = await db.selectFrom('objects').select(OBJECT_COLUMNS).where('pk', 'in', pks).execute();
      return rows.map((r) => ({ ...r, pk: Number(r.pk), stored_us: Number(r.stored_us) }));
    },

    /** Every version of one object the caller may see, oldest first. */
    async visibleVersions(id: string, access: AccessFilter): Promise<ObjectRow[]> {
      const rows = await db.selectFrom('objects as o').select(OBJECT_COLUMNS.map((c) => `o.${c}` as const))
        .where(bulk.ids.idIn('o', [id])).where((eb) => accessPredicate(eb as never, access)).orderBy('o.version_key').execute();
      return rows.map((r) => ({ ...r, pk: Number(r.pk), stored_us: Number(r.stored_us) }));
    },

    async setScopes(pk: number, owner: string, readScope: string, shareScope: string): Promise<void> {
      await db.updateTable('objects')
        .set({ owner, read_scope: readScope, share_scope: shareScope })
        .where('pk', '=', pk).execute();
    },

    /** Deletes versions no collection holds any more. */
    async deleteUnreferenced(pks: readonly number[]): Promise<number> {
      if (pks.length === 0) return 0;
      const result = await db.deleteFrom('objects')
        .where('pk', 'in', pks)
        .where(({ not, exists, selectFrom }) => not(exists(
          selectFrom('collection_objects').select('added_us').whereRef('collection_objects.object_pk', '=', 'objects.pk'),
        )))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Marking references still waiting for their marking-definition. */
    async addPendingMarkings(rows: readonly { object_pk: number; marking_id: string }[]): Promise<void> {
      for (const chunk of chunkRows(rows, 2, maxParameters)) {
        await db.insertInto('pending_markings').values(chunk).onConflict((oc) => oc.doNothing()).execute();
      }
    },

    async pendingFor(markingIds: readonly string[]): Promise<number[]> {
      if (markingIds.length === 0) return [];
      const rows = await db.selectFrom('pending_markings').select('object_pk')
        .where('marking_id', 'in', markingIds).execute();
      return [...new Set(rows.map((r) => Number(r.object_pk)))];
    },

    async clearPending(pk: number): Promise<void> {
      await db.deleteFrom('pending_markings').where('object_pk', '=', pk).execute();
    },

    /** Latest visible versions across the node, in storage order (for the JSON API). */
    async listLatest(filter: { access: AccessFilter; types?: readonly string[]; afterPk?: number; limit: number }): Promise<ObjectRow[]> {
      let query = db.selectFrom('objects as o').select(OBJECT_COLUMNS.map((c) => `o.${c}` as const))
        .where((eb) => accessPredicate(eb as never, filter.access))
        // The flag settles most rows; a superseded one is still latest if its later versions were deleted.
        .where((eb) => eb.or([eb('o.superseded', '=', 0), eb.not(eb.exists(eb.selectFrom('objects as newer').select('newer.pk')
          .where(bulk.ids.sameObject('newer', 'o')).whereRef('newer.version_key', '>', 'o.version_key')))]));
      if (filter.types?.length) query = query.where('o.type', 'in', filter.types);
      if (filter.afterPk !== undefined) query = query.where('o.pk', '>', filter.afterPk);
      const rows = await query.orderBy('o.pk').limit(filter.limit).execute();
      return rows.map((r) => ({ ...r, pk: Number(r.pk), stored_us: Number(r.stored_us) }));
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('objects').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ObjectQueries = ReturnType<typeof objectQueries>;
