import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedSchema, schemaDifferences, schemaObjects } from './schema-check.js';
import { NEWEST_SQLITE_SCHEMA } from './sqlite-migrations.js';
import { openSqliteStore } from './sqlite-store.js';

describe('schema check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-schema-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a store exactly as its migrations made it, statistics tables aside', async () => {
    const file = join(dir, 'fresh.db');
    // Closing runs PRAGMA optimize, which may add SQLite's own statistics tables.
    await (await openSqliteStore({ file })).close();
    const db = new BetterSqlite3(file, { readonly: true });
    const actual = schemaObjects(db);
    db.close();
    expect(actual.size).toBeGreaterThan(10);
    expect(schemaDifferences(actual, await expectedSchema(NEWEST_SQLITE_SCHEMA))).toEqual([]);
  });

  it('names what was added, removed or altered', async () => {
    const expected = await expectedSchema(NEWEST_SQLITE_SCHEMA);
    const actual = new Map(expected);
    actual.set('view everything', 'CREATE VIEW everything AS SELECT * FROM objects');
    actual.delete('index objects_by_key');
    actual.set('table users', `${expected.get('table users')} `);
    expect(schemaDifferences(actual, expected)).toEqual(['view everything added', 'index objects_by_key missing', 'table users altered']);
  });

  it('knows the schema of each earlier version', async () => {
    const v1 = await expectedSchema(1);
    const current = await expectedSchema(NEWEST_SQLITE_SCHEMA);
    expect(v1.has('table users')).toBe(true);
    expect(v1.get('table users')).not.toBe(current.get('table users'));
  });
});
