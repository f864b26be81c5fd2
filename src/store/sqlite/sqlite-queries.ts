import type BetterSqlite3 from 'better-sqlite3';
import type { StoredVersion } from '../queries/object-queries.js';
import type { IngestStatements } from '../store.js';

/**
 * SQLite's fastest bulk statements are prepared once and run once per row or key inside
 * the surrounding transaction: no statement is re-parsed, no large parameter list is
 * built, and an equality probe always walks the index whatever the planner's statistics
 * say. These run on the same connection the Kysely driver uses, so they join the
 * caller's write transaction.
 */
export function sqliteIngestStatements(database: BetterSqlite3.Database): IngestStatements {
  const insertObject = database.prepare(`INSERT INTO objects
    (id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version_key) DO NOTHING`);
  const insertMembership = database.prepare(`INSERT INTO collection_objects
    (collection_id, added_us, object_pk, type) VALUES (?, ?, ?, ?)`);
  const versionsOfId = database.prepare<[string], StoredVersion>(
    'SELECT pk, id, version_key, json FROM objects WHERE id = ?');
  const heldVersions = database.prepare<[string, string], { version_key: string }>(`SELECT o.version_key
    FROM objects o JOIN collection_objects co ON co.object_pk = o.pk WHERE o.id = ? AND co.collection_id = ?`);
  return {
    async versionsOf(ids) {
      const out: StoredVersion[] = [];
      for (const id of ids) {
        for (const row of versionsOfId.all(id)) out.push({ ...row, pk: Number(row.pk) });
      }
      return out;
    },
    async heldBy(collectionId, objectIds) {
      const held = new Set<string>();
      for (const id of objectIds) {
        for (const row of heldVersions.all(id, collectionId)) held.add(`${id}|${row.version_key}`);
      }
      return held;
    },
    async objects(rows) {
      return rows.map((r) => {
        const result = insertObject.run(
          r.id, r.type, r.version_key, r.spec_version, r.revoked, r.owner, r.read_scope, r.share_scope,
          r.json, r.stored_us, r.origin_peer ?? null,
        );
        return result.changes === 1 ? Number(result.lastInsertRowid) : null;
      });
    },
    async memberships(rows) {
      for (const r of rows) {
        insertMembership.run(r.collection_id, r.added_us, r.object_pk, r.type);
      }
    },
  };
}
