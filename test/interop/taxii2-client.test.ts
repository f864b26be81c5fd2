/**
 * The OASIS reference client, taxii2-client, unmodified, against the real server: every
 * endpoint, filter, pagination, status polling, deletion and error status the issue names
 * (test/interop/taxii2client_check.py drives it). PyPI is out of reach on the build
 * machines, so this runs where the client can be imported: set HOGGAR_TAXII2CLIENT_PYTHON
 * to a Python that has it (and PYTHONPATH if it is not installed), else the suite says why
 * it is skipped.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.js';
import { createTestNode, serve, type TestNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';
import { systemContext } from '../../src/services/context.js';

const PYTHON = process.env.HOGGAR_TAXII2CLIENT_PYTHON ?? 'python3';
const CHECK = join(import.meta.dirname, 'taxii2client_check.py');
const importable = spawnSync(PYTHON, ['-c', 'import taxii2client.v21, requests, pytz'], { encoding: 'utf8' }).status === 0;

// When skipped, the suite's title says why.
const title = importable
  ? `taxii2-client (OASIS reference client) with ${PYTHON}`
  : `taxii2-client (OASIS reference client): skipped, ${PYTHON} cannot import taxii2client (set HOGGAR_TAXII2CLIENT_PYTHON and PYTHONPATH)`;

describe.skipIf(!importable)(title, () => {
  const backend = sqliteBackend();
  let test: TestNode;
  let servers: RunningServer[] = [];
  let other: { user: string; password: string };
  let privateCollection: string;

  beforeAll(async () => {
    test = await createTestNode((await backend.open()).store);
    other = await test.addUser('analyst2', 'MRT');
    privateCollection = await test.node.collections.create(systemContext('DZA'), {
      title: 'admin only', grants: [{ principal: 'user:admin', canRead: true, canWrite: true }],
    });
    // The same node twice: once as configured, once with a 1 KiB body limit for the 413 check.
    servers = [await serve(test.node), await serve(test.node, { maxContentLength: 1024 })];
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    await test.node.close();
    await backend.cleanup();
  });

  it('passes every check: discovery to deletion, filters, pagination and each error status', async () => {
    const { admin } = test.init;
    // Asynchronously: the server answering the client runs in this process.
    const run = await promisify(execFile)(PYTHON, [CHECK, servers[0]!.url, admin.user, admin.password, admin.token,
      other.user, other.password, privateCollection, `${servers[1]!.url}/taxii2/root/`], { encoding: 'utf8', timeout: 120_000 })
      .catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) }));
    const failures = run.stdout.split('\n').filter((line) => line.startsWith('FAIL'));
    expect(failures, run.stderr).toEqual([]);
    expect(run.stdout).toMatch(/^(\d+)\/\1 passed$/m);
  }, 150_000);
});

