import type BetterSqlite3 from 'better-sqlite3';
import type { BulkInserts } from '../store.js';

/**
 * SQLite's fastest bulk insert is one prepared statement run once per row inside the
 * surrounding transaction: no statement is re-parsed and no large parameter list is
 * built. These run on the same connection the Kysely driver uses, so they join the
 * caller's write transaction.
 */
export function sqliteBulkInserts(database: BetterSqlite3.Database): BulkInserts {
  const insertObject = database.prepare(`INSERT INTO objects
    (id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMembership = database.prepare(`INSERT INTO collection_objects
    (collection_id, added_us, object_pk, type) VALUES (?, ?, ?, ?)`);
  return {
    async objects(rows) {
      return rows.map((r) => Number(insertObject.run(
        r.id, r.type, r.version_key, r.spec_version, r.revoked, r.owner, r.read_scope, r.share_scope,
        r.json, r.stored_us, r.origin_peer ?? null,
      ).lastInsertRowid));
    },
    async memberships(rows) {
      for (const r of rows) {
        insertMembership.run(r.collection_id, r.added_us, r.object_pk, r.type);
      }
    },
  };
}
