/**
 * Backing a serving node up and restoring it elsewhere: nothing acknowledged is missing from
 * the copy, the copy is private, and every way the operator can get it wrong is refused
 * without touching what exists.
 */
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { identity, threatActor } from '../factories/stix.js';
import { hoggar, startHoggar, stop } from '../helpers/cli.js';

const TAXII = 'application/taxii+json;version=2.1';
const dir = mkdtempSync(join(tmpdir(), 'hoggar-backup-'));
const data = join(dir, 'node');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The node's objects as export prints them, in a stable order. */
function exported(dataDir: string): string[] {
  const result = hoggar(['export', '--data', dataDir]);
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout).objects as { id: string }[]).map((o) => JSON.stringify(o)).sort();
}

const mode = (file: string) => statSync(file).mode & 0o777;

describe('hoggar backup and restore', () => {
  it('copies a serving node with every acknowledged write, and the copy restores into a working node', async () => {
    const init = JSON.parse(hoggar(['init', '--data', data, '--member', 'NER', '--json']).stdout);
    hoggar(['users', 'add', 'analyst', '--member', 'NER', '--data', data, '--password-stdin'], 'a-long-password\n');
    const running = await startHoggar(['serve', '--data', data, '--port', '0'], /listening on (http:\/\/\S+)/);
    const out = join(dir, 'node.backup');
    try {
      // Written through the server, so they sit in its write-ahead log when the backup runs.
      const objects = [...Array.from({ length: 30 }, () => identity()), threatActor({ name: 'كتيبة الاختبار' })];
      const posted = await fetch(`${running.match[1]}/taxii2/root/collections/${init.collectionId}/objects/`, {
        method: 'POST', body: JSON.stringify({ objects }),
        headers: { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${init.admin.token}` },
      });
      expect((await posted.json()).success_count).toBe(objects.length);
      // SQLite gives the log the database's own private mode.
      expect(mode(join(data, 'hoggar.db-wal'))).toBe(0o600);
      const backup = hoggar(['backup', '--data', data, '--out', out, '--json']);
      expect(backup.status, backup.stderr).toBe(0);
      const summary = JSON.parse(backup.stdout);
      expect(summary).toMatchObject({ file: out, node: { id: init.settings.nodeId, member: 'NER' }, users: 2 });
      expect(summary.bytes).toBe(statSync(out).size);
      expect(mode(out)).toBe(0o600);
      // No log beside the copy: it is one self-contained file.
      expect(readdirSync(dir).filter((name) => name.startsWith('node.backup'))).toEqual(['node.backup']);
    } finally {
      await stop(running.child);
    }

    const restoredDir = join(dir, 'restored');
    const restored = hoggar(['restore', out, '--data', restoredDir, '--json']);
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout).objects).toBe(JSON.parse(hoggar(['backup', '--data', data, '--out', join(dir, 'second.backup'), '--json']).stdout).objects);
    expect(mode(join(restoredDir, 'hoggar.db'))).toBe(0o600);
    expect(mode(restoredDir)).toBe(0o700);
    expect(exported(restoredDir)).toEqual(exported(data));
    expect(exported(restoredDir).some((text) => text.includes('كتيبة الاختبار'))).toBe(true);
    const users = JSON.parse(hoggar(['users', 'list', '--data', restoredDir, '--json']).stdout) as { name: string }[];
    expect(users.map((u) => u.name).sort()).toEqual(['admin', 'analyst']);
    // The restored node serves, and the original admin token still opens it. Made readable by
    // others by hand, it says so at start.
    chmodSync(join(restoredDir, 'hoggar.db'), 0o640);
    const again = await startHoggar(['serve', '--data', restoredDir, '--port', '0'], /listening on (http:\/\/\S+)/);
    try {
      const db = join(restoredDir, 'hoggar.db');
      expect(again.output()).toContain(`warning: ${db} is open to other accounts of this machine (mode 640): chmod 600 ${db}`);
      expect(again.output()).not.toContain(`warning: ${restoredDir} `);
      const discovery = await fetch(`${again.match[1]}/taxii2/`, { headers: { Accept: TAXII, Authorization: `Bearer ${init.admin.token}` } });
      expect(discovery.status).toBe(200);
    } finally {
      await stop(again.child);
    }
  }, 120_000);

  it('refuses each mistake precisely, leaving what exists untouched and no partial file behind', () => {
    const expectRefusal = (args: string[], message: string) => {
      const result = hoggar(args);
      expect([result.status, result.stderr.trim()], args.join(' ')).toEqual([2, `error: ${message} (bad_request)`]);
    };
    const existing = join(dir, 'existing.backup');
    writeFileSync(existing, 'keep me');
    expectRefusal(['backup', '--data', data, '--out', existing], `${existing} already exists; a backup never overwrites a file, so name another`);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expectRefusal(['backup', '--data', join(dir, 'empty'), '--out', join(dir, 'x.backup')], `there is no node in ${join(dir, 'empty')}: hoggar.db is missing (create one with hoggar init)`);
    expectRefusal(['backup', '--data', data, '--out', join(dir, 'absent', 'x.backup')], `cannot write ${join(dir, 'absent', 'x.backup')}: its directory does not exist`);
    expectRefusal(['backup', '--database-url', 'postgres://127.0.0.1/test', '--out', join(dir, 'pg.backup')], 'hoggar backup copies the embedded SQLite store; back a PostgreSQL store up with pg_dump (see the README)');

    const before = exported(data);
    expectRefusal(['restore', join(dir, 'node.backup'), '--data', data], `${data} already holds a node (hoggar.db); restore into a new or empty data directory`);
    expect(exported(data)).toEqual(before);
    expectRefusal(['restore', join(data, 'hoggar.db'), '--data', join(dir, 'r1')], `${join(data, 'hoggar.db')} is a live node database, not a backup (its recent commits may be in its log): make a backup of it with hoggar backup`);
    const truncated = join(dir, 'truncated.backup');
    writeFileSync(truncated, readFileSync(join(dir, 'node.backup')).subarray(0, 5000));
    expectRefusal(['restore', truncated, '--data', join(dir, 'r2')], `${truncated} cannot be read as a Hoggar database: database disk image is malformed`);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all');
    expectRefusal(['restore', text, '--data', join(dir, 'r3')], `${text} cannot be read as a Hoggar database: file is not a database`);
    const foreign = join(dir, 'foreign.db');
    new BetterSqlite3(foreign).exec('CREATE TABLE t (x)');
    expectRefusal(['restore', foreign, '--data', join(dir, 'r4')], `${foreign} is a SQLite database but not a Hoggar node's`);
    expectRefusal(['restore', join(dir, 'absent.backup'), '--data', join(dir, 'r5')], `${join(dir, 'absent.backup')} is not a file`);
    // A backup changed after it was written: a trigger that would release every stored object
    // to every member, or an index rebuilt differently, is found before anything is restored.
    const tampered = join(dir, 'tampered.backup');
    copyFileSync(join(dir, 'node.backup'), tampered);
    const db = new BetterSqlite3(tampered);
    db.exec(`CREATE TRIGGER release_all AFTER INSERT ON objects BEGIN UPDATE objects SET read_scope = '*' WHERE pk = new.pk; END;
      DROP INDEX co_by_type; CREATE INDEX co_by_type ON collection_objects (type)`);
    db.close();
    const version = JSON.parse(hoggar(['backup', '--data', data, '--out', join(dir, 'version.backup'), '--json']).stdout).schemaVersion;
    expectRefusal(['restore', tampered, '--data', join(dir, 'r6')], `${tampered} does not hold the schema Hoggar writes at version ${version} (trigger release_all added, index co_by_type altered): it was changed after it was written, so it is not restored`);
    // Refused restores create nothing; failed backups leave no partial file.
    expect(readdirSync(dir).filter((name) => /^r\d+$|partial/.test(name))).toEqual([]);
  }, 120_000);

  it('refuses a database written by a newer Hoggar, in restore and in every command', () => {
    const future = join(dir, 'future.backup');
    expect(hoggar(['backup', '--data', data, '--out', future]).status).toBe(0);
    const db = new BetterSqlite3(future);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'from a later version', new Date().toISOString());
    db.close();
    const restore = hoggar(['restore', future, '--data', join(dir, 'future-node')]);
    expect(restore.status).toBe(2);
    expect(restore.stderr).toMatch(/has schema version 999, newer than this Hoggar knows \(\d+\): restore it with the version that wrote it/);

    const futureNode = join(dir, 'future-live');
    expect(hoggar(['init', '--data', futureNode]).status).toBe(0);
    const live = new BetterSqlite3(join(futureNode, 'hoggar.db'));
    live.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'from a later version', new Date().toISOString());
    live.close();
    const list = hoggar(['users', 'list', '--data', futureNode]);
    expect(list.status).toBe(2);
    expect(list.stderr).toMatch(/this database has schema version 999, which this Hoggar does not know \(it knows up to \d+\): it was written by a newer version, so run that version/);
  }, 120_000);
});
