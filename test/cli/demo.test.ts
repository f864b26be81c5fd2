/**
 * The README's first command ends in `hoggar demo`: a node with the project's demo data,
 * printing a URL and admin credentials that work. Run it twice: the second start reuses
 * the data, adds nothing, and issues new credentials.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startHoggar, stop } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READY = /URL:\s+(\S+)[\s\S]*admin password: (\S+)[\s\S]*admin token:\s+(\S+)/;

async function holdings(url: string, token: string) {
  const get = async (type: string) => (await (await fetch(`${url}/api/objects?type=${type}&limit=1000`, { headers: { Authorization: `Bearer ${token}` } })).json() as { items: { object: { labels?: string[]; object_refs?: string[] } }[] }).items;
  return { reports: await get('report'), incidents: await get('incident') };
}

it('starts a node with its synthetic demo data and working credentials, and restarts without duplicating it', async () => {
  const first = await startHoggar(['demo', '--data', dir, '--port', '0'], READY);
  const [, url, password, token] = first.match;
  try {
    expect(first.output()).toMatch(/demo data loaded: 98 synthetic events and 6 synthetic reports \(\d+ objects, 0 refused\)/);
    const { reports, incidents } = await holdings(url!, token!);
    expect(reports).toHaveLength(6);
    expect(reports.every((r) => r.object.labels?.includes('synthetic'))).toBe(true);
    expect(incidents).toHaveLength(98);
    // The reports are about different places: one every report names would be boilerplate read
    // as a place (their footers once named the project, Hoggar, which is also the mountains).
    const placesOf = (r: (typeof reports)[number]) => new Set((r.object.object_refs ?? []).filter((ref) => ref.startsWith('location--')));
    const inEvery = [...placesOf(reports[0]!)].filter((ref) => reports.every((r) => placesOf(r).has(ref)));
    expect(inEvery).toEqual([]);
    const basic = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
    expect((await fetch(`${url}/taxii2/`, { headers: { Authorization: basic, Accept: 'application/taxii+json;version=2.1' } })).status).toBe(200);
  } finally {
    await stop(first.child);
  }

  const second = await startHoggar(['demo', '--data', dir, '--port', '0'], READY);
  const [, url2, password2, token2] = second.match;
  try {
    expect(second.output()).not.toMatch(/demo data loaded/);
    expect(password2).not.toBe(password);
    const { reports, incidents } = await holdings(url2!, token2!);
    expect([reports.length, incidents.length]).toEqual([6, 98]);
    expect((await fetch(`${url2}/api/me`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  } finally {
    await stop(second.child);
  }
});
