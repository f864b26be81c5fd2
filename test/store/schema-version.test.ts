/**
 * A store written by a newer Hoggar is refused before anything is written to it, on both
 * backends: its tables may carry rules this version would break.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { HoggarError } from '../../src/errors.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PG_URL } from '../helpers/stores.js';

const FUTURE = 999;
const refusal = expect.objectContaining({
  code: 'bad_request',
  message: expect.stringMatching(new RegExp(`schema version ${FUTURE}, which this Hoggar does not know`)),
});

describe('a store from a newer version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused by SQLite, which writes nothing to it', async () => {
    const file = join(dir, 'hoggar.db');
    await (await openSqliteStore({ file })).close();
    const db = new BetterSqlite3(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(FUTURE, 'later', 'x');
    const before = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    const opened = openSqliteStore({ file });
    await expect(opened).rejects.toBeInstanceOf(HoggarError);
    await expect(opened).rejects.toEqual(refusal);
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(before);
    after.close();
  });

  it('is refused by PostgreSQL', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await (await openPostgresStore({ url: PG_URL, schema, poolSize: 1 })).close();
      await client.query(`INSERT INTO ${schema}.schema_migrations (version, name, applied_at) VALUES ($1, 'later', 'x')`, [FUTURE]);
      await expect(openPostgresStore({ url: PG_URL, schema, poolSize: 1 })).rejects.toEqual(refusal);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });
});
