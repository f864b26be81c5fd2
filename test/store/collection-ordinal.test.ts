/**
 * Migration 9 keys collection memberships by a collection ordinal instead of the collection's
 * id. A database made before it must keep every membership, each under the right collection,
 * on both backends; ordinals follow the order collections were created in, and a collection
 * added later takes the next one.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, type Migration } from '../../src/store/migrate.js';
import { postgresMigrations } from '../../src/store/postgres/postgres-migrations.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { ID_KEY_SEED, objectIdKey } from '../../src/store/sqlite/id-key.js';
import { registerMigrationFunctions, sqliteMigrations } from '../../src/store/sqlite/sqlite-migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { PG_URL } from '../helpers/stores.js';

const BEFORE_ORDINALS = 8;
// Created first, though its id sorts last: ordinals follow creation, not ids.
const OLDER = 'f0000000-0000-4000-8000-000000000001';
const NEWER = '10000000-0000-4000-8000-000000000002';

interface OldDatabase { readonly db: Kysely<any>; reopen(): Promise<Store>; cleanup(): Promise<void> }

function oldSqlite(): OldDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-ordinal-'));
  const file = join(dir, 'hoggar.db');
  const raw = new BetterSqlite3(file);
  registerMigrationFunctions(raw);
  return {
    db: new Kysely({ dialect: new SqliteDialect({ database: raw }) }),
    reopen: () => openSqliteStore({ file }),
    async cleanup() { rmSync(dir, { recursive: true, force: true }); },
  };
}

function oldPostgres(): OldDatabase {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: PG_URL, max: 1, options: `-c search_path=${schema}` });
  return {
    db: new Kysely({ dialect: new PostgresDialect({ pool }) }),
    reopen: () => openPostgresStore({ url: PG_URL, schema, poolSize: 2 }),
    async cleanup() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try { await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await client.end(); }
    },
  };
}

const backends: { name: string; open: () => OldDatabase; migrations: readonly Migration[] }[] = [
  { name: 'sqlite', open: oldSqlite, migrations: sqliteMigrations },
  { name: 'postgres', open: oldPostgres, migrations: postgresMigrations },
];

for (const backend of backends) {
  describe(`collection ordinals [${backend.name}]`, () => {
    const opened: OldDatabase[] = [];
    afterAll(async () => { for (const o of opened.splice(0)) await o.cleanup(); });

    it('migrates every membership to its collection, numbered in creation order, and numbers new collections next', async () => {
      const old = backend.open();
      opened.push(old);
      if (backend.name === 'postgres') await sql.raw(`CREATE SCHEMA ${(await schemaOf(old.db))}`).execute(old.db);
      await applyMigrations(old.db, backend.migrations.filter((m) => m.version <= BEFORE_ORDINALS));
      await old.db.insertInto('collections').values([
        { id: OLDER, title: 'Older', created_us: 100 },
        { id: NEWER, title: 'Newer', created_us: 200 },
      ]).execute();
      // SQLite's rows carry the key of their id under this database's seed (id-key.ts).
      const seed = backend.name === 'sqlite'
        ? Number((await old.db.selectFrom('meta').select('value').where('key', '=', ID_KEY_SEED).executeTakeFirstOrThrow()).value)
        : undefined;
      const objectRow = (id: string) => ({
        id, type: 'threat-actor', version_key: '1', spec_version: '2.1', owner: 'DZA', read_scope: '*', share_scope: '*',
        json: JSON.stringify({ id }), stored_us: 1, ...(seed === undefined ? {} : { id_key: objectIdKey(seed, id) }),
      });
      const ids = ['threat-actor--a', 'threat-actor--b', 'threat-actor--c'];
      const pks: number[] = [];
      for (const id of ids) {
        const inserted = await old.db.insertInto('objects').values(objectRow(id)).returning('pk').executeTakeFirstOrThrow();
        pks.push(Number(inserted.pk));
      }
      // a and b in the older collection, b and c in the newer one.
      await old.db.insertInto('collection_objects').values([
        { collection_id: OLDER, added_us: 10, object_pk: pks[0], type: 'threat-actor' },
        { collection_id: OLDER, added_us: 11, object_pk: pks[1], type: 'threat-actor' },
        { collection_id: NEWER, added_us: 12, object_pk: pks[1], type: 'threat-actor' },
        { collection_id: NEWER, added_us: 13, object_pk: pks[2], type: 'threat-actor' },
      ]).execute();
      await old.db.destroy();

      const store = await old.reopen();
      try {
        expect((await store.accounts.collections()).map((c) => [c.id, c.ordinal])).toEqual([[OLDER, 1], [NEWER, 2]]);
        const page = async (collectionId: string) => (await store.memberships.page({
          collectionId, access: { mode: 'read', member: 'DZA' }, versions: { all: true, first: false, last: false, keys: [] }, limit: 10,
        })).map((r) => [r.object_id, r.added_us]);
        expect(await page(OLDER)).toEqual([[ids[0], 10], [ids[1], 11]]);
        expect(await page(NEWER)).toEqual([[ids[1], 12], [ids[2], 13]]);
        expect(await store.memberships.countIn(NEWER)).toBe(2);
        const third = '20000000-0000-4000-8000-000000000003';
        await store.write((q) => q.accounts.insertCollection({ id: third, title: 'Third', description: null, alias: null, created_us: 300 }));
        expect((await store.accounts.collection(third))?.ordinal).toBe(3);
        // A membership added now lands in its own collection only.
        await store.write((q) => q.memberships.insert([{ collection_id: third, added_us: 14, object_pk: pks[0]!, type: 'threat-actor' }]));
        expect(await page(third)).toEqual([[ids[0], 14]]);
        expect(await page(OLDER)).toHaveLength(2);
        expect(await store.memberships.heldBy(third, [ids[0]!, ids[1]!])).toEqual(new Set([`${ids[0]}|1`]));
        // A membership in a collection that does not exist is refused as such, and nothing is added.
        const missing = '30000000-0000-4000-8000-000000000004';
        await expect(store.write((q) => q.memberships.insert([{ collection_id: missing, added_us: 15, object_pk: pks[1]!, type: 'threat-actor' }])))
          .rejects.toMatchObject({ code: 'not_found', message: `collection ${missing} does not exist` });
        expect(await page(third)).toEqual([[ids[0], 14]]);
      } finally {
        await store.close();
      }
    });
  });
}

/** The schema a PostgreSQL pool's search_path names. */
async function schemaOf(db: Kysely<any>): Promise<string> {
  const result = await sql<{ search_path: string }>`SHOW search_path`.execute(db);
  return result.rows[0]!.search_path;
}
