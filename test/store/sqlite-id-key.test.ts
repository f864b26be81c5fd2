/**
 * SQLite indexes objects by a seeded 53-bit key of their id (src/store/sqlite/id-key.ts).
 * Keys may collide, so every look-up must still compare the id; and a database made before
 * the key existed must migrate with its rows and primary keys intact (and, from migration 6,
 * with each superseded version flagged).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { timestampKey } from '../../src/stix/timestamps.js';
import { applyMigrations } from '../../src/store/migrate.js';
import type { NewObjectRow } from '../../src/store/queries/object-queries.js';
import { ID_KEY_SEED, objectIdKey } from '../../src/store/sqlite/id-key.js';
import { sqliteMigrations } from '../../src/store/sqlite/sqlite-migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { threatActor } from '../factories/stix.js';
import { createTestNode } from '../helpers/nodes.js';

const dirs: string[] = [];
const freshFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoggar-idkey-'));
  dirs.push(dir);
  return join(dir, 'hoggar.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const row = (id: string, versionKey: string): NewObjectRow => ({
  id, type: 'threat-actor', version_key: versionKey, spec_version: '2.1', revoked: 0, owner: 'DZA',
  read_scope: '*', share_scope: '*', json: JSON.stringify({ id, v: versionKey }), stored_us: 1, origin_peer: null,
});

describe('objectIdKey', () => {
  it('is a non-negative safe integer, fixed for a seed and an id, and changes with the seed', () => {
    const id = `threat-actor--${randomUUID()}`;
    const key = objectIdKey(7, id);
    expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
    expect(objectIdKey(7, id)).toBe(key);
    expect(objectIdKey(8, id)).not.toBe(key);
    expect(objectIdKey(7, id.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).not.toBe(key);
  });

  it('gives 100,000 random ids 100,000 distinct keys', () => {
    const keys = new Set(Array.from({ length: 100_000 }, () => objectIdKey(12345, `indicator--${randomUUID()}`)));
    expect(keys.size).toBe(100_000);
  });
});

it('migrates a database made before the key: same rows, same primary keys, each row keyed by its id', async () => {
  const file = freshFile();
  const raw = new BetterSqlite3(file);
  const before = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: raw }) });
  await applyMigrations(before, sqliteMigrations.filter((m) => m.version <= 4));
  const a = `threat-actor--${randomUUID()}`;
  const b = `threat-actor--${randomUUID()}`;
  const insert = raw.prepare(`INSERT INTO objects (id, type, version_key, spec_version, owner, read_scope, share_scope, json, stored_us)
    VALUES (?, 'threat-actor', ?, '2.1', 'DZA', '*', '*', ?, 1)`);
  const pks = [[a, '1'], [a, '2'], [b, '1']].map(([id, v]) => Number(insert.run(id, v, `{"v":"${v}"}`).lastInsertRowid));
  await before.destroy();

  const store = await openSqliteStore({ file });
  const flags = () => {
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      return reader.prepare('SELECT id, version_key, superseded FROM objects ORDER BY pk').raw().all();
    } finally {
      reader.close();
    }
  };
  try {
    // Migration 6 marks the versions a later one supersedes, found through the new key index.
    expect(flags()).toEqual([[a, '1', 1], [a, '2', 0], [b, '1', 0]]);
    expect((await store.objects.byPks(pks)).map((r) => [r.pk, r.id, r.version_key])).toEqual([[pks[0], a, '1'], [pks[1], a, '2'], [pks[2], b, '1']]);
    expect((await store.objects.versionsOf([a])).map((v) => v.version_key).sort()).toEqual(['1', '2']);
    // The stored version is recognised (no second copy); a new version goes in.
    const inserted = await store.write((q) => q.objects.insert([row(a, '2'), row(a, '3')]));
    expect(inserted[0]).toBeNull();
    expect(inserted[1]).toEqual(expect.any(Number));
    expect(flags()).toEqual([[a, '1', 1], [a, '2', 1], [b, '1', 0], [a, '3', 0]]);
  } finally {
    await store.close();
  }
  const after = new BetterSqlite3(file);
  try {
    const seed = Number(after.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(ID_KEY_SEED));
    for (const { id, id_key } of after.prepare('SELECT id, id_key FROM objects').all() as { id: string; id_key: number }[]) {
      expect(id_key).toBe(objectIdKey(seed, id));
    }
  } finally {
    after.close();
  }
});

it('keeps two ids that share a key apart: the id itself decides every match', async () => {
  const file = freshFile();
  const store = await openSqliteStore({ file });
  const { node, init } = await createTestNode(store);
  const ctx = systemContext('DZA');
  const v1 = threatActor({ modified: '2026-02-01T00:00:00.000Z' });
  const v2 = { ...v1, name: 'Renamed', modified: '2026-03-01T00:00:00.000Z' };
  await node.writer.add(ctx, init.collectionId, [v1, v2]);
  // Another object whose row carries the same key as v1's id, with a later version, in the
  // same collection: were ids matched by key alone, it would pass for a newer version of v1.
  const other = threatActor({ modified: '2026-09-01T00:00:00.000Z' });
  const raw = new BetterSqlite3(file);
  try {
    raw.prepare(`INSERT INTO objects (id, type, version_key, spec_version, owner, read_scope, share_scope, json, stored_us, id_key)
      SELECT ?, 'threat-actor', ?, '2.1', 'DZA', '*', '*', ?, 1, id_key FROM objects WHERE id = ? LIMIT 1`)
      .run(other.id, timestampKey(other.modified as string), JSON.stringify(other), v1.id);
    raw.prepare(`INSERT INTO collection_objects (collection_ordinal, added_us, object_pk, type)
      SELECT (SELECT ordinal FROM collections WHERE id = ?), (SELECT max(added_us) + 1 FROM collection_objects), pk, type
      FROM objects WHERE id = ?`).run(init.collectionId, other.id);
  } finally {
    raw.close();
  }
  const latest = await node.reader.page(ctx, init.collectionId, { ids: [v1.id] });
  expect(latest.rows.map((r) => JSON.parse(r.json).name)).toEqual(['Renamed']);
  const all = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['all'] });
  expect(all.rows.map((r) => r.object_id)).toEqual([v1.id, v1.id]);
  const everyLatest = await node.reader.page(ctx, init.collectionId, {});
  expect(everyLatest.rows.map((r) => r.object_id)).toEqual(expect.arrayContaining([v1.id, other.id]));
  expect((await store.objects.versionsOf([v1.id])).map((v) => v.id)).toEqual([v1.id, v1.id]);
  // Resubmitting v2 is still a no-op and a changed v2 still a conflict.
  const again = await node.writer.add(ctx, init.collectionId, [v2]);
  expect(again.outcomes[0]).toMatchObject({ ok: true, message: 'already in this collection' });
  const changed = await node.writer.add(ctx, init.collectionId, [{ ...v2, name: 'Changed' }]);
  expect(changed.outcomes[0]!.message).toMatch(/conflict/);
  await node.close();
});
