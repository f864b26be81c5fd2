/**
 * hoggar check finds what an operator must know about a store without changing it: files
 * open to others, damaged pages, and a schema that is no longer exactly Hoggar's (a trigger
 * that releases everything, say); serve warns of the last at start.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { hoggar, startHoggar, stop } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-check-'));
const data = join(dir, 'node');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hoggar check', () => {
  it('passes a sound store, and names each problem of a changed one', async () => {
    expect(hoggar(['init', '--data', data]).status).toBe(0);
    const clean = hoggar(['check', '--data', data, '--json']);
    expect(clean.status).toBe(0);
    expect((JSON.parse(clean.stdout) as { check: string; ok: boolean }[]).map((f) => [f.check, f.ok])).toEqual([['permissions', true], ['integrity', true], ['schema', true]]);

    const file = join(data, 'hoggar.db');
    chmodSync(file, 0o644);
    const db = new BetterSqlite3(file);
    db.exec(`CREATE TRIGGER release_all AFTER INSERT ON objects BEGIN UPDATE objects SET read_scope = '*' WHERE pk = new.pk; END`);
    db.close();
    const changed = hoggar(['check', '--data', data]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain(`PROBLEM  permissions: ${file} is open to other accounts of this machine (mode 644): chmod 600 ${file}`);
    expect(changed.stdout).toContain('ok       integrity: every page and index is sound');
    expect(changed.stdout).toMatch(/PROBLEM {2}schema: differs from what Hoggar's migrations make at version \d+: trigger release_all added/);

    const running = await startHoggar(['serve', '--data', data, '--port', '0'], /listening on (http:\/\/\S+)/);
    try {
      expect(running.output()).toContain('warning: the store\'s schema differs from what Hoggar makes (trigger release_all added); run hoggar check');
    } finally {
      await stop(running.child);
    }
  }, 120_000);

  it('refuses what it cannot check, precisely', () => {
    const missing = hoggar(['check', '--data', join(dir, 'nothing-here')]);
    expect([missing.status, missing.stderr.trim()]).toEqual([2, `error: there is no node in ${join(dir, 'nothing-here')}: hoggar.db is missing (create one with hoggar init) (bad_request)`]);
    const pg = hoggar(['check', '--database-url', 'postgres://127.0.0.1/test']);
    expect([pg.status, pg.stderr.trim()]).toEqual([2, 'error: hoggar check reads the embedded SQLite store; check PostgreSQL with its own tools (amcheck, pg_dump) (bad_request)']);
  });
});
