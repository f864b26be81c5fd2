/**
 * What the node's own SQL costs on its own: the production ingest statements (the id probe,
 * the object insert, the collection membership) on the real schema, one durable commit per
 * envelope, with no HTTP, validation, writer rules, status resource or audit row. Whatever
 * the rest of the node does, its ingest cannot be faster than this on the same machine, so
 * this rate against the ceiling bounds what any change outside the store could reach.
 */
import { fdatasyncSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { timestampKey } from '../src/stix/timestamps.js';
import { ID_KEY_SEED } from '../src/store/sqlite/id-key.js';
import { sqliteIngestStatements } from '../src/store/sqlite/sqlite-queries.js';
import { openSqliteStore, tuneConnection } from '../src/store/sqlite/sqlite-store.js';
import { settleDisk } from './measure.js';

const COLLECTION = 'a2b1f9c0-5e1d-4c3b-9f7a-1d2e3f4a5b6c';

export async function storeStatementsRate(objects: readonly Record<string, unknown>[], envelope: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-floor-'));
  const file = join(dir, 'hoggar.db');
  try {
    // The real schema, migrated by the store itself; then a bare connection with its settings.
    await (await openSqliteStore({ file })).close();
    const db = new BetterSqlite3(file);
    tuneConnection(db);
    const seed = Number(db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(ID_KEY_SEED));
    db.prepare("INSERT INTO collections (id, title, created_us, ordinal) VALUES (?, 'bench', 0, 1)").run(COLLECTION);
    const statements = sqliteIngestStatements(db, seed);
    const storedUs = Date.now() * 1000;
    const rows = objects.map((o) => ({
      id: o.id as string, type: o.type as string, version_key: timestampKey(String(o.modified ?? o.created)),
      spec_version: '2.1', revoked: 0, owner: 'DZA', read_scope: '*', share_scope: '*',
      json: JSON.stringify(o), stored_us: storedUs, origin_peer: null,
    }));
    const wal = openSync(`${file}-wal`, 'r');
    let addedUs = storedUs;
    settleDisk();
    const start = process.hrtime.bigint();
    for (let first = 0; first < rows.length; first += envelope) {
      const batch = rows.slice(first, first + envelope);
      db.exec('BEGIN IMMEDIATE');
      const pks = await statements.objects(batch);
      await statements.memberships(batch.map((row, i) => ({ collection_id: COLLECTION, added_us: addedUs++, object_pk: pks[i] as number, type: row.type })));
      db.exec('COMMIT');
      // As the node does before it acknowledges an envelope (wal-sync.ts), here on this thread.
      fdatasyncSync(wal);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    closeSync(wal);
    db.close();
    return rows.length / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
