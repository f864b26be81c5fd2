import { mkdirSync, statSync } from 'node:fs';
import { badRequest } from '../errors.js';
import { join } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { requireNodeDatabase } from './sqlite/schema-check.js';
import type { Store } from './store.js';

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** The SQLite file inside a node's data directory. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'hoggar.db');
}

/**
 * The parts of a SQLite node that other accounts of the machine may read or enter, each with
 * the command that closes it. Hoggar creates them private, but a directory or file made
 * elsewhere (a copy, a restore by hand) keeps the mode it was given.
 */
export function exposedStoreParts(dataDir: string): string[] {
  const parts: [string, number][] = [[dataDir, 0o700], [sqliteFile(dataDir), 0o600]];
  return parts.flatMap(([path, wanted]) => {
    const mode = statSync(path, { throwIfNoEntry: false })?.mode;
    if (mode === undefined || (mode & 0o077) === 0) return [];
    return [`${path} is open to other accounts of this machine (mode ${(mode & 0o777).toString(8)}): chmod ${wanted.toString(8)} ${path}`];
  });
}

/**
 * Opens the store a node is configured for. Only `create` (init, demo) makes a SQLite store
 * where there is none: a mistyped --data must not leave an empty store behind.
 */
export async function openStore(location: StoreLocation, options: { create?: boolean } = {}): Promise<Store> {
  if (location.kind === 'postgres') {
    return openPostgresStore({ url: location.url, ...(location.schema ? { schema: location.schema } : {}) });
  }
  if (statSync(location.dataDir, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw badRequest(`the data directory ${location.dataDir} is a file; give a directory`);
  }
  if (!options.create) requireNodeDatabase(sqliteFile(location.dataDir));
  // Private when created here: the store holds password and token hashes and peers' tokens.
  mkdirSync(location.dataDir, { recursive: true, mode: 0o700 });
  return openSqliteStore({ file: sqliteFile(location.dataDir) });
}
