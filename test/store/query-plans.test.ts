/**
 * The TAXII page queries must walk indexes, not the collection: a store of a million
 * objects answers a filtered page in milliseconds only if they do. SQLite's planner is
 * asked directly (EXPLAIN QUERY PLAN) for each query the server actually ran.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Node } from '../../src/node/node.js';
import { systemContext } from '../../src/services/context.js';
import { identity, indicator, tool } from '../factories/stix.js';
import { createTestNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const backend = sqliteBackend();
const captured: { sql: string; plan: string[] }[] = [];
const prepare = BetterSqlite3.prototype.prepare;
let node: Node;
let collection: string;
let someId: string;

beforeAll(async () => {
  const { store } = await backend.open();
  ({ node, init: { collectionId: collection } } = await createTestNode(store));
  const objects = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? indicator() : i % 3 === 1 ? identity() : tool()));
  someId = objects[10]!.id;
  await node.writer.add(systemContext('DZA'), collection, objects);
  BetterSqlite3.prototype.prepare = function (this: BetterSqlite3.Database, sql: string) {
    if (/^select .* from "collection_objects"/.test(sql)) {
      const params = (sql.match(/\?/g) ?? []).map(() => 1);
      const plan = prepare.call(this, `EXPLAIN QUERY PLAN ${sql}`).all(...(params as [number])) as { detail: string }[];
      captured.push({ sql, plan: plan.map((row) => row.detail) });
    }
    return prepare.call(this, sql);
  } as typeof prepare;
});

afterAll(async () => {
  BetterSqlite3.prototype.prepare = prepare;
  await node.close();
  await backend.cleanup();
});

async function planOf(query: Parameters<Node['reader']['page']>[2]): Promise<string[]> {
  captured.length = 0;
  await node.reader.page(systemContext('DZA'), collection, query);
  expect(captured.length).toBeGreaterThan(0);
  return captured.flatMap((c) => c.plan);
}

const scansCollection = (plan: string[]) => plan.some((step) => /^SCAN co\b/.test(step) || /SEARCH co USING .*\(collection_ordinal=\?\)$/.test(step));

it('pages by date_added on the primary key', async () => {
  const plan = await planOf({ addedAfter: '2020-01-01T00:00:00Z', limit: 100 });
  expect(plan.join('\n')).toMatch(/SEARCH co USING PRIMARY KEY \(collection_ordinal=\? AND added_us>\?\)/);
});

it('filters one type on the type index, in date_added order', async () => {
  const plan = await planOf({ types: ['tool'], addedAfter: '2020-01-01T00:00:00Z', limit: 100 });
  expect(plan.join('\n')).toMatch(/co_by_type \(collection_ordinal=\? AND type=\? AND added_us>\?\)/);
  expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
});

it('filters several types with one type-index range each', async () => {
  const plan = await planOf({ types: ['tool', 'indicator'], limit: 100 });
  expect(plan.filter((step) => /co_by_type \(collection_ordinal=\? AND type=\?\)/.test(step))).toHaveLength(2);
  expect(scansCollection(plan)).toBe(false);
});

it('finds objects by id through the id index, never by walking the collection', async () => {
  const plan = await planOf({ ids: [someId] });
  expect(plan.join('\n')).toMatch(/co_by_object \(object_pk=\? AND collection_ordinal=\?\)/);
  expect(scansCollection(plan)).toBe(false);
  // The latest-version check starts from the object's other versions on the id key index
  // and probes their membership; it never walks the collection for them.
  expect(plan.join('\n')).toMatch(/SEARCH o2 USING INDEX objects_by_key \(id_key=\?\)/);
  expect(plan.join('\n')).toMatch(/SEARCH c2 (EXISTS )?USING COVERING INDEX co_by_object \(object_pk=\? AND collection_ordinal=\?\)/);
});

it('checks for later versions through the id key index on a type-filtered page too', async () => {
  const plan = await planOf({ types: ['tool'], addedAfter: '2020-01-01T00:00:00Z', limit: 100 });
  expect(plan.join('\n')).toMatch(/SEARCH o2 USING INDEX objects_by_key \(id_key=\?\)/);
  expect(plan.some((step) => /SEARCH c2 .*\(collection_ordinal=\?\)$/.test(step))).toBe(false);
});
