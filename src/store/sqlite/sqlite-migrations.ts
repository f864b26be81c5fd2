import type { Migration } from '../migrate.js';
import { schemaMigrations } from '../schema-migrations.js';
import type BetterSqlite3 from 'better-sqlite3';
import { ID_KEY_SEED, objectIdKey } from './id-key.js';

const OBJECT_COLUMNS = 'pk, id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer';

/**
 * SQLite only: objects are indexed by a seeded 53-bit key of their id (id-key.ts) instead of
 * the text (id, version_key) pair. SQLite cannot drop a table constraint, so the table is
 * rebuilt with its rows and primary keys unchanged; `hoggar_id_key` is registered on the
 * connection by the store before it migrates. Version uniqueness is kept by the writer, which
 * probes before it inserts inside the store's single write transaction.
 */
const objectIdKeys: Migration = {
  version: 5,
  name: 'objects: indexed by a 53-bit id key (SQLite)',
  statements: [
    `INSERT INTO meta (key, value) VALUES ('${ID_KEY_SEED}', CAST(abs(random() % 4294967296) AS TEXT))`,
    `CREATE TABLE objects_keyed (
      pk INTEGER PRIMARY KEY,
      id TEXT NOT NULL,
      type TEXT NOT NULL,
      version_key TEXT NOT NULL,
      spec_version TEXT NOT NULL,
      revoked INTEGER NOT NULL DEFAULT 0,
      owner TEXT NOT NULL,
      read_scope TEXT NOT NULL,
      share_scope TEXT NOT NULL,
      json TEXT NOT NULL,
      stored_us INTEGER NOT NULL,
      origin_peer TEXT,
      id_key INTEGER NOT NULL
    )`,
    `INSERT INTO objects_keyed (${OBJECT_COLUMNS}, id_key)
      SELECT ${OBJECT_COLUMNS}, hoggar_id_key((SELECT value FROM meta WHERE key = '${ID_KEY_SEED}'), id) FROM objects`,
    `DROP TABLE objects`,
    `ALTER TABLE objects_keyed RENAME TO objects`,
    `CREATE INDEX objects_by_key ON objects (id_key)`,
  ],
};

/** The SQL functions the migrations call; registered on every connection that migrates. */
export function registerMigrationFunctions(database: BetterSqlite3.Database): void {
  database.function('hoggar_id_key', { deterministic: true }, (seed, id) => objectIdKey(Number(seed), String(id)));
}

/** The schema as SQLite spells it, in version order: shared migrations continue at version 6. */
export const sqliteMigrations: readonly Migration[] = [
  ...schemaMigrations({
    int64: 'INTEGER',
    // INTEGER PRIMARY KEY is the rowid itself: no separate index.
    serialKey: 'INTEGER PRIMARY KEY',
    flag: 'INTEGER',
    clustered: ' WITHOUT ROWID',
    appendOnlyAudit: [
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
    ],
    sameObject: (a, b) => `${a}.id_key = ${b}.id_key AND ${a}.id = ${b}.id`,
  }),
  objectIdKeys,
].sort((a, b) => a.version - b.version);

/** The schema version this Hoggar writes: its newest migration. */
export const NEWEST_SQLITE_SCHEMA = Math.max(...sqliteMigrations.map((m) => m.version));
