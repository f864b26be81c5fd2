import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { badRequest } from '../../errors.js';
import { applyMigrations } from '../migrate.js';
import { registerMigrationFunctions, sqliteMigrations } from './sqlite-migrations.js';

/** A database's tables, indexes, views and triggers, each with the SQL that made it (SQLite's own left out). */
export function schemaObjects(database: BetterSqlite3.Database): Map<string, string> {
  const rows = database.prepare<[], { type: string; name: string; sql: string | null }>(
    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all();
  return new Map(rows.map((row) => [`${row.type} ${row.name}`, row.sql ?? '']));
}

/** What Hoggar's migrations up to `version` create, built in a scratch database in memory. */
export async function expectedSchema(version: number): Promise<Map<string, string>> {
  const database = new BetterSqlite3(':memory:');
  registerMigrationFunctions(database);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
  try {
    await applyMigrations(db, sqliteMigrations.filter((m) => m.version <= version));
    return schemaObjects(database);
  } finally {
    await db.destroy();
  }
}

/**
 * How a database's schema differs from what Hoggar's migrations made at its version: objects
 * added (a trigger that rewrote every object's read scope as it was stored would release
 * intelligence to every member), missing or altered. Empty when they match exactly.
 */
export function schemaDifferences(actual: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>): string[] {
  const added = [...actual.keys()].filter((key) => !expected.has(key)).map((key) => `${key} added`);
  const missing = [...expected.keys()].filter((key) => !actual.has(key)).map((key) => `${key} missing`);
  const altered = [...expected].filter(([key, sql]) => actual.has(key) && actual.get(key) !== sql).map(([key]) => `${key} altered`);
  return [...added, ...missing, ...altered];
}

/** A read-only connection to a database file (a serving node's, a backup, a copy). */
export function openReadOnly(file: string): BetterSqlite3.Database {
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    // A serving node may hold the write lock for a moment; wait for it rather than fail.
    db.pragma('busy_timeout = 15000');
    return db;
  } catch (error) {
    throw badRequest(`cannot open ${file}: ${(error as Error).message}`);
  }
}

/** The schema objects of a database file. */
export function readSchema(file: string): Map<string, string> {
  const db = openReadOnly(file);
  try {
    return schemaObjects(db);
  } finally {
    db.close();
  }
}

/** Refuses a data directory without a node's database, before anything opens (and so creates) it. */
export function requireNodeDatabase(databaseFile: string): void {
  if (!statSync(databaseFile, { throwIfNoEntry: false })?.isFile()) {
    throw badRequest(`there is no node in ${dirname(databaseFile)}: ${basename(databaseFile)} is missing (create one with hoggar init)`);
  }
}

/**
 * What `PRAGMA integrity_check` finds wrong with a database (it reads every page); empty when
 * it is sound. A file that is not a database at all is refused, naming it as `named`.
 */
export function integrityProblems(db: BetterSqlite3.Database, named: string): string[] {
  let report: string[];
  try {
    report = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } catch (error) {
    throw badRequest(`${named} cannot be read as a Hoggar database: ${(error as Error).message}`);
  }
  return report.length === 1 && report[0] === 'ok' ? [] : report;
}

/** The schema version of a database: its highest applied migration (0 for none). */
export function schemaVersionOf(db: BetterSqlite3.Database): number {
  return Number(db.prepare<[], number>('SELECT max(version) FROM schema_migrations').pluck().get() ?? 0);
}
