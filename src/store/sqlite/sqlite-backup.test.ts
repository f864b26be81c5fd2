import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations } from '../migrate.js';
import { backupSqlite, restoreSqlite } from './sqlite-backup.js';
import { NEWEST_SQLITE_SCHEMA, registerMigrationFunctions, sqliteMigrations } from './sqlite-migrations.js';
import { openSqliteStore } from './sqlite-store.js';

describe('restoring a backup of an earlier schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-old-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restores it as it is, and the store migrates it forward when it opens', async () => {
    // A node as an earlier Hoggar left it: the migrations up to version 6, and its identity.
    const old = join(dir, 'old.db');
    const database = new BetterSqlite3(old);
    database.pragma('journal_mode = WAL');
    registerMigrationFunctions(database);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
    await applyMigrations(db, sqliteMigrations.filter((m) => m.version <= 6));
    database.prepare("INSERT INTO meta (key, value) VALUES ('node_id', 'n-1'), ('node_member', 'TCD'), ('node_name', 'N''Djamena')").run();
    await db.destroy();

    const backup = backupSqlite(old, join(dir, 'old.backup'));
    expect(backup).toMatchObject({ schemaVersion: 6, node: { id: 'n-1', member: 'TCD', name: "N'Djamena" } });
    const restored = await restoreSqlite(join(dir, 'old.backup'), join(dir, 'node', 'hoggar.db'));
    expect(restored.schemaVersion).toBe(6);

    await (await openSqliteStore({ file: join(dir, 'node', 'hoggar.db') })).close();
    const reopened = new BetterSqlite3(join(dir, 'node', 'hoggar.db'), { readonly: true });
    expect(reopened.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(NEWEST_SQLITE_SCHEMA);
    expect(reopened.prepare("SELECT value FROM meta WHERE key = 'node_name'").pluck().get()).toBe("N'Djamena");
    reopened.close();
  });
});

describe('a backup onto a file system without hard links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-nolink-'));
  afterAll(() => {
    vi.doUnmock('node:fs');
    vi.resetModules();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is renamed into place instead, still never over an existing file', async () => {
    let linkAttempts = 0;
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof import('node:fs')>()),
      linkSync: () => {
        linkAttempts++;
        throw Object.assign(new Error('operation not supported'), { code: 'ENOTSUP' });
      },
    }));
    vi.resetModules();
    const { backupSqlite: backup } = await import('./sqlite-backup.js');
    const { openSqliteStore: open } = await import('./sqlite-store.js');
    const source = join(dir, 'hoggar.db');
    await (await open({ file: source })).close();
    const meta = new BetterSqlite3(source);
    meta.prepare("INSERT INTO meta (key, value) VALUES ('node_id', 'n-2')").run();
    meta.close();
    expect(backup(source, join(dir, 'copy.backup'))).toMatchObject({ node: { id: 'n-2' } });
    expect(linkAttempts).toBe(1);
    expect(readdirSync(dir).filter((name) => name.includes('copy'))).toEqual(['copy.backup']);
    expect(() => backup(source, join(dir, 'copy.backup'))).toThrow(/already exists/);
  });
});
