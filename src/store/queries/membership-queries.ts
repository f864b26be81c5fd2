import type { Expression, Insertable, Kysely, SqlBool } from 'kysely';
import type { CollectionObjectsTable, Database } from '../schema.js';
import { accessPredicate } from './access-predicate.js';
import { chunkRows } from './chunk.js';

export type NewMembershipRow = Insertable<CollectionObjectsTable>;

/** Local users read by the read scope; peers receive by the (stricter) share scope. */
export interface AccessFilter {
  readonly mode: 'read' | 'share';
  readonly member: string;
}

/** TAXII match[version]: any of first, last, every version, or exact versions. */
export interface VersionMatch {
  readonly all: boolean;
  readonly first: boolean;
  readonly last: boolean;
  readonly keys: readonly string[];
}

export interface PageFilter {
  readonly collectionId: string;
  readonly access: AccessFilter;
  /** Exclusive lower bound on date_added (from added_after and the `next` cursor). */
  readonly afterUs?: number;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly specVersions?: readonly string[];
  readonly versions: VersionMatch;
  readonly limit: number;
}

export interface PageRow {
  readonly added_us: number;
  readonly object_id: string;
  readonly type: string;
  readonly version_key: string;
  readonly spec_version: string;
  readonly json: string;
}

export function membershipQueries(db: Kysely<Database>, maxParameters: number) {
  return {
    async insert(rows: readonly NewMembershipRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 7, maxParameters)) {
        await db.insertInto('collection_objects').values(chunk).execute();
      }
    },

    /** Which versions of these objects a collection already holds, as 'id|version_key'. */
    async heldBy(collectionId: string, objectIds: readonly string[]): Promise<Set<string>> {
      const held = new Set<string>();
      for (const chunk of chunkRows(objectIds, 1, maxParameters - 1)) {
        const rows = await db.selectFrom('collection_objects').select(['object_id', 'version_key'])
          .where('object_id', 'in', chunk).where('collection_id', '=', collectionId).execute();
        for (const r of rows) held.add(`${r.object_id}|${r.version_key}`);
      }
      return held;
    },

    /** One page of a collection in date_added order, filtered as TAXII asks. */
    async page(filter: PageFilter): Promise<PageRow[]> {
      let query = db.selectFrom('collection_objects as co')
        .innerJoin('objects as o', 'o.pk', 'co.object_pk')
        .select(['co.added_us', 'co.object_id', 'co.type', 'co.version_key', 'co.spec_version', 'o.json'])
        .where('co.collection_id', '=', filter.collectionId);
      if (filter.afterUs !== undefined) query = query.where('co.added_us', '>', filter.afterUs);
      if (filter.types?.length) query = query.where('co.type', 'in', filter.types);
      if (filter.ids?.length) query = query.where('co.object_id', 'in', filter.ids);
      if (filter.specVersions?.length) query = query.where('co.spec_version', 'in', filter.specVersions);
      const { access, versions } = filter;
      query = query.where((eb) => accessPredicate(eb as never, access));
      if (!versions.all) {
        query = query.where((eb) => {
          const newer = (cmp: '>' | '<') => eb.not(eb.exists(
            eb.selectFrom('collection_objects as c2').select('c2.added_us')
              .whereRef('c2.collection_id', '=', 'co.collection_id')
              .whereRef('c2.object_id', '=', 'co.object_id')
              .whereRef('c2.version_key', cmp, 'co.version_key'),
          ));
          const wanted: Expression<SqlBool>[] = [];
          if (versions.last) wanted.push(newer('>'));
          if (versions.first) wanted.push(newer('<'));
          if (versions.keys.length) wanted.push(eb('co.version_key', 'in', versions.keys));
          return eb.or(wanted);
        });
      }
      const rows = await query.orderBy('co.added_us').limit(filter.limit).execute();
      return rows.map((r) => ({ ...r, added_us: Number(r.added_us) }));
    },

    /** Removes versions of an object from a collection; returns the object rows they pointed at. */
    async remove(collectionId: string, objectId: string, versionKeys: readonly string[] | 'all'): Promise<number[]> {
      let query = db.deleteFrom('collection_objects')
        .where('collection_id', '=', collectionId).where('object_id', '=', objectId);
      if (versionKeys !== 'all') query = query.where('version_key', 'in', versionKeys);
      const rows = await query.returning('object_pk').execute();
      return rows.map((r) => Number(r.object_pk));
    },

    /** Version keys of an object held in a collection, oldest first. */
    async versionKeys(collectionId: string, objectId: string): Promise<string[]> {
      const rows = await db.selectFrom('collection_objects').select('version_key')
        .where('collection_id', '=', collectionId).where('object_id', '=', objectId)
        .orderBy('version_key').execute();
      return rows.map((r) => r.version_key);
    },

    async countIn(collectionId: string): Promise<number> {
      const row = await db.selectFrom('collection_objects').select((eb) => eb.fn.countAll().as('n'))
        .where('collection_id', '=', collectionId).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type MembershipQueries = ReturnType<typeof membershipQueries>;
