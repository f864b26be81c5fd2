/**
 * Two processes opening one new SQLite store at once (a server starting while a command runs):
 * the second waits for the first's migrations and then finds them applied, instead of running
 * them again and failing half-way ("table objects already exists").
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { applyMigrations } from '../../src/store/migrate.js';
import { afterAll, expect, it } from 'vitest';
import { expectedSchema, schemaDifferences, schemaObjects } from '../../src/store/sqlite/schema-check.js';
import { registerMigrationFunctions, sqliteMigrations } from '../../src/store/sqlite/sqlite-migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lets a process that opens the store while another migrates it wait, then skip what is applied', async () => {
  const file = join(dir, 'hoggar.db');
  // This process plays the first one: it holds the write lock while it migrates.
  const first = new BetterSqlite3(file);
  first.pragma('journal_mode = WAL');
  registerMigrationFunctions(first);
  // The bookkeeping table as the store makes it, with no migration applied yet.
  await applyMigrations(new Kysely<any>({ dialect: new SqliteDialect({ database: first }) }), []);
  first.exec('BEGIN IMMEDIATE');

  const second = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'open-sqlite-store.ts'), file], { encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
  // Long enough for the second process to start and reach the lock.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  for (const migration of [...sqliteMigrations].sort((a, b) => a.version - b.version)) {
    for (const statement of migration.statements) first.exec(statement);
    first.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, 'x');
  }
  first.exec('COMMIT');

  const result = await second;
  expect(result, result.stderr).toMatchObject({ code: 0, stdout: 'opened\n' });
  expect(first.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(sqliteMigrations.length);
  expect(schemaDifferences(schemaObjects(first), await expectedSchema(Math.max(...sqliteMigrations.map((m) => m.version))))).toEqual([]);
  first.close();
}, 60_000);
