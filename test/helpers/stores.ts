import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** The PostgreSQL every store test runs against (CI starts it; see .ci/run). */
export const PG_URL = process.env.HOGGAR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface OpenedStore {
  readonly store: Store;
  /** Runs raw SQL beside the store (to prove what the database itself enforces). */
  exec(sql: string): Promise<void>;
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty store of this backend; each call gets its own file or schema. */
  open(): Promise<OpenedStore>;
  /** Removes every file and schema this backend created. */
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'hoggar-test-'));
      dirs.push(dir);
      const file = join(dir, 'hoggar.db');
      const store = await openSqliteStore({ file });
      return {
        store,
        async exec(sql: string) {
          const db = new BetterSqlite3(file);
          try { db.exec(sql); } finally { db.close(); }
        },
      };
    },
    async cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): Backend {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async open() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const store = await openPostgresStore({ url: PG_URL, schema, poolSize: 4 });
      return {
        store,
        async exec(sql: string) {
          const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
          await client.connect();
          try { await client.query(sql); } finally { await client.end(); }
        },
      };
    },
    async cleanup() {
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Both backends: every contract test runs against each. */
export const backends = (): Backend[] => [sqliteBackend(), postgresBackend()];
