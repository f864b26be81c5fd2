/**
 * Hoggar-specific behaviour of the HTTP server that the generic conformance suite does
 * not cover: exact media types for strict clients, access by marking over HTTP,
 * hostile input, the JSON API and its OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.js';
import type { Node } from '../../src/node/node.js';
import { releasabilityMarking, TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import { MAX_ENVELOPE_OBJECTS } from '../../src/taxii/limits.js';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import { identity, report } from '../factories/stix.js';
import { basic, createTestNode, serve } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const TAXII = 'application/taxii+json;version=2.1';
const backend = sqliteBackend();
let node: Node;
let server: RunningServer;
let collection: string;
let admin: string;
const auth: Record<string, string> = {};

async function call(path: string, init: { method?: string; auth?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: TAXII,
      ...(init.auth ? { Authorization: init.auth } : {}),
      ...(init.body !== undefined ? { 'Content-Type': TAXII } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : init.body instanceof Uint8Array ? new Uint8Array(init.body) : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

const objectsPath = () => `${API_ROOT_PATH}collections/${collection}/objects/`;

beforeAll(async () => {
  const { store } = await backend.open();
  const created = await createTestNode(store, 'DZA');
  node = created.node;
  collection = created.init.collectionId;
  admin = `Bearer ${created.init.admin.token}`;
  for (const [name, member, role] of [['dza', 'DZA', 'analyst'], ['mli', 'MLI', 'analyst'], ['mli-node', 'MLI', 'peer'], ['guessed', 'DZA', 'analyst'], ['cached', 'DZA', 'analyst']] as const) {
    const u = await created.addUser(name, member, role);
    auth[name] = basic(u.user, u.password);
  }
  server = await serve(node);
});

afterAll(async () => {
  await server.close();
  await node.close();
  await backend.cleanup();
});

describe('media types', () => {
  it('answers with exactly application/taxii+json;version=2.1, as strict clients compare it token by token', async () => {
    const res = await call(API_ROOT_PATH, { auth: admin });
    expect(res.headers.get('content-type')).toBe(TAXII);
    const err = await call(`${API_ROOT_PATH}collections/nope/`, { auth: admin });
    expect(err.status).toBe(404);
    expect(err.headers.get('content-type')).toBe(TAXII);
  });

  it('accepts a wildcard or versionless Accept, refuses TAXII 2.0', async () => {
    expect((await call(API_ROOT_PATH, { auth: admin, headers: { Accept: '*/*' } })).status).toBe(200);
    expect((await call(API_ROOT_PATH, { auth: admin, headers: { Accept: 'application/taxii+json' } })).status).toBe(200);
    expect((await call(API_ROOT_PATH, { auth: admin, headers: { Accept: 'application/taxii+json;version=2.0' } })).status).toBe(406);
  });

  it('serves a status resource without the trailing slash too (taxii2-client builds it so)', async () => {
    const posted = await call(objectsPath(), { method: 'POST', auth: admin, body: { objects: [identity()] } });
    expect(posted.status).toBe(202);
    const id = posted.json().id;
    const status = await call(`${API_ROOT_PATH}status/${id}`, { auth: admin });
    expect(status.status).toBe(200);
    expect(status.json()).toMatchObject({ id, status: 'complete', success_count: 1, total_count: 1 });
  });
});

describe('access by marking over HTTP', () => {
  it('gives each user and each peer only what is released to its member', async () => {
    const rel = releasabilityMarking(['DZA', 'MLI']);
    const shared = identity({ name: 'shared with Mali', object_marking_refs: [TLP2_MARKING_IDS.amber, rel.id] });
    const home = identity({ name: 'Algeria only', object_marking_refs: [TLP2_MARKING_IDS.amber] });
    const green = identity({ name: 'green, no release list', object_marking_refs: [TLP2_MARKING_IDS.green] });
    const posted = await call(objectsPath(), { method: 'POST', auth: auth.dza!, body: { objects: [rel, shared, home, green] } });
    expect(posted.json().success_count).toBe(4);
    const names = async (who: string) => new Set(((await call(`${objectsPath()}?match[type]=identity`, { auth: auth[who]! })).json().objects ?? [])
      .map((o: { name: string }) => o.name));
    const dza = await names('dza');
    const mli = await names('mli');
    const peer = await names('mli-node');
    expect([dza.has('shared with Mali'), dza.has('Algeria only'), dza.has('green, no release list')]).toEqual([true, true, true]);
    expect([mli.has('shared with Mali'), mli.has('Algeria only'), mli.has('green, no release list')]).toEqual([true, false, true]);
    expect([peer.has('shared with Mali'), peer.has('Algeria only'), peer.has('green, no release list')]).toEqual([true, false, false]);
    const hidden = await call(`${objectsPath()}${home.id}/`, { auth: auth.mli! });
    expect(hidden.status).toBe(404);
  });
});

