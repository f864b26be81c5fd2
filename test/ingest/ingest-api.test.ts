/**
 * Ingestion through the real HTTP server: a document (text, upload or URL) becomes a draft,
 * an analyst corrects and publishes it, and the published objects carry the chosen
 * markings, so other members see exactly what was released to them.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.js';
import type { Node } from '../../src/node/node.js';
import { releasabilityMarking, TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import { basic, createTestNode, serve } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';
import { SHARED_CORPUS } from '../../src/ingest/eval/gold.js';

const CORPUS = resolve(SHARED_CORPUS, 'tamanrasset-summit.ar.txt');
const FRENCH = 'Bamako, le 3 mars 2026. Selon une source sécuritaire, le groupe État islamique au Sahel a attaqué un poste près de Ménaka. Son chef, Abou Walid, dit « le Sahraoui », serait en fuite vers le Niger.';

const backend = sqliteBackend();
let node: Node;
let server: RunningServer;
let pages: Server;
let pagesUrl: string;
let collection: string;
const auth: Record<string, string> = {};

async function api(path: string, init: { method?: string; as?: string; json?: unknown; body?: Buffer | string; type?: string } = {}) {
  const headers: Record<string, string> = { Authorization: auth[init.as ?? 'dza']! };
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  else if (init.type) headers['Content-Type'] = init.type;
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'), headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : init.body !== undefined ? { body: init.body as BodyInit } : {}),
  });
  return { status: res.status, body: await res.json() as any };
}

beforeAll(async () => {
  const { store } = await backend.open();
  const created = await createTestNode(store, 'DZA');
  node = created.node;
  collection = created.init.collectionId;
  for (const [name, member, role] of [['dza', 'DZA', 'analyst'], ['mli', 'MLI', 'analyst'], ['ner', 'NER', 'analyst'], ['peer', 'MLI', 'peer']] as const) {
    const u = await created.addUser(name, member, role);
    auth[name] = basic(u.user, u.password);
  }
  server = await serve(node);
  pages = createServer((req, res) => {
    if (req.url === '/article.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Sahel</title><script>var x = 'AQIM';</script></head><body><nav>menu</nav><article><p>${FRENCH}</p></article></body></html>`);
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(Buffer.alloc(6 * 1024 * 1024, 'a'));
    } else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  pagesUrl = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
});

afterAll(async () => {
  delete process.env.HOGGAR_FETCH_ALLOW;
  await server.close();
  await new Promise((r) => pages.close(r));
  await node.close();
  await backend.cleanup();
});

describe('POST /api/ingest', () => {
  it('turns the Arabic corpus article, uploaded as a file, into a draft with its entities and mentions', async () => {
    const res = await api('/api/ingest?name=tamanrasset.txt', { body: readFileSync(CORPUS), type: 'text/plain' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'draft', language: 'ar', sourceName: 'tamanrasset.txt' });
    const draft = await api(`/api/drafts/${res.body.id}`);
    const objects = draft.body.bundle.objects as StixObject[];
    const names = objects.filter((o) => o.type === 'threat-actor').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Al-Qaeda in the Islamic Maghreb', 'Boko Haram']));
    expect(draft.body.text).toContain('تمنراست');
  });

  it('fetches a URL from a network the operator opened, and refuses one it did not', async () => {
    delete process.env.HOGGAR_FETCH_ALLOW;
    const refused = await api('/api/ingest', { json: { url: `${pagesUrl}/article.html` } });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'address_refused']);
    expect(refused.body.error.message).toContain('127.0.0.1 is a private, local or reserved address');
    process.env.HOGGAR_FETCH_ALLOW = '127.0.0.1';
    const res = await api('/api/ingest', { json: { url: `${pagesUrl}/article.html` } });
    expect(res.status).toBe(201);
    const draft = await api(`/api/drafts/${res.body.id}`);
    expect(draft.body.language).toBe('fr');
    expect(draft.body.text).toContain('Ménaka');
    expect(draft.body.text).not.toContain('menu');
  });

  it('refuses what is not a document, with precise errors', async () => {
    process.env.HOGGAR_FETCH_ALLOW = '127.0.0.1';
    const binary = await api('/api/ingest', { body: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), type: 'application/octet-stream' });
    expect(binary.status).toBe(400);
    expect(binary.body.error.code).toBe('binary_input');
    expect((await api('/api/ingest', { json: {} })).status).toBe(400);
    expect((await api('/api/ingest', { json: { text: 'x', url: 'http://a' } })).status).toBe(400);
    const huge = await api('/api/ingest', { body: Buffer.alloc(6 * 1024 * 1024, 'a'), type: 'text/plain' });
    expect(huge.status).toBe(413);
    const remoteHuge = await api('/api/ingest', { json: { url: `${pagesUrl}/huge` } });
    expect(remoteHuge.status).toBe(413);
    const missing = await api('/api/ingest', { json: { url: `${pagesUrl}/nothing` } });
    expect(missing.status).toBe(502);
    expect((await api('/api/ingest', { json: { text: FRENCH }, as: 'peer' })).status).toBe(403);
  });
});

describe('publishing a draft', () => {
  it('applies corrections and markings, and other members see only what was released to them', async () => {
    const created = await api('/api/ingest', { json: { text: FRENCH, lang: 'fr' } });
    const draft = await api(`/api/drafts/${created.body.id}`);
    const objects = draft.body.bundle.objects as StixObject[];
    const actor = objects.find((o) => o.type === 'threat-actor' && o.created_by_ref === undefined) ?? objects.find((o) => o.type === 'threat-actor')!;
    const location = objects.find((o) => o.type === 'location' && o.created_by_ref === undefined);
    const corrected = { ...actor, description: 'Corrected by the analyst.' };
    const published = await api(`/api/drafts/${created.body.id}/publish`, {
      json: { tlp: 'amber', release_to: ['DZA', 'MLI'], corrections: { replace: [corrected], ...(location ? { remove: [location.id] } : {}) } },
    });
    expect(published.status).toBe(200);
    expect(published.body.failures).toEqual([]);
    const reportId = published.body.reportId as string;
    const rel = releasabilityMarking(['DZA', 'MLI']).id;

    const asMali = await fetch(`${server.url}${API_ROOT_PATH}collections/${collection}/objects/${reportId}/`, { headers: { Authorization: auth.mli!, Accept: 'application/taxii+json;version=2.1' } });
    expect(asMali.status).toBe(200);
    const report = ((await asMali.json()) as { objects: StixObject[] }).objects[0]!;
    expect(report.object_marking_refs).toEqual([TLP2_MARKING_IDS.amber, rel]);
    if (location) expect(report.object_refs).not.toContain(location.id);
    const asNiger = await fetch(`${server.url}${API_ROOT_PATH}collections/${collection}/objects/${reportId}/`, { headers: { Authorization: auth.ner!, Accept: 'application/taxii+json;version=2.1' } });
    expect(asNiger.status).toBe(404);

    const again = await api(`/api/drafts/${created.body.id}/publish`, { json: { tlp: 'green' } });
    expect(again.status).toBe(409);
    expect((await api(`/api/drafts/${created.body.id}`, { as: 'ner' })).status).toBe(404);
  });

  it('lets one of two requests that settle a draft at once go ahead, and tells the other', async () => {
    const twice = await api('/api/ingest', { json: { text: FRENCH, lang: 'fr' } });
    const [green, red] = await Promise.all([
      api(`/api/drafts/${twice.body.id}/publish`, { json: { tlp: 'green' } }),
      api(`/api/drafts/${twice.body.id}/publish`, { json: { tlp: 'red' } }),
    ]);
    expect([green.status, red.status].sort()).toEqual([200, 409]);
    const winner = green.status === 200 ? 'green' : 'red';
    const settled = await api(`/api/drafts/${twice.body.id}`);
    expect(settled.body.state).toBe('published');
    // What the draft records is what was stored: the winner's marking on its report.
    const report = (settled.body.bundle.objects as StixObject[]).find((o) => o.type === 'report')!;
    expect(report.object_marking_refs).toEqual([TLP2_MARKING_IDS[winner]]);

    const raced = await api('/api/ingest', { json: { text: FRENCH, lang: 'fr' } });
    const [published, discarded] = await Promise.all([
      api(`/api/drafts/${raced.body.id}/publish`, { json: { tlp: 'green' } }),
      api(`/api/drafts/${raced.body.id}`, { method: 'DELETE' }),
    ]);
    expect([published.status, discarded.status].filter((s) => s === 409)).toHaveLength(1);
    const state = (await api(`/api/drafts/${raced.body.id}`)).body.state;
    expect(state).toBe(published.status === 200 ? 'published' : 'discarded');
  });

  it('refuses corrections that are not valid STIX or not in the draft', async () => {
    const created = await api('/api/ingest', { json: { text: FRENCH } });
    const bad = await api(`/api/drafts/${created.body.id}/publish`, { json: { tlp: 'green', corrections: { replace: [{ type: 'threat-actor', id: 'threat-actor--00000000-0000-4000-8000-000000000000' }] } } });
    expect(bad.status).toBe(400);
    const unknownTlp = await api(`/api/drafts/${created.body.id}/publish`, { json: { tlp: 'purple' } });
    expect(unknownTlp.status).toBe(400);
  });
});
