import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import type { StoredVersion } from '../queries/object-queries.js';
import { AFTER_REVOCATION, type IngestStatements } from '../store.js';
import { notFound } from '../../errors.js';

/** PostgreSQL's SQLSTATE for a null in a NOT NULL column. */
const NOT_NULL_VIOLATION = '23502';

/**
 * PostgreSQL's fastest bulk statements here take column arrays (unnest, = ANY): a few
 * parameters whatever the number of rows, so no parameter limit and one parse.
 */
export function postgresIngestStatements(db: Kysely<Database>): IngestStatements {
  return {
    ids: {
      parametersPerId: 1,
      idIn: (alias, ids) => sql<SqlBool>`${sql.ref(`${alias}.id`)} = ANY(${[...ids]}::text[])`,
      sameObject: (a, b) => sql<SqlBool>`${sql.ref(`${a}.id`)} = ${sql.ref(`${b}.id`)}`,
    },
    async versionsOf(ids) {
      if (ids.length === 0) return [];
      const result = await sql<StoredVersion>`SELECT pk, id, version_key, json FROM objects
        WHERE id = ANY(${[...ids]}::text[])`.execute(db);
      return result.rows.map((r) => ({ ...r, pk: Number(r.pk) }));
    },
    async heldBy(collectionId, objectIds) {
      if (objectIds.length === 0) return new Set();
      const result = await sql<{ id: string; version_key: string }>`SELECT o.id, o.version_key
        FROM objects o JOIN collection_objects co ON co.object_pk = o.pk
        WHERE o.id = ANY(${[...objectIds]}::text[])
          AND co.collection_ordinal = (SELECT ordinal FROM collections WHERE id = ${collectionId})`.execute(db);
      return new Set(result.rows.map((r) => `${r.id}|${r.version_key}`));
    },
    async objects(all) {
      // Versions later than a stored revocation are not inserted (STIX 2.1, section 3.6.2).
      const revoked = await sql<{ id: string; first: string }>`SELECT id, min(version_key) AS first FROM objects
        WHERE id = ANY(${[...new Set(all.map((r) => r.id))]}::text[]) AND revoked = 1 GROUP BY id`.execute(db);
      const revokedAt = new Map(revoked.rows.map((r) => [r.id, r.first]));
      const afterRevocation = (r: (typeof all)[number]) => (revokedAt.get(r.id) ?? '\uffff') < r.version_key;
      const rows = all.filter((r) => !afterRevocation(r));
      const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k] ?? null);
      const result = await sql<{ pk: number; id: string; version_key: string }>`
        INSERT INTO objects (id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer)
        SELECT * FROM unnest(${col('id')}::text[], ${col('type')}::text[], ${col('version_key')}::text[],
          ${col('spec_version')}::text[], ${col('revoked')}::smallint[], ${col('owner')}::text[], ${col('read_scope')}::text[],
          ${col('share_scope')}::text[], ${col('json')}::text[], ${col('stored_us')}::bigint[], ${col('origin_peer')}::text[])
        ON CONFLICT (id, version_key) DO NOTHING
        RETURNING pk, id, version_key`.execute(db);
      // Every version of an object that now has a later one is superseded (new rows included).
      const touched = [...new Set(result.rows.map((r) => r.id))];
      if (touched.length > 0) {
        await sql`UPDATE objects o SET superseded = 1
          WHERE o.id = ANY(${touched}::text[]) AND o.superseded = 0
            AND EXISTS (SELECT 1 FROM objects newer WHERE newer.id = o.id AND newer.version_key > o.version_key)`.execute(db);
      }
      // RETURNING order is not promised, and skips rows already stored; map keys back to the input order.
      const byKey = new Map(result.rows.map((r) => [`${r.id}|${r.version_key}`, Number(r.pk)]));
      return all.map((r) => (afterRevocation(r) ? AFTER_REVOCATION : byKey.get(`${r.id}|${r.version_key}`) ?? null));
    },
    async memberships(rows) {
      const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
      // A collection that does not exist leaves its ordinal null, which the column refuses.
      // Every writer checks the collection first, so only a bug or a hand-edited database gets here.
      await sql`
        INSERT INTO collection_objects (collection_ordinal, added_us, object_pk, type)
        SELECT (SELECT ordinal FROM collections c WHERE c.id = m.collection_id), m.added_us, m.object_pk, m.type
        FROM unnest(${col('collection_id')}::text[], ${col('added_us')}::bigint[], ${col('object_pk')}::bigint[],
          ${col('type')}::text[]) AS m (collection_id, added_us, object_pk, type)`.execute(db).catch((error: unknown) => {
        const { code, column } = error as { code?: string; column?: string };
        if (code === NOT_NULL_VIOLATION && column === 'collection_ordinal') {
          throw notFound(`collection ${[...new Set(col('collection_id'))].join(' or ')}`);
        }
        throw error;
      });
    },
  };
}
