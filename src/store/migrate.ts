import { sql, type Kysely } from 'kysely';
import { HoggarError } from '../errors.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Runs `work` in one transaction that holds the database's write lock from its start. */
export type ExclusiveTransaction = (work: (trx: Kysely<any>) => Promise<void>) => Promise<void>;

/**
 * Applies the migrations not yet applied, each in its own transaction. Several processes may
 * open a store at once (a server starting while a command runs): PostgreSQL's caller holds an
 * advisory lock around this; SQLite passes `exclusive`, a transaction that takes the write lock
 * as it begins, and each migration is skipped there if another process applied it meanwhile.
 */
export async function applyMigrations(db: Kysely<any>, migrations: readonly Migration[], exclusive?: ExclusiveTransaction): Promise<number> {
  const inTransaction: ExclusiveTransaction = exclusive ?? ((work) => db.transaction().execute(work));
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
  const done = await sql<{ version: number }>`SELECT version FROM schema_migrations`.execute(db);
  const applied = new Set(done.rows.map((r) => Number(r.version)));
  // A newer Hoggar's database may hold tables and rules this version does not know of:
  // writing to it could break them, so refuse before anything is written.
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((version) => !known.has(version)).sort((a, b) => a - b);
  if (unknown.length > 0) {
    throw new HoggarError('bad_request', `this database has schema version ${unknown.at(-1)}, which this Hoggar does not know (it knows up to ${Math.max(...known)}): it was written by a newer version, so run that version`);
  }
  let count = 0;
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await inTransaction(async (trx) => {
      const already = await sql`SELECT 1 FROM schema_migrations WHERE version = ${migration.version}`.execute(trx);
      if (already.rows.length > 0) return;
      for (const statement of migration.statements) await sql.raw(statement).execute(trx);
      await sql`INSERT INTO schema_migrations (version, name, applied_at)
        VALUES (${migration.version}, ${migration.name}, ${new Date().toISOString()})`.execute(trx);
      count++;
    });
  }
  return count;
}
