/**
 * A node killed with SIGKILL in the middle of a bulk ingest: after a restart, every object
 * it acknowledged is there, every envelope it did not acknowledge is there whole or not at
 * all, and the database passes SQLite's integrity check. (SIGKILL tests the process, not
 * the disk: the log sync that covers a power cut is what makes an acknowledged write
 * durable there; it is the same code path.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import { identity } from '../factories/stix.js';
import { runCliJson, spawnServe, stopProcess, type ServeProcess } from '../federation/hoggar-cli.js';
import { trackChild } from '../federation/processes.js';

const TAXII = 'application/taxii+json;version=2.1';
const dir = mkdtempSync(join(tmpdir(), 'hoggar-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Sent { readonly ids: readonly string[]; acknowledged: boolean }

async function serve(): Promise<ServeProcess> {
  const server = await spawnServe(['--data', dir, '--port', '0']);
  trackChild(server.child);
  return server;
}

it('keeps every acknowledged object, and each unacknowledged envelope whole or not at all', async () => {
  const init = await runCliJson<{ collectionId: string; admin: { token: string } }>(['init', '--data', dir, '--member', 'DZA', '--name', 'crash', '--json']);
  const headers = { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${init.admin.token}` };
  let server = await serve();
  const objectsUrl = (s: ServeProcess) => `${s.url}${API_ROOT_PATH}collections/${init.collectionId}/objects/`;

  const sent: Sent[] = [];
  let killed = false;
  // Envelopes of 300 objects (read on the envelope worker), four lanes, until the kill.
  const lane = async () => {
    while (!killed) {
      const objects = Array.from({ length: 300 }, (_, i) => identity({ name: `مصدر ${sent.length}-${i}` }));
      const envelope: Sent = { ids: objects.map((o) => o.id), acknowledged: false };
      sent.push(envelope);
      try {
        const res = await fetch(objectsUrl(server), { method: 'POST', headers, body: JSON.stringify({ objects }) });
        const status = await res.json() as { success_count: number };
        envelope.acknowledged = res.status === 202 && status.success_count === objects.length;
      } catch {
        return; // the server is gone
      }
    }
  };
  const lanes = Array.from({ length: 4 }, lane);
  while (sent.filter((s) => s.acknowledged).length < 8) await new Promise((r) => setTimeout(r, 5));
  server.child.kill('SIGKILL');
  killed = true;
  await Promise.all(lanes);
  await new Promise((r) => server.child.exitCode !== null || server.child.signalCode !== null ? r(undefined) : server.child.once('exit', r));

  server = await serve();
  const stored = new Set<string>();
  let next: string | undefined;
  do {
    const res = await fetch(`${objectsUrl(server)}?limit=1000${next ? `&next=${next}` : ''}`, { headers: { Accept: TAXII, Authorization: headers.Authorization } });
    const page = await res.json() as { objects?: { id: string }[]; next?: string };
    for (const o of page.objects ?? []) stored.add(o.id);
    next = page.next;
  } while (next);
  await stopProcess(server.child);

  const acknowledged = sent.filter((s) => s.acknowledged);
  expect(acknowledged.length).toBeGreaterThanOrEqual(8);
  for (const envelope of acknowledged) expect(envelope.ids.filter((id) => !stored.has(id))).toEqual([]);
  for (const envelope of sent.filter((s) => !s.acknowledged)) {
    const present = envelope.ids.filter((id) => stored.has(id)).length;
    expect([0, envelope.ids.length]).toContain(present);
  }
  const db = new BetterSqlite3(join(dir, 'hoggar.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}, 120_000);
