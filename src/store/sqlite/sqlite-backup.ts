import { chmodSync, closeSync, copyFileSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { badRequest } from '../../errors.js';
import { fileErrorWords } from '../../util/file-errors.js';
import { expectedSchema, integrityProblems, openReadOnly, readSchema, requireNodeDatabase, schemaDifferences, schemaVersionOf } from './schema-check.js';
import { NEWEST_SQLITE_SCHEMA } from './sqlite-migrations.js';

/** What a backup or a restore wrote, read back from the copy itself. */
export interface SnapshotSummary {
  readonly file: string;
  readonly bytes: number;
  /** The schema version of the copy (its highest applied migration). */
  readonly schemaVersion: number;
  readonly node: { readonly id: string; readonly member: string; readonly name: string };
  /** Stored object versions. */
  readonly objects: number;
  readonly users: number;
}


/**
 * Writes a consistent copy of a node's SQLite database to `outFile` while the node may be
 * serving. `VACUUM INTO` reads one snapshot (WAL readers never block the writer), so the
 * copy holds every commit made before it started and none of a half-done one, and it is
 * compacted into a single file with no log beside it. The copy is private (mode 600, like
 * the database: it holds password and token hashes and peer tokens), checked for integrity,
 * synced, and only then given its name, so a failed backup never leaves a file that looks whole.
 */
export function backupSqlite(databaseFile: string, outFile: string): SnapshotSummary {
  requireNodeDatabase(databaseFile);
  const exists = () => badRequest(`${outFile} already exists; a backup never overwrites a file, so name another`);
  if (statSync(outFile, { throwIfNoEntry: false })) throw exists();
  const partial = createPrivatePartial(outFile);
  try {
    const source = openReadOnly(databaseFile);
    try {
      source.prepare('VACUUM INTO ?').run(partial);
    } catch (error) {
      throw badRequest(`cannot copy ${databaseFile}: ${(error as Error).message}`);
    } finally {
      source.close();
    }
    const summary = inspectSnapshot(partial, { named: outFile, reportedAs: outFile });
    publish(partial, outFile, exists);
    return summary;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Puts a backup in place as the database of `dataDir`. Only into a directory that holds no
 * node: restoring over a live or existing database would lose whatever it holds that the
 * backup does not. What is checked is the copy about to take the database's name: a Hoggar
 * database, undamaged, of a schema this version knows, and exactly that schema, since a file
 * from elsewhere could carry a trigger that changes what the node stores. A refused restore
 * leaves nothing behind. The node migrates the database forward when it next opens it.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<SnapshotSummary> {
  if (!statSync(backupFile, { throwIfNoEntry: false })?.isFile()) throw badRequest(`${backupFile} is not a file`);
  const holdsNode = (name: string) => badRequest(`${dirname(databaseFile)} already holds a node (${name}); restore into a new or empty data directory`);
  for (const existing of [databaseFile, `${databaseFile}-wal`]) {
    if (statSync(existing, { throwIfNoEntry: false })) throw holdsNode(basename(existing));
  }
  // Refused before it is opened: a reader of a WAL database would create its log files beside the copy.
  if (isWalDatabase(backupFile)) {
    throw badRequest(`${backupFile} is a live node database, not a backup (its recent commits may be in its log): make a backup of it with hoggar backup`);
  }
  const createdDir = mkdirSync(dirname(databaseFile), { recursive: true, mode: 0o700 });
  let partial: string | undefined;
  try {
    partial = createPrivatePartial(databaseFile);
    try {
      copyFileSync(backupFile, partial);
      // copyFileSync carries the backup's mode over; the database stays private whatever it was.
      chmodSync(partial, 0o600);
    } catch (error) {
      throw badRequest(`cannot write ${databaseFile}: ${(error as Error).message}`);
    }
    const checked = inspectSnapshot(partial, { named: backupFile, reportedAs: databaseFile });
    const differences = schemaDifferences(readSchema(partial), await expectedSchema(checked.schemaVersion));
    if (differences.length > 0) {
      throw badRequest(`${backupFile} does not hold the schema Hoggar writes at version ${checked.schemaVersion} (${differences.slice(0, 5).join(', ')}): it was changed after it was written, so it is not restored`);
    }
    publish(partial, databaseFile, () => holdsNode(basename(databaseFile)));
    return checked;
  } catch (error) {
    if (partial) rmSync(partial, { force: true });
    if (createdDir) rmSync(createdDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Gives a complete, synced file its final name, never replacing a file that took that name
 * meanwhile: a hard link fails if the name exists, where a rename would overwrite it. Where
 * the file system has no hard links (some network shares), it renames after checking.
 */
function publish(partial: string, target: string, taken: () => Error): void {
  syncFile(partial);
  try {
    linkSync(partial, target);
    rmSync(partial);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw taken();
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(String(code))) throw badRequest(`cannot write ${target}: ${fileErrorWords(error, 'write')}`);
    if (statSync(target, { throwIfNoEntry: false })) throw taken();
    renameSync(partial, target);
  }
  syncFile(dirname(target));
}

/** Whether a file is a SQLite database in WAL mode, read from its header (bytes 18 and 19 are 2). */
function isWalDatabase(file: string): boolean {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1', 0, 16) === 'SQLite format 3\0' && (header[18] === 2 || header[19] === 2);
}

/** Reads a copy back: undamaged, a Hoggar database, and of a schema this version can open. */
function inspectSnapshot(file: string, names: { named: string; reportedAs: string }): SnapshotSummary {
  const { named, reportedAs } = names;
  const db = openReadOnly(file);
  try {
    const problems = integrityProblems(db, named);
    if (problems.length > 0) {
      throw badRequest(`${named} is damaged: ${problems.slice(0, 3).join('; ')}`);
    }
    const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    if (!['schema_migrations', 'meta', 'objects', 'users'].every((t) => tables.has(t))) {
      throw badRequest(`${named} is a SQLite database but not a Hoggar node's`);
    }
    const schemaVersion = schemaVersionOf(db);
    if (schemaVersion > NEWEST_SQLITE_SCHEMA) {
      throw badRequest(`${named} has schema version ${schemaVersion}, newer than this Hoggar knows (${NEWEST_SQLITE_SCHEMA}): restore it with the version that wrote it`);
    }
    const meta = new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all().map((r) => [r.key, r.value]));
    const id = meta.get('node_id');
    if (id === undefined) throw badRequest(`${named} holds no node identity (was its hoggar init interrupted?)`);
    return {
      file: reportedAs,
      bytes: statSync(file).size,
      schemaVersion,
      node: { id, member: meta.get('node_member') ?? '', name: meta.get('node_name') ?? '' },
      objects: Number(db.prepare<[], number>('SELECT count(*) FROM objects').pluck().get()),
      users: Number(db.prepare<[], number>('SELECT count(*) FROM users').pluck().get()),
    };
  } finally {
    db.close();
  }
}

/** An empty, private file beside `target`, under a name no other process is using. */
function createPrivatePartial(target: string): string {
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    closeSync(openSync(partial, 'wx', 0o600));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'EEXIST'
      ? `a partial file of another run is in the way (${partial})` : fileErrorWords(error, 'write');
    throw badRequest(`cannot write ${target}: ${why}`);
  }
  return partial;
}

/** Flushes a file, or a directory's entries, to the disk. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
