import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import type { IdPredicates, IngestStatements } from '../store.js';
import { accessPredicate } from './access-predicate.js';
import { chunkRows } from './chunk.js';

/** A version to add to a collection, named by the collection's id (the rows are keyed by its ordinal). */
export interface NewMembershipRow {
  readonly collection_id: string;
  readonly added_us: number;
  readonly object_pk: number;
  readonly type: string;
}

/** The ordinal membership rows key a collection by, looked up once per statement. */
const collectionOrdinal = (collectionId: string) =>
  sql<number>`(SELECT ordinal FROM collections WHERE id = ${collectionId})`;

/**
 * Local users read by the read scope. A peer node receives by the (stricter) share scope,
 * and only what entered the federation here (or came from a peer whose deliveries we
 * relay), never what it delivered itself: each object then crosses each link once.
 */
export type AccessFilter =
  | { readonly mode: 'read'; readonly member: string }
  | { readonly mode: 'share'; readonly member: string; readonly relayFrom: readonly string[] };

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

/** The rows of a collection a filter admits, before projection and ordering. */
function filteredMemberships(db: Kysely<Database>, ids: IdPredicates, filter: Omit<PageFilter, 'limit'>, pks?: readonly number[]) {
  let query = db.selectFrom('collection_objects as co')
    .innerJoin('objects as o', 'o.pk', 'co.object_pk')
    .where('co.collection_ordinal', '=', collectionOrdinal(filter.collectionId));
  if (pks) query = query.where('co.object_pk', 'in', pks);
  if (filter.afterUs !== undefined) query = query.where('co.added_us', '>', filter.afterUs);
  if (filter.types?.length) query = query.where('co.type', 'in', filter.types);
  if (filter.ids?.length && !pks) query = query.where(ids.idIn('o', filter.ids));
  if (filter.specVersions?.length) query = query.where('o.spec_version', 'in', filter.specVersions);
  query = query.where((eb) => accessPredicate(eb as never, filter.access));
  const { versions } = filter;
  if (versions.all) return query;
  return query.where((eb) => {
    // Is there a version of the same object, later (or earlier), in the same collection?
    // Written as two nested EXISTS so the planner starts from the object's other versions
    // (the id index) and probes each one's membership, rather than walking the collection.
    const other = (cmp: '>' | '<') => eb.not(eb.exists(
      eb.selectFrom('objects as o2')
        .select('o2.pk')
        .where(ids.sameObject('o2', 'o'))
        .whereRef('o2.version_key', cmp, 'o.version_key')
        .where((inner) => inner.exists(inner.selectFrom('collection_objects as c2').select('c2.object_pk')
          .whereRef('c2.object_pk', '=', 'o2.pk')
          .whereRef('c2.collection_ordinal', '=', 'co.collection_ordinal'))),
    ));
    const wanted: Expression<SqlBool>[] = [];
    // Most objects have one version: only a row flagged superseded needs the probe for a later
    // version in this collection.
    if (versions.last) wanted.push(eb.or([eb('o.superseded', '=', 0), other('>')]));
    if (versions.first) wanted.push(other('<'));
    if (versions.keys.length) wanted.push(eb('o.version_key', 'in', versions.keys));
    return eb.or(wanted);
  });
}

/** Which collections hold which object versions, and the TAXII page query over them. */
export function membershipQueries(db: Kysely<Database>, maxParameters: number, bulk: IngestStatements) {
  const filtered = (filter: Omit<PageFilter, 'limit'>, pks?: readonly number[]) => filteredMemberships(db, bulk.ids, filter, pks);
  const objectPks = async (ids: readonly string[]) => {
    const pks: number[] = [];
    for (const chunk of chunkRows(ids, bulk.ids.parametersPerId, maxParameters)) {
      const rows = await db.selectFrom('objects').select('pk').where(bulk.ids.idIn('objects', chunk)).execute();
      pks.push(...rows.map((r) => Number(r.pk)));
    }
    return pks;
  };
  return {
    insert(rows: readonly NewMembershipRow[]): Promise<void> {
      return rows.length ? bulk.memberships(rows) : Promise.resolve();
    },

    /** Which versions of these objects a collection already holds, as 'id|version_key'. */
    heldBy(collectionId: string, objectIds: readonly string[]): Promise<Set<string>> {
      return objectIds.length ? bulk.heldBy(collectionId, objectIds) : Promise.resolve(new Set());
    },

    /**
     * One page of a collection in date_added order, filtered as TAXII asks. Each form is
     * written so the planner walks an index rather than the collection: ids are resolved to
     * object keys first (then a few index probes and a small sort), and several types become
     * one index range per type, merged.
     */
    async page(filter: PageFilter): Promise<PageRow[]> {
      const select = (f: Omit<PageFilter, 'limit'>, pks?: readonly number[]) => {
        let query = filtered(f, pks)
          .select(['co.added_us', 'o.id as object_id', 'o.type', 'o.version_key', 'o.spec_version', 'o.json']);
        // The unary plus stops SQLite from walking the whole collection in date_added order
        // to find a handful of objects; PostgreSQL reads it as the same number.
        query = pks ? query.orderBy(sql`+co.added_us`) : query.orderBy('co.added_us');
        return query.limit(filter.limit).execute();
      };
      let rows;
      if (filter.ids?.length) {
        const pks = await objectPks(filter.ids);
        if (pks.length === 0) return [];
        rows = await select(filter, pks);
      } else if (filter.types && filter.types.length > 1) {
        const parts = await Promise.all(filter.types.map((type) => select({ ...filter, types: [type] })));
        rows = parts.flat().sort((a, b) => Number(a.added_us) - Number(b.added_us)).slice(0, filter.limit);
      } else {
        rows = await select(filter);
      }
      return rows.map((r) => ({ ...r, added_us: Number(r.added_us) }));
    },

    /** How many versions the same filter matches (e.g. a peer's push backlog). */
    async count(filter: Omit<PageFilter, 'limit'>): Promise<number> {
      const row = await filtered(filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Removes versions of an object from a collection; returns the object rows they pointed at. */
    async remove(collectionId: string, objectId: string, versionKeys: readonly string[]): Promise<number[]> {
      const rows = await db.deleteFrom('collection_objects')
        .where('collection_ordinal', '=', collectionOrdinal(collectionId))
        .where('object_pk', 'in', (eb) => eb.selectFrom('objects').select('pk')
          .where(bulk.ids.idIn('objects', [objectId])).where('version_key', 'in', versionKeys))
        .returning('object_pk').execute();
      return rows.map((r) => Number(r.object_pk));
    },

    /** Takes these object versions out of every collection. */
    async removePks(pks: readonly number[]): Promise<void> {
      for (const chunk of chunkRows(pks, 1, maxParameters)) {
        await db.deleteFrom('collection_objects').where('object_pk', 'in', chunk).execute();
      }
    },

    async countIn(collectionId: string): Promise<number> {
      const row = await db.selectFrom('collection_objects').select((eb) => eb.fn.countAll().as('n'))
        .where('collection_ordinal', '=', collectionOrdinal(collectionId)).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type MembershipQueries = ReturnType<typeof membershipQueries>;
