import type { Migration } from '../migrate.js';
import { schemaMigrations } from '../schema-migrations.js';

/** The schema as PostgreSQL spells it. */
export const postgresMigrations: readonly Migration[] = schemaMigrations({
  int64: 'BIGINT',
  serialKey: 'BIGSERIAL PRIMARY KEY',
  flag: 'SMALLINT',
  // A heap table is not stored in key order; the primary key index serves the same reads.
  clustered: '',
  appendOnlyAudit: [
    `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$`,
    `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  ],
  sameObject: (a, b) => `${a}.id = ${b}.id`,
});
