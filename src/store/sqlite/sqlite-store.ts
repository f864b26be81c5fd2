import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { applyMigrations } from '../migrate.js';
import { bindQueries } from '../queries/index.js';
import type { Database } from '../schema.js';
import type { Queries, Store, StoreCapabilities, WriteHooks } from '../store.js';
import { registerMigrationFunctions, sqliteMigrations } from './sqlite-migrations.js';
import { sqliteIngestStatements } from './sqlite-queries.js';
import { ID_KEY_SEED } from './id-key.js';
import { storageFailure } from '../storage-failure.js';
import { WalSync } from './wal-sync.js';

export interface SqliteStoreOptions {
  /** Database file path, or ':memory:'. */
  readonly file: string;
}

const capabilities: StoreCapabilities = {
  dialect: 'sqlite',
  // One node process owns the file; CLI commands may still open it briefly (busy_timeout).
  sharedAcrossProcesses: false,
  // SQLite's default limit is 32766 bound parameters per statement.
  maxParameters: 32_000,
};

/** The settings every connection of the store takes (the benchmarks open theirs with them too). */
export function tuneConnection(database: BetterSqlite3.Database): void {
  database.pragma('journal_mode = WAL');
  // NORMAL: COMMIT writes the log without syncing it, and WalSync syncs it off the
  // JavaScript thread before a write is acknowledged. Every acknowledged commit is still
  // durable across power loss; committed but unacknowledged ones may be lost with it (the
  // database stays consistent: SQLite's own guarantee for WAL with NORMAL).
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 15000');
  // Checkpoint every ~40 MB of log rather than SQLite's 4 MB: each ingested object dirties a
  // leaf of the random-keyed (id, version_key) index, and a page rewritten by many commits is
  // then copied into the database file once instead of once per 4 MB (measured: ingest
  // +25-40%). Durability is unchanged: every acknowledged commit is synced to the log first.
  database.pragma('wal_autocheckpoint = 10000');
  // A 32 MB page cache (SQLite's default is 2 MB) keeps the random-keyed id index in memory
  // while a bulk load probes and extends it, instead of re-reading its pages from the OS
  // (32 MB, not more: the server stays under 500 MB RSS on a store of a million objects).
  database.pragma('cache_size = -32768');
}

/**
 * Runs `work` in a transaction that takes the file's write lock as it begins (BEGIN
 * IMMEDIATE), so another process waits for it instead of failing half-way with SQLITE_BUSY.
 */
async function immediately<T>(conn: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  await sql`BEGIN IMMEDIATE`.execute(conn);
  try {
    const done = await work();
    await sql`COMMIT`.execute(conn);
    return done;
  } catch (error) {
    // SQLite may have rolled back already (a full disk does that); nothing else is left to undo.
    await sql`ROLLBACK`.execute(conn).catch(() => undefined);
    throw error;
  }
}

/** Opens (and migrates) the embedded SQLite store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  // A new database file is created private, and SQLite gives its log the same mode.
  if (options.file !== ':memory:') closeSync(openSync(options.file, 'a', 0o600));
  const database = new BetterSqlite3(options.file);
  tuneConnection(database);
  registerMigrationFunctions(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    // BEGIN IMMEDIATE takes the write lock as the transaction starts (waiting up to the busy
    // timeout), so a process that opens the store at the same moment waits, then finds each
    // migration applied. The store is not shared yet: its one connection runs only this.
    await applyMigrations(db, sqliteMigrations, (work) => immediately(db, () => work(db)));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Keep the planner's statistics current (cheap: it analyzes only tables that changed a lot).
  database.pragma('optimize=0x10002');
  const seed = database.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(ID_KEY_SEED);
  if (seed === undefined) throw new Error(`the database has no ${ID_KEY_SEED}: its migrations did not complete`);
  const bulk = sqliteIngestStatements(database, Number(seed));
  const queries = bindQueries(db, capabilities.maxParameters, bulk);
  const log = database.memory ? undefined : new WalSync(`${resolve(options.file)}-wal`);

  return {
    ...queries,
    capabilities,
    async write<T>(work: (q: Queries) => Promise<T>, hooks?: WriteHooks): Promise<T> {
      // Kysely's driver holds its connection mutex for the whole callback, so writes in
      // this process are serialised; IMMEDIATE takes the file's write lock up front so a
      // second process waits instead of failing half-way with SQLITE_BUSY.
      const result = await db.connection().execute((conn) => immediately(conn, () => work(bindQueries(conn, capabilities.maxParameters, bulk))))
        .catch((error: unknown) => {
          throw storageFailure(error) ?? error;
        });
      // The connection is free again: the next writer builds its transaction while this
      // one's log is synced.
      hooks?.committed?.();
      await log?.sync();
      return result;
    },
    async health() {
      if (log?.failed) return { ok: false, problem: log.failed.message };
      try {
        database.prepare('SELECT 1').get();
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: `the SQLite store does not answer: ${(error as Error).message}` };
      }
    },
    async close() {
      await log?.close();
      database.pragma('optimize');
      await db.destroy();
    },
  };
}
