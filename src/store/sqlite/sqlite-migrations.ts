import type { Migration } from '../migrate.js';
import { schemaMigrations } from '../schema-migrations.js';

/** The schema as SQLite spells it. */
export const sqliteMigrations: readonly Migration[] = schemaMigrations({
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
});
