import { mkdirSync, statSync } from 'node:fs';
import { badRequest } from '../errors.js';
import { join } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** The SQLite file inside a node's data directory. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'hoggar.db');
}

/** Opens the store a node is configured for. */
export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.kind === 'postgres') {
    return openPostgresStore({ url: location.url, ...(location.schema ? { schema: location.schema } : {}) });
  }
  if (statSync(location.dataDir, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw badRequest(`the data directory ${location.dataDir} is a file; give a directory (it is created if missing)`);
  }
  // Private when created here: the store holds password and token hashes and peers' tokens.
  mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
  return openSqliteStore({ file: sqliteFile(location.dataDir) });
}
