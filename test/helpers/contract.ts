import { afterAll, afterEach, describe } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { backends, type Backend } from './stores.js';
import { createTestNode, type TestNode } from './nodes.js';

/**
 * Registers the same tests once per backend (real SQLite file, real PostgreSQL schema).
 * `fresh()` gives a new initialised node; everything opened is closed and removed after.
 */
export type FreshNode = TestNode & { exec(sql: string): Promise<void> };

export function contract(title: string, body: (fresh: (member?: string) => Promise<FreshNode>, backend: Backend['name']) => void): void {
  for (const backend of backends()) {
    describe(`${title} [${backend.name}]`, () => {
      const open: Store[] = [];
      const fresh = async (member = 'DZA') => {
        const { store, exec } = await backend.open();
        open.push(store);
        return { ...(await createTestNode(store, member)), exec };
      };
      afterEach(async () => {
        for (const store of open.splice(0)) await store.close();
      });
      afterAll(() => backend.cleanup());
      body(fresh, backend.name);
    });
  }
}