describe('hostile input', () => {
  it('answers bad JSON, a bundle, and a non-envelope with precise 400s', async () => {
    const bad = await call(objectsPath(), { method: 'POST', auth: admin, body: '{"objects": [' });
    expect(bad.status).toBe(400);
    expect(bad.json().description).toMatch(/not valid JSON/);
    const bundle = await call(objectsPath(), { method: 'POST', auth: admin, body: { type: 'bundle', id: 'bundle--1', objects: [] } });
    expect(bundle.status).toBe(400);
    expect(bundle.json().description).toMatch(/envelope/);
    const list = await call(objectsPath(), { method: 'POST', auth: admin, body: [1, 2] });
    expect(list.status).toBe(400);
    const notList = await call(objectsPath(), { method: 'POST', auth: admin, body: { objects: 'x' } });
    expect(notList.status).toBe(400);
    expect(notList.json().description).toMatch(/objects/);
  });

  it('tells the sender of the validator\'s advice on each object it stored, in the status resource', async () => {
    const advised = identity({ identity_class: 'tribe' });
    const plain = identity();
    const posted = await call(objectsPath(), { method: 'POST', auth: admin, body: { objects: [advised, plain, advised] } });
    expect(posted.status).toBe(202);
    const { successes } = posted.json() as { successes: { id: string; message?: string }[] };
    expect(successes).toEqual([
      { id: advised.id, version: advised.modified, message: expect.stringMatching(/^warnings: \$\.identity_class: .*tribe/) },
      { id: plain.id, version: plain.modified },
      { id: advised.id, version: advised.modified, message: expect.stringMatching(/^duplicate in this envelope; warnings: \$\.identity_class: /) },
    ]);
  });

  it('refuses an envelope that is not UTF-8 instead of storing U+FFFD for its bytes, in the server\'s thread and on the worker', async () => {
    for (const pad of ['', 'x'.repeat(64 * 1024)]) {
      const object = identity({ name: 'Café du Sahel', description: pad });
      // The same text with its é sent as one Latin-1 byte (e9), as a mis-set exporter does.
      const body = Buffer.from(JSON.stringify({ objects: [object] }), 'latin1');
      const posted = await call(objectsPath(), { method: 'POST', auth: admin, body });
      expect([posted.status, posted.json().description]).toEqual([400, expect.stringMatching(/the bytes at offset \d+ \(e9 20 64 75\) are not UTF-8/)]);
      const stored = await call(`${objectsPath()}${object.id}/`, { auth: admin });
      expect(stored.status).toBe(404);
    }
  });

  it('reads a large envelope on the envelope worker: good objects stored, bad ones reported, bad bodies refused alike', async () => {
    const good = Array.from({ length: 400 }, (_, i) => identity({ name: `مصدر ${i}` }));
    const body = { objects: [...good.slice(0, 200), { type: 'identity', id: 'identity--bad' }, ...good.slice(200)] };
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    const posted = await call(objectsPath(), { method: 'POST', auth: admin, body });
    expect(posted.status).toBe(202);
    const status = posted.json();
    expect([status.success_count, status.failure_count]).toEqual([400, 1]);
    expect(status.failures[0].id).toBe('identity--bad');
    const back = await call(`${objectsPath()}?match[id]=${good[399]!.id}`, { auth: admin });
    expect(back.json().objects).toEqual([good[399]]);
    const padding = 'x'.repeat(64 * 1024);
    const badJson = await call(objectsPath(), { method: 'POST', auth: admin, body: `{"objects": [], "pad": "${padding}"` });
    expect([badJson.status, badJson.json().description]).toEqual([400, expect.stringMatching(/not valid JSON/)]);
    const bundle = await call(objectsPath(), { method: 'POST', auth: admin, body: { type: 'bundle', id: 'bundle--1', objects: [], pad: padding } });
    expect([bundle.status, bundle.json().description]).toEqual([400, expect.stringMatching(/not a STIX bundle/)]);
  });

  it('refuses an object nested thousands of levels deep and stores the rest, in the server\'s thread and on the worker', async () => {
    // 5,000 levels overflow a recursive serialiser; the pad sends the second body to the worker.
    for (const pad of ['', 'x'.repeat(64 * 1024)]) {
      const good = identity({ name: 'kept' });
      const deep = `{"type":"identity","spec_version":"2.1","id":"identity--0b5f3cf4-6a7e-4d3a-9f5e-2f1c7d8e9a01","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"deep","x_pad":"${pad}","x_deep":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const posted = await call(objectsPath(), { method: 'POST', auth: admin, body: `{"objects":[${JSON.stringify(good)},${deep}]}` });
      expect(posted.status).toBe(202);
      const status = posted.json();
      expect([status.success_count, status.failure_count]).toEqual([1, 1]);
      expect(status.failures[0].message).toMatch(/\$\.x_deep(\[0\]){100}: .*nested more than 100/);
      expect((await call(`${objectsPath()}?match[id]=${good.id}`, { auth: admin })).json().objects).toEqual([good]);
    }
  });

  it('refuses a number too large for a double rather than serving it back as null', async () => {
    const id = 'identity--5d0b7c8e-1f2a-4b3c-8d4e-6f7a8b9c0d1e';
    const text = `{"objects":[{"type":"identity","spec_version":"2.1","id":"${id}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"n","x_score":1e400}]}`;
    const status = (await call(objectsPath(), { method: 'POST', auth: admin, body: text })).json();
    expect([status.success_count, status.failure_count]).toEqual([0, 1]);
    expect(status.failures[0].message).toMatch(/\$\.x_score: .*too large/);
    expect((await call(`${objectsPath()}${id}/`, { auth: admin })).status).toBe(404);
  });

  it('refuses a filter given with no value instead of widening the query to everything', async () => {
    for (const [param, value] of [['match[type]', ''], ['match[id]', ','], ['match[version]', ' '], ['match[spec_version]', '']] as const) {
      const res = await call(`${objectsPath()}?${param}=${encodeURIComponent(value)}`, { auth: admin });
      expect([res.status, res.json().description], param).toEqual([400, expect.stringContaining(`${param} needs at least one value`)]);
    }
  });

  it('takes match[type] and the JSON API type filter only as STIX type names, by the rule the validator uses', async () => {
    for (const type of ['ab', 'x--y', 'trailing-', 'Indicator']) {
      const res = await call(`${objectsPath()}?match[type]=${encodeURIComponent(type)}`, { auth: admin });
      expect([res.status, res.json().description], type).toEqual([400, expect.stringContaining('match[type] values must be STIX type names')]);
    }
    expect((await call(`${objectsPath()}?match[type]=x-custom-type,indicator`, { auth: admin })).status).toBe(200);
    // The JSON API's type filter takes the same names.
    const api = await fetch(`${server.url}/api/objects?type=report,x--y`, { headers: { Authorization: admin } });
    expect([api.status, ((await api.json()) as { error: { message: string } }).error.message]).toEqual([400, expect.stringContaining('type must be STIX type names')]);
  });

  it('refuses an envelope of more than 100,000 objects with a 413, before it reads any of them', async () => {
    const res = await call(objectsPath(), { method: 'POST', auth: admin, body: `{"objects":[${Array(MAX_ENVELOPE_OBJECTS + 1).fill('1').join(',')}]}` });
    expect([res.status, res.json().description]).toEqual([413, expect.stringContaining(`holds ${MAX_ENVELOPE_OBJECTS + 1} objects; this server takes at most ${MAX_ENVELOPE_OBJECTS}`)]);
  });

  it('locks out a user name after ten wrong passwords with a 429 and Retry-After, whether or not the name exists', async () => {
    for (const name of ['guessed', 'nobody-here']) {
      for (let i = 0; i < 10; i++) {
        expect((await call(API_ROOT_PATH, { auth: basic(name, `wrong-${i}`) })).status, `${name} attempt ${i}`).toBe(401);
      }
      const locked = await call(API_ROOT_PATH, { auth: basic(name, 'wrong-again') });
      expect([locked.status, locked.json().error_code, locked.json().description]).toEqual([429, 'rate_limited', expect.stringMatching(new RegExp(`^too many failed sign-ins for ${name}: try again in \\d+ s, or use an API token$`))]);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Locked out even with the right password; other users and tokens are not affected.
    expect((await call(API_ROOT_PATH, { auth: basic('guessed', 'pw-guessed-secret') })).status).toBe(429);
    expect((await call(API_ROOT_PATH, { auth: auth.dza! })).status).toBe(200);
    expect((await call(API_ROOT_PATH, { auth: admin })).status).toBe(200);
    // A password verified moments ago still gets in while guessers hold its name locked.
    expect((await call(API_ROOT_PATH, { auth: auth.cached! })).status).toBe(200);
    for (let i = 0; i < 10; i++) await call(API_ROOT_PATH, { auth: basic('cached', `guess-${i}`) });
    expect((await call(API_ROOT_PATH, { auth: basic('cached', 'guess-10') })).status).toBe(429);
    expect((await call(API_ROOT_PATH, { auth: auth.cached! })).status).toBe(200);
    // Each lockout is audited once, by the node.
    await node.audit.flush();
    const lockouts = (await node.store.audit.recent(1000, 0)).filter((r) => r.action === 'auth.locked_out');
    expect(lockouts.map((r) => [r.actor, r.target, JSON.parse(r.detail_json!)])).toEqual(['guessed', 'nobody-here', 'cached'].map((name) => ['system@DZA', name, { failures: 10, window_minutes: 15 }]));
  });

  it('checks at most two passwords at once: a flood of sign-ins gets 503 with Retry-After, tokens still pass', async () => {
    const flood = Array.from({ length: 12 }, (_, i) => call(API_ROOT_PATH, { auth: basic(`flood-${i}`, 'guess') }));
    const withToken = await call(API_ROOT_PATH, { auth: admin });
    const answers = await Promise.all(flood);
    expect(withToken.status).toBe(200);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    const busy = answers.find((a) => a.status === 503)!;
    expect([busy.headers.get('retry-after'), busy.json().description]).toEqual(['1', 'too many sign-ins are being checked at once; send this again in a moment, or use an API token']);
  });

  it('never answers 500 to malformed filters, paths or credentials', async () => {
    const probes = [
      `${objectsPath()}?limit=-1`, `${objectsPath()}?limit=abc`, `${objectsPath()}?limit=99999999999`,
      `${objectsPath()}?next=%00%01`, `${objectsPath()}?next=aGVsbG8`, `${objectsPath()}?added_after=yesterday`,
      `${objectsPath()}?match[version]=sometimes`, `${objectsPath()}?match[id]=drop table`, `${objectsPath()}?match[type]=A;B`,
      `${objectsPath()}?added_after=2026-02-30T00:00:00Z`, `${objectsPath()}?limit=1&limit=2`,
      `${API_ROOT_PATH}collections/${'x'.repeat(5000)}/objects/`, `${objectsPath()}not-an-id/`, `${objectsPath()}identity--1/versions/`,
      `${API_ROOT_PATH}status/../../etc/passwd`, `/taxii2/other-root/`, `${objectsPath()}%E0%A4%A/`,
    ];
    for (const path of probes) {
      const res = await call(path, { auth: admin });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.json().description, path).toBeTruthy();
    }
    for (const header of ['Basic !!!', 'Basic ' + Buffer.from('nocolon').toString('base64'), 'Bearer ', 'Digest x', 'Bearer hgr_forged']) {
      expect((await call(API_ROOT_PATH, { auth: header })).status, header).toBe(401);
    }
  });
});

describe('JSON API', () => {
  it('serves an OpenAPI document describing TAXII and the JSON API', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/taxii2/', '/taxii2/root/collections/{collectionId}/objects/', '/api/objects', '/api/objects/{id}', '/api/me',
    ]));
    expect(doc.paths['/taxii2/root/collections/{collectionId}/objects/']).toHaveProperty('post');
  });

  it('lists the member states with their names in three languages and node identities', async () => {
    const { members } = await fetch(`${server.url}/api/members`, { headers: { Authorization: auth.mli! } }).then((r) => r.json()) as { members: { code: string; names: { ar: string; fr: string }; identityId: string }[] };
    const algeria = members.find((m) => m.code === 'DZA')!;
    expect(algeria.names.ar).toBe('الجزائر');
    expect(algeria.names.fr).toBe('Algérie');
    expect(members.map((m) => m.code)).toEqual(expect.arrayContaining(['DZA', 'MLI', 'MRT', 'NER', 'XHQ']));
    expect(new Set(members.map((m) => m.identityId)).size).toBe(members.length);
  });

  it('lists the latest versions a user may see and one object with its history', async () => {
    const a = report([identity()], { name: 'v1', modified: '2026-04-01T00:00:00.000Z', object_marking_refs: [TLP2_MARKING_IDS.green] });
    const b = { ...a, name: 'v2', modified: '2026-04-02T00:00:00.000Z' };
    await call(objectsPath(), { method: 'POST', auth: admin, body: { objects: [a, b] } });
    const list = await fetch(`${server.url}/api/objects?type=report`, { headers: { Authorization: auth.mli! } }).then((r) => r.json());
    expect(list.items.map((i: { object: { name: string } }) => i.object.name)).toEqual(['v2']);
    const one = await fetch(`${server.url}/api/objects/${a.id}`, { headers: { Authorization: auth.mli! } }).then((r) => r.json());
    expect(one.versions.map((v: { object: { name: string } }) => v.object.name)).toEqual(['v1', 'v2']);
    const missing = await fetch(`${server.url}/api/objects/report--00000000-0000-4000-8000-000000000000`, { headers: { Authorization: auth.mli! } });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('shows the audit log to administrators only, with reads and changes in it', async () => {
    const denied = await fetch(`${server.url}/api/audit`, { headers: { Authorization: auth.dza! } });
    expect(denied.status).toBe(403);
    const log = await fetch(`${server.url}/api/audit?limit=1000`, { headers: { Authorization: admin } }).then((r) => r.json());
    const actions = new Set(log.entries.map((e: { action: string }) => e.action));
    expect(actions.has('objects.add')).toBe(true);
    expect(actions.has('objects.read')).toBe(true);
  });
});
