/**
 * What another table layout could give ingest, measured before building it: the node's
 * per-object statements on today's layout, on the one before it (schema 8, memberships keyed
 * by the collection's text id), on a layout that keeps an object's first
 * collection in its own row, and on the id index alone (no collection at all: a floor no
 * layout goes below), each against the ceiling (the same JSON, one table, one
 * transaction) in the same run, in one transaction and in durable envelopes of 1,000.
 * Every layout numbers objects in arrival order: the store's key regions per type
 * (src/store/sqlite/type-regions.ts) would cost each of them alike, so they are left out.
 */
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { generateObjects } from './generate.js';
import { fmt, percentile, settleDisk } from './measure.js';
import { objectIdKey } from '../src/store/sqlite/id-key.js';
import { tuneConnection } from '../src/store/sqlite/sqlite-store.js';

const COUNT = Number(process.env.BENCH_LAYOUT_OBJECTS ?? 100_000);
const ENVELOPE = 1000;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const COLLECTION = 'a2b1f9c0-5e1d-4c3b-9f7a-1d2e3f4a5b6c';

interface Row { readonly id: string; readonly type: string; readonly versionKey: string; readonly json: string }
type Load = (batch: readonly Row[], firstAdded: number) => void;
interface Layout { readonly name: string; readonly schema: string; readonly prepare: (db: BetterSqlite3.Database) => Load; readonly raw?: boolean }

const OBJECT_COLUMNS = `pk INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, version_key TEXT NOT NULL,
  spec_version TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, owner TEXT NOT NULL, read_scope TEXT NOT NULL,
  share_scope TEXT NOT NULL, json TEXT NOT NULL, stored_us INTEGER NOT NULL, origin_peer TEXT, id_key INTEGER NOT NULL,
  superseded INTEGER NOT NULL DEFAULT 0`;
const INSERT_COLUMNS = 'id, type, version_key, spec_version, revoked, owner, read_scope, share_scope, json, stored_us, origin_peer, id_key, superseded';

/** The id probe every layout makes before it inserts (it decides clashes and superseding). */
const probeOf = (db: BetterSqlite3.Database) => db.prepare('SELECT pk, version_key, superseded, revoked FROM objects WHERE id_key = ? AND id = ?');

/** The objects table and id index, with a membership table (and its two indexes) keyed by `column` of `sqlType`. */
function membershipLayout(name: string, column: string, sqlType: string, collection: number | string): Layout {
  return {
    name,
    schema: `CREATE TABLE objects (${OBJECT_COLUMNS}); CREATE INDEX objects_by_key ON objects (id_key);
      CREATE TABLE collection_objects (${column} ${sqlType} NOT NULL, added_us INTEGER NOT NULL, object_pk INTEGER NOT NULL,
        type TEXT NOT NULL, PRIMARY KEY (${column}, added_us)) WITHOUT ROWID;
      CREATE INDEX co_by_type ON collection_objects (${column}, type, added_us, object_pk);
      CREATE INDEX co_by_object ON collection_objects (object_pk, ${column})`,
    prepare: (db) => {
      const probe = probeOf(db);
      const insert = db.prepare(`INSERT INTO objects (${INSERT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`);
      const member = db.prepare(`INSERT INTO collection_objects (${column}, added_us, object_pk, type) VALUES (?,?,?,?)`);
      return (batch, firstAdded) => batch.forEach((r, i) => {
        const idKey = objectIdKey(7, r.id);
        probe.all(idKey, r.id);
        const pk = insert.run(r.id, r.type, r.versionKey, '2.1', 0, 'DZA', '*', '*', r.json, firstAdded, null, idKey, 0).lastInsertRowid;
        member.run(collection, firstAdded + i, pk, r.type);
      });
    },
  };
}

