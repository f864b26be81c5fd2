/**
 * SQLite numbers each new object inside a key region of its type (src/store/sqlite/type-regions.ts),
 * so one type's objects lie together on disk. Objects of mixed types, written in several
 * transactions, must get keys that group by type and follow arrival within a type; rows
 * stored before regions existed keep their keys; every key-ordered read still sees each
 * object once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import type { NewObjectRow } from '../../src/store/queries/object-queries.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { regionOf } from '../../src/store/sqlite/type-regions.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-regions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TYPES = ['indicator', 'malware', 'x-acme-sensor'] as const;
const row = (type: string, stored_us: number): NewObjectRow => {
  const id = `${type}--${randomUUID()}`;
  return { id, type, version_key: '1', spec_version: '2.1', revoked: 0, owner: 'DZA', read_scope: '*', share_scope: '*', json: JSON.stringify({ id, type }), stored_us };
};

it('groups new objects by type, keeps the keys of rows stored before, and a key-ordered walk sees each object once', async () => {
  const file = join(dir, 'hoggar.db');
  // A row as an earlier version of Hoggar numbered it: the next key in arrival order.
  let store = await openSqliteStore({ file });
  const [first] = await store.write((q) => q.objects.insert([row('malware', 1)]));
  await store.close();
  expect(first).toBe(regionOf('malware') * 2 ** 40);
  const renumber = new BetterSqlite3(file);
  renumber.prepare('UPDATE objects SET pk = 1 WHERE pk = ?').run(first);
  renumber.close();

  store = await openSqliteStore({ file });
  const written: { type: string; pk: number }[] = [];
  try {
    for (let envelope = 0; envelope < 3; envelope++) {
      const rows = Array.from({ length: 30 }, (_, i) => row(TYPES[i % TYPES.length]!, 10 + envelope * 30 + i));
      const pks = await store.write((q) => q.objects.insert(rows));
      rows.forEach((r, i) => written.push({ type: r.type!, pk: pks[i] as number }));
    }
    for (const type of TYPES) {
      const keys = written.filter((w) => w.type === type).map((w) => w.pk);
      const start = regionOf(type) * 2 ** 40;
      // Consecutive keys from the start of the type's region, in arrival order, across transactions.
      expect(keys).toEqual(keys.map((_, i) => start + i));
    }

    // The JSON API's walk in key order, a page at a time, meets every object exactly once.
    const seen: string[] = [];
    let afterPk: number | undefined;
    for (;;) {
      const page = await store.objects.listLatest({ access: { mode: 'read', member: 'DZA' }, limit: 7, ...(afterPk === undefined ? {} : { afterPk }) });
      if (page.length === 0) break;
      seen.push(...page.map((r) => r.id));
      afterPk = page[page.length - 1]!.pk;
    }
    expect(seen).toHaveLength(91);
    expect(new Set(seen).size).toBe(91);
  } finally {
    await store.close();
  }

  const reader = new BetterSqlite3(file, { readonly: true });
  try {
    // The earlier row kept its key.
    expect(reader.prepare("SELECT count(*) FROM objects WHERE pk = 1 AND type = 'malware'").pluck().get()).toBe(1);
  } finally {
    reader.close();
  }
});
