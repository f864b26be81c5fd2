/**
 * The hoggar command as an operator uses it: JSON for scripts, precise errors for bad
 * input, and a STIX bundle that goes out exactly as it came in.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { identity, indicator, threatActor } from '../factories/stix.js';
import { hoggar, REPO, startHoggar, stop } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-cli-'));
const data = join(dir, 'node');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hoggar', () => {
  it('creates a node and prints its credentials once, as JSON', () => {
    const init = hoggar(['init', '--data', data, '--member', 'mli', '--name', 'Bamako', '--json']);
    expect(init.status).toBe(0);
    const result = JSON.parse(init.stdout);
    expect(result.settings).toMatchObject({ member: 'MLI', name: 'Bamako' });
    expect(result.admin.token).toMatch(/^hgr_/);
    // The store holds password and token hashes and peers' tokens: no one else may read it.
    expect(statSync(data).mode & 0o777).toBe(0o700);
    expect(statSync(join(data, 'hoggar.db')).mode & 0o777).toBe(0o600);
    const again = hoggar(['init', '--data', data, '--member', 'MLI']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already holds a node/);
  });

  it('lets only one of several inits started at once create the node, each other one told so', async () => {
    const target = join(dir, 'raced');
    // At once, in separate processes: each migrates the new file and tries to write the identity.
    const runs = await Promise.all(Array.from({ length: 4 }, () => new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'init', '--data', target, '--json'], { cwd: REPO, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }));
    })));
    const created = runs.filter((r) => r.status === 0);
    expect(created).toHaveLength(1);
    for (const refused of runs.filter((r) => r.status !== 0)) {
      expect([refused.status, refused.stderr.trim()]).toEqual([2, 'error: this store already holds a node; it was not changed (conflict)']);
    }
    const admin = JSON.parse(created[0]!.stdout).admin;
    const users = JSON.parse(hoggar(['users', 'list', '--data', target, '--json']).stdout) as { name: string }[];
    expect(users.map((u) => u.name)).toEqual(['admin']);
    // The credentials the one successful init printed are the ones the node holds.
    const running = await startHoggar(['serve', '--data', target, '--port', '0'], /listening on (http:\/\/\S+)/);
    try {
      expect((await fetch(`${running.match[1]}/api/me`, { headers: { Authorization: `Bearer ${admin.token}` } })).status).toBe(200);
    } finally {
      await stop(running.child);
    }
  });

  it('manages users, tokens and collections, refusing bad input precisely', () => {
    const added = hoggar(['users', 'add', 'analyst1', '--member', 'DZA', '--data', data, '--password-stdin', '--json'], 'a-long-password\n');
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ name: 'analyst1', member: 'DZA', role: 'analyst' });
    const badMember = hoggar(['users', 'add', 'x', '--member', 'ZZZ', '--data', data]);
    expect(badMember.status).toBe(2);
    expect(badMember.stderr).toMatch(/unknown member "ZZZ"/);
    const token = JSON.parse(hoggar(['tokens', 'create', 'analyst1', '--data', data, '--json']).stdout);
    expect(token.token).toMatch(/^hgr_/);
    expect(token.expires).toBeNull();
    const monthly = JSON.parse(hoggar(['tokens', 'create', 'analyst1', '--expires-in', '30', '--label', 'laptop', '--data', data, '--json']).stdout);
    const inThirtyDays = Date.now() + 30 * 86_400_000;
    expect(Math.abs(Date.parse(monthly.expires) - inThirtyDays)).toBeLessThan(3_600_000);
    const tokens = JSON.parse(hoggar(['tokens', 'list', 'analyst1', '--data', data, '--json']).stdout) as { id: string; expires: string | null; expired: boolean }[];
    expect(tokens.find((t) => t.id === monthly.id)).toMatchObject({ expires: monthly.expires, expired: false });
    expect(hoggar(['tokens', 'create', 'analyst1', '--expires-in', '0', '--data', data]).status).toBe(2);
    const disabled = hoggar(['users', 'disable', 'analyst1', '--data', data]);
    expect([disabled.status, disabled.stdout]).toEqual([0, 'user analyst1 disabled\n']);
    const listed = (JSON.parse(hoggar(['users', 'list', '--data', data, '--json']).stdout) as { name: string; disabled: string | null }[]);
    expect(listed.find((u) => u.name === 'analyst1')?.disabled).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(listed.find((u) => u.name === 'admin')?.disabled).toBeNull();
    const lastAdmin = hoggar(['users', 'disable', 'admin', '--data', data]);
    expect([lastAdmin.status, lastAdmin.stderr.trim()]).toEqual([2, 'error: admin is the last enabled admin; add or enable another admin first (conflict)']);
    expect(hoggar(['users', 'enable', 'analyst1', '--data', data]).stdout).toBe('user analyst1 enabled\n');
    const unknownToken = hoggar(['tokens', 'revoke', 'no-such-id', '--data', data]);
    expect([unknownToken.status, unknownToken.stderr.trim()]).toEqual([2, 'error: no token with id no-such-id (not_found)']);
    const created = hoggar(['collections', 'add', '--title', 'Border', '--read', 'member:DZA', '--write', 'user:analyst1', '--data', data, '--json']);
    expect(created.status).toBe(0);
    const list = JSON.parse(hoggar(['collections', 'list', '--data', data, '--json']).stdout) as { title: string; grants: unknown[] }[];
    expect(list.find((c) => c.title === 'Border')?.grants).toEqual(expect.arrayContaining([
      { principal: 'member:DZA', canRead: true, canWrite: false }, { principal: 'user:analyst1', canRead: false, canWrite: true },
    ]));
    const badGrant = hoggar(['collections', 'add', '--title', 'x', '--read', 'everyone', '--data', data]);
    expect(badGrant.status).toBe(2);
    expect(badGrant.stderr).toMatch(/invalid grant principal "everyone"/);
    // Each change above is in the audit log, by the account that ran the command.
    const audit = JSON.parse(hoggar(['audit', '--data', data, '--limit', '1000', '--json']).stdout) as { seq: number; actor: string; action: string; target: string }[];
    const byOperator = audit.filter((e) => e.actor.startsWith('operator:'));
    expect(byOperator.map((e) => [e.action, e.target])).toEqual(expect.arrayContaining([
      ['users.add', 'analyst1'], ['tokens.create', 'analyst1'], ['users.disable', 'analyst1'], ['users.enable', 'analyst1'], ['collections.add', JSON.parse(created.stdout).id],
    ]));
    const last = audit.at(-1)!;
    expect(JSON.parse(hoggar(['audit', '--data', data, '--after', String(last.seq - 1), '--json']).stdout)).toEqual([last]);
  });

  it('registers a peer it cannot reach yet, with compressed pushes, and lists it so', () => {
    const added = hoggar(['peers', 'add', 'niamey', '--url', 'http://127.0.0.1:9/taxii2/root/', '--member', 'NER', '--token', 'hgr_x',
      '--collection', 'c-1', '--no-verify', '--compress-push', '--data', data, '--json']);
    expect(added.status, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name: 'niamey', compressPush: true, direction: 'both' });
    const listed = JSON.parse(hoggar(['peers', 'list', '--data', data, '--json']).stdout) as { name: string; compressPush: boolean }[];
    expect(listed.map((p) => [p.name, p.compressPush])).toEqual([['niamey', true]]);
    expect(hoggar(['peers', 'remove', 'niamey', '--data', data]).status).toBe(0);
  });

  it('imports a bundle, reports the refused objects and the advice on stored ones, and exports what it kept byte for byte', () => {
    // An identity class outside the open vocabulary is stored, with a warning.
    const good = [threatActor({ name: 'Katiba X', x_custom_score: 7 }), identity({ identity_class: 'tribe' }), indicator()];
    const bundle = { type: 'bundle', id: 'bundle--6f1c4e35-5a2b-4c3d-8e9f-0a1b2c3d4e5f', objects: [...good, { type: 'indicator', id: 'indicator--nope' }] };
    const file = join(dir, 'in.json');
    writeFileSync(file, JSON.stringify(bundle));
    const imported = hoggar(['import', file, '--data', data, '--json']);
    expect(imported.status).toBe(1);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ total: 4, stored: 3, failed: 1, warned: 1 });
    expect(summary.failures[0]).toMatchObject({ index: 3, id: 'indicator--nope' });
    expect(summary.warnings).toEqual([{ index: 1, id: good[1]!.id, message: expect.stringMatching(/^\$\.identity_class: .*tribe/) }]);
    // The same bundle gzip-compressed is read alike: its objects are already there.
    writeFileSync(`${file}.gz`, gzipSync(JSON.stringify(bundle)));
    expect(JSON.parse(hoggar(['import', `${file}.gz`, '--data', data, '--json']).stdout)).toMatchObject({ total: 4, stored: 0, unchanged: 3, failed: 1 });
    // An export named .gz is written compressed, and imports again as it is.
    const zipped = join(dir, 'out.json.gz');
    expect(hoggar(['export', '--data', data, '--type', 'threat-actor', '--out', zipped]).status).toBe(0);
    expect((JSON.parse(gunzipSync(readFileSync(zipped)).toString('utf8')) as { objects: { id: string }[] }).objects.map((o) => o.id)).toContain(good[0]!.id);
    expect(JSON.parse(hoggar(['import', zipped, '--data', data, '--json']).stdout)).toMatchObject({ failed: 0, stored: 0 });
    const out = join(dir, 'out.json');
    expect(hoggar(['export', '--data', data, '--type', 'threat-actor', 'indicator', '--out', out]).status).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { objects: { id: string }[] };
    for (const object of [good[0]!, good[2]!]) {
      expect(JSON.stringify(exported.objects.find((o) => o.id === object.id))).toBe(JSON.stringify(object));
    }
    const notBundle = join(dir, 'bad.json');
    writeFileSync(notBundle, '{"type":"envelope"}');
    const refused = hoggar(['import', notBundle, '--data', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/STIX bundle/);
    expect(hoggar(['export', '--since', 'yesterday', '--data', data]).stderr).toMatch(/RFC 3339/);
  });

  it('imports entry by entry: a malformed entry fails alone, a broken file stores nothing, stdin works alike', () => {
    const [a, b, c] = [identity({ name: 'a ]} "b" [{' }), identity(), identity()];
    const text = `{"type":"bundle","id":"bundle--9a1c4e35-5a2b-4c3d-8e9f-0a1b2c3d4e5f","objects":[${JSON.stringify(a)},{"type" "identity"},${JSON.stringify(b)}]}`;
    const file = join(dir, 'entries.json');
    writeFileSync(file, text);
    const imported = hoggar(['import', file, '--data', data, '--json']);
    expect(imported.status).toBe(1);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ total: 3, stored: 2, failed: 1 });
    expect(summary.failures).toEqual([{ index: 1, message: expect.stringMatching(/^not valid JSON: /) }]);

    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, `{"type":"bundle","objects":[${JSON.stringify(c)},{"type":"identity"`);
    const refused = hoggar(['import', truncated, '--data', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not valid JSON at byte \d+: the file ends/);
    const piped = hoggar(['import', '-', '--data', data, '--json'], `{"type":"bundle","objects":[${JSON.stringify(c)}]}`);
    expect(JSON.parse(piped.stdout)).toMatchObject({ total: 1, stored: 1 });
    const exported = JSON.parse(hoggar(['export', '--data', data, '--type', 'identity']).stdout) as { objects: { id: string }[] };
    expect(exported.objects.map((o) => o.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(hoggar(['import', '-', '--data', data], ' \n').stderr).toMatch(/the input is empty/);
    // Refusals are counted; the first 10,000 are listed.
    const many = JSON.parse(hoggar(['import', '-', '--data', data, '--json'], `{"type":"bundle","objects":[${Array(10_005).fill('1').join(',')}]}`).stdout);
    expect([many.total, many.failed, many.failures.length, many.failures[9999].index]).toEqual([10_005, 10_005, 10_000, 9999]);
  });

  it('refuses a missing import file, a bad --type and an unwritable --out precisely, leaving no file behind', () => {
    const missing = hoggar(['import', join(dir, 'no-such-bundle.json'), '--data', data]);
    expect([missing.status, missing.stderr.trim()]).toEqual([2, `error: the file ${join(dir, 'no-such-bundle.json')} does not exist (not_found)`]);
    for (const type of ['Bad Type!', 'ab', 'x--y']) {
      const badType = hoggar(['export', '--data', data, '--type', type]);
      expect(badType.status).toBe(2);
      expect(badType.stderr).toContain(`--type takes STIX type names (lowercase letters, digits and single hyphens, 3 to 250 characters), got "${type}"`);
      expect(badType.stdout).toBe('');
    }
    const unwritable = hoggar(['export', '--data', data, '--out', join(dir, 'no-such-dir', 'out.json')]);
    expect([unwritable.status, unwritable.stderr.trim()]).toEqual([2, `error: cannot write ${join(dir, 'no-such-dir', 'out.json')}: its directory does not exist (bad_request)`]);
    // A failed export removes its partial file; the target is never created.
    const target = join(dir, 'never.json');
    const failed = hoggar(['export', '--data', data, '--collection', 'no-such-collection', '--out', target]);
    expect(failed.status).toBe(2);
    expect(readdirSync(dir).filter((name) => name.includes('never'))).toEqual([]);
  });

  it('names what is wrong with a document path, a data directory, a database URL or a listening address', async () => {
    // Exit status 2 for input the operator must correct, 1 for a service that is unavailable.
    const expectError = (args: string[], message: string) => {
      const result = hoggar(args);
      expect([result.status, result.stderr.trim()], args.join(' ')).toEqual([message.endsWith('(unavailable)') ? 1 : 2, `error: ${message}`]);
    };
    expectError(['extract', join(dir, 'absent.txt')], `the file ${join(dir, 'absent.txt')} does not exist (not_found)`);
    expectError(['extract', dir], `${dir} is a directory; give a file, or - for standard input (bad_request)`);
    expectError(['ingest', 'ftp://example.org/report.txt', '--data', data], 'only http and https URLs can be fetched, not ftp: (invalid_url)');
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'not a directory');
    expectError(['export', '--data', file], `the data directory ${file} is a file; give a directory (bad_request)`);
    // A mistyped data directory is refused, and not created, by every command but init and demo.
    for (const args of [['serve'], ['users', 'list'], ['export']]) {
      expectError([...args, '--data', join(dir, 'typo')], `there is no node in ${join(dir, 'typo')}: hoggar.db is missing (create one with hoggar init) (bad_request)`);
    }
    expect(readdirSync(dir)).not.toContain('typo');
    expectError(['export', '--database-url', 'postgres://user:secret@127.0.0.1:1/hoggar'], 'cannot connect to PostgreSQL at 127.0.0.1:1/hoggar: connect ECONNREFUSED 127.0.0.1:1 (unavailable)');
    const running = await startHoggar(['serve', '--data', data, '--port', '0'], /listening on http:\/\/127\.0\.0\.1:(\d+)/);
    try {
      expectError(['serve', '--data', data, '--port', running.match[1]!], `cannot listen on 127.0.0.1:${running.match[1]}: the port is already in use (unavailable)`);
    } finally {
      await stop(running.child);
    }
  });

  it('exits with 2 on a usage error in any command, and 0 for --help', () => {
    for (const args of [['users', 'list', '--bogus'], ['serve', '--port', '99999'], ['audit', '--limit', '0'], ['backup'], ['tokens', 'create']]) {
      const result = hoggar([...args, '--data', data]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^error: /);
    }
    expect(hoggar(['users', 'disable', '--help']).status).toBe(0);
  });

  it('extracts a document without a node, and has --help for every command', () => {
    expect(hoggar(['--help']).stdout).toMatch(/Usage: hoggar/);
    const walk = (command: Command): Command[] => [command, ...command.commands.flatMap(walk)];
    for (const command of walk(buildProgram())) {
      expect(command.helpInformation(), command.name()).toMatch(/^Usage: /);
      expect(command.description(), command.name()).not.toBe('');
    }
    const extracted = hoggar(['extract', '-', '--lang', 'fr', '--json'], 'Selon une source sécuritaire, le groupe Ansar Dine a attaqué Kidal.');
    expect(extracted.status).toBe(0);
    const names = (JSON.parse(extracted.stdout).objects as { type: string; name?: string }[]).filter((o) => o.type !== 'report').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Ansar Dine', 'Kidal']));
  });
});