const layouts: readonly Layout[] = [
  {
    name: 'ceiling: the same JSON, one table', raw: true,
    schema: 'CREATE TABLE objects (id TEXT NOT NULL, json TEXT NOT NULL)',
    prepare: (db) => {
      const insert = db.prepare('INSERT INTO objects (id, json) VALUES (?, ?)');
      return (batch) => { for (const r of batch) insert.run(r.id, r.json); };
    },
  },
  membershipLayout("today's layout (schema 9): objects, id index, membership table keyed by the collection's ordinal, two indexes",
    'collection_ordinal', 'INTEGER', 1),
  membershipLayout("schema 8: the same, keyed by the collection's 36-character id", 'collection_id', 'TEXT', COLLECTION),
  {
    name: "first collection in the object's row, indexed by (collection, added) and (collection, type, added)",
    schema: `CREATE TABLE objects (${OBJECT_COLUMNS}, home INTEGER NOT NULL, added_us INTEGER NOT NULL);
      CREATE INDEX objects_by_key ON objects (id_key);
      CREATE INDEX objects_by_home ON objects (home, added_us); CREATE INDEX objects_by_home_type ON objects (home, type, added_us)`,
    prepare: (db) => {
      const probe = probeOf(db);
      const insert = db.prepare(`INSERT INTO objects (${INSERT_COLUMNS}, home, added_us) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
      return (batch, firstAdded) => batch.forEach((r, i) => {
        const key = objectIdKey(7, r.id);
        probe.all(key, r.id);
        insert.run(r.id, r.type, r.versionKey, '2.1', 0, 'DZA', '*', '*', r.json, firstAdded, null, key, 0, 1, firstAdded + i);
      });
    },
  },
  {
    name: 'the id index alone, no collection (a floor)',
    schema: `CREATE TABLE objects (${OBJECT_COLUMNS}); CREATE INDEX objects_by_key ON objects (id_key)`,
    prepare: (db) => {
      const probe = probeOf(db);
      const insert = db.prepare(`INSERT INTO objects (${INSERT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`);
      return (batch, firstAdded) => {
        for (const r of batch) {
          const key = objectIdKey(7, r.id);
          probe.all(key, r.id);
          insert.run(r.id, r.type, r.versionKey, '2.1', 0, 'DZA', '*', '*', r.json, firstAdded, null, key, 0);
        }
      };
    },
  },
];

/** Objects/s for one layout into a fresh file, committing every `envelope` objects (durably, unless the ceiling). */
function rate(layout: Layout, rows: readonly Row[], envelope: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-layout-'));
  const file = join(dir, 'layout.db');
  const db = new BetterSqlite3(file);
  if (layout.raw) db.pragma('journal_mode = WAL');
  else tuneConnection(db);
  db.exec(layout.schema);
  const load = layout.prepare(db);
  const wal = openSync(`${file}-wal`, 'r');
  let added = Date.now() * 1000;
  settleDisk();
  const start = process.hrtime.bigint();
  for (let first = 0; first < rows.length; first += envelope) {
    const batch = rows.slice(first, first + envelope);
    db.exec('BEGIN IMMEDIATE');
    load(batch, added);
    db.exec('COMMIT');
    added += batch.length;
    // As the node does before it acknowledges an envelope.
    if (!layout.raw && envelope < rows.length) fdatasyncSync(wal);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(wal);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return rows.length / seconds;
}

const rows: Row[] = generateObjects(COUNT).map((o) => ({ id: o.id as string, type: o.type as string, versionKey: String(o.modified), json: JSON.stringify(o) }));
const runs = new Map<string, number[]>();
const record = (key: string, value: number) => runs.set(key, [...(runs.get(key) ?? []), value]);
for (let round = 0; round < ROUNDS; round++) {
  for (const layout of layouts) {
    if (layout.raw) record(layout.name, rate(layout, rows, rows.length));
    else for (const envelope of [rows.length, ENVELOPE]) record(`${layout.name}|${envelope}`, rate(layout, rows, envelope));
  }
}
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
const ceiling = median(runs.get(layouts[0]!.name)!);
console.log(`${fmt(COUNT)} objects, median of ${ROUNDS} interleaved runs each; ceiling ${fmt(ceiling)} objects/s`);
for (const layout of layouts.slice(1)) {
  const at = (envelope: number) => median(runs.get(`${layout.name}|${envelope}`)!);
  console.log(`${layout.name}: one transaction ${fmt((100 * at(rows.length)) / ceiling, 1)} %, durable envelopes of ${ENVELOPE} ${fmt((100 * at(ENVELOPE)) / ceiling, 1)} % of the ceiling`);
}
