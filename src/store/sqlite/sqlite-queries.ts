import type BetterSqlite3 from 'better-sqlite3';
import { sql, type SqlBool } from 'kysely';
import type { StoredVersion } from '../queries/object-queries.js';
import { AFTER_REVOCATION, type IdPredicates, type IngestStatements } from '../store.js';
import { objectIdKey } from './id-key.js';
import { typeRegionKeys } from './type-regions.js';
import { notFound } from '../../errors.js';

/** Id conditions on SQLite's objects_by_key index: the key narrows, the id decides. */
function sqliteIdPredicates(keyOf: (id: string) => number): IdPredicates {
  return {
    parametersPerId: 2,
    idIn: (alias, ids) => sql<SqlBool>`(${sql.ref(`${alias}.id_key`)} IN (${sql.join(ids.map(keyOf))})
      AND ${sql.ref(`${alias}.id`)} IN (${sql.join(ids)}))`,
    sameObject: (a, b) => sql<SqlBool>`(${sql.ref(`${a}.id_key`)} = ${sql.ref(`${b}.id_key`)}
      AND ${sql.ref(`${a}.id`)} = ${sql.ref(`${b}.id`)})`,
  };
}

/**
 * SQLite's fastest bulk statements are prepared once and run once per row or key inside
 * the surrounding transaction: no statement is re-parsed, no large parameter list is
 * built, and an equality probe always walks the index whatever the planner's statistics
 * say. These run on the same connection the Kysely driver uses, so they join the
 * caller's write transaction. `idKeySeed` is this database's seed (id-key.ts).
 */
export function sqliteIngestStatements(database: BetterSqlite3.Database, idKeySeed: number): IngestStatements {
  const keyOf = (id: string) => objectIdKey(idKeySeed, id);
  const insertObject = database.prepare(`INSERT INTO objects
    (pk, id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer, id_key, superseded)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const lastKeyBelow = database.prepare<[number], number>('SELECT pk FROM objects WHERE pk < ? ORDER BY pk DESC LIMIT 1').pluck();
  // Versions are unique by (id, version_key): the store's single write transaction makes
  // probe-then-insert safe, and the probe of a new id reads only the small key index.
  const storedVersions = database.prepare<[number, string], { pk: number; version_key: string; superseded: number; revoked: number }>(
    'SELECT pk, version_key, superseded, revoked FROM objects WHERE id_key = ? AND id = ?');
  const markSuperseded = database.prepare<[number]>('UPDATE objects SET superseded = 1 WHERE pk = ?');
  const insertMembership = database.prepare(`INSERT INTO collection_objects
    (collection_ordinal, added_us, object_pk, type) VALUES (?, ?, ?, ?)`);
  const ordinalOf = database.prepare<[string], number>('SELECT ordinal FROM collections WHERE id = ?').pluck();
  const versionsOfId = database.prepare<[number, string], StoredVersion>(
    'SELECT pk, id, version_key, json FROM objects WHERE id_key = ? AND id = ?');
  const heldVersions = database.prepare<[number, string, string], { version_key: string }>(`SELECT o.version_key
    FROM objects o JOIN collection_objects co ON co.object_pk = o.pk
    WHERE o.id_key = ? AND o.id = ? AND co.collection_ordinal = (SELECT ordinal FROM collections WHERE id = ?)`);
  return {
    ids: sqliteIdPredicates(keyOf),
    async versionsOf(ids) {
      const out: StoredVersion[] = [];
      for (const id of ids) {
        for (const row of versionsOfId.all(keyOf(id), id)) out.push({ ...row, pk: Number(row.pk) });
      }
      return out;
    },
    async heldBy(collectionId, objectIds) {
      const held = new Set<string>();
      for (const id of objectIds) {
        for (const row of heldVersions.all(keyOf(id), id, collectionId)) held.add(`${id}|${row.version_key}`);
      }
      return held;
    },
    async objects(rows) {
      // Keys are read afresh for each call: calls run inside a write transaction, and another
      // process may have written between two of them.
      const keyFor = typeRegionKeys((limit) => lastKeyBelow.get(limit));
      return rows.map((r) => {
        const key = keyOf(r.id);
        // One walk of the key index finds every stored version: the same one makes this a
        // clash; an earlier revoked one refuses it; a later one supersedes this version;
        // earlier ones are superseded by it.
        const others = storedVersions.all(key, r.id);
        if (others.some((other) => other.version_key === r.version_key)) return null;
        if (others.some((other) => other.revoked === 1 && other.version_key < r.version_key)) return AFTER_REVOCATION;
        let superseded = 0;
        for (const other of others) {
          if (other.version_key > r.version_key) superseded = 1;
          else if (other.superseded === 0) markSuperseded.run(other.pk);
        }
        const pk = keyFor(r.type);
        insertObject.run(
          pk, r.id, r.type, r.version_key, r.spec_version, r.revoked, r.owner, r.read_scope, r.share_scope,
          r.json, r.stored_us, r.origin_peer ?? null, key, superseded,
        );
        return pk;
      });
    },
    async memberships(rows) {
      // An envelope goes to one collection: its ordinal is read once, not once per row.
      const ordinals = new Map<string, number>();
      for (const r of rows) {
        let ordinal = ordinals.get(r.collection_id);
        if (ordinal === undefined) {
          ordinal = ordinalOf.get(r.collection_id);
          // Every writer checks the collection first, so only a bug or a hand-edited database gets here.
          if (ordinal === undefined) throw notFound(`collection ${r.collection_id}`);
          ordinals.set(r.collection_id, ordinal);
        }
        insertMembership.run(ordinal, r.added_us, r.object_pk, r.type);
      }
    },
  };
}
