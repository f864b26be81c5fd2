import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendJson, startCraftedServer, type CraftedServer } from './crafted-server.test-helper.js';
import { TaxiiClientError } from './errors.js';
import { TaxiiClient } from './taxii-client.js';
import { resolveApiRootUrl } from './urls.js';

const indicator = (n: number) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  pattern: "[ipv4-addr:value = '198.51.100.1']",
  pattern_type: 'stix',
  valid_from: '2026-01-01T00:00:00Z',
});

const completeStatus = (id: string, total: number) => ({
  id,
  status: 'complete',
  total_count: total,
  success_count: total,
  failure_count: 0,
  pending_count: 0,
});

let server: CraftedServer;
let apiRoot: string;

beforeAll(async () => {
  server = await startCraftedServer();
  apiRoot = `${server.baseUrl}/api1/`;
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe('what the client sends', () => {
  it('asks for TAXII 2.1 with Basic credentials and its user agent', async () => {
    server.handle((_req, res) => sendJson(res, 200, { title: 'root', versions: ['application/taxii+json;version=2.1'], max_content_length: 1000 }));
    const client = new TaxiiClient({ auth: { kind: 'basic', user: 'alice', password: 'pä:ss' }, userAgent: 'test-agent' });
    await client.apiRoot(`${server.baseUrl}/api1`);
    const [request] = server.requests;
    expect(request?.url).toBe('/api1/');
    expect(request?.headers.accept).toBe('application/taxii+json;version=2.1');
    expect(request?.headers['user-agent']).toBe('test-agent');
    const encoded = request?.headers.authorization?.replace(/^Basic /, '') ?? '';
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe('alice:pä:ss');
  });

  it('sends a Bearer token', async () => {
    server.handle((_req, res) => sendJson(res, 200, { collections: [] }));
    await new TaxiiClient({ auth: { kind: 'bearer', token: 'tok-123' } }).collections(apiRoot);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer tok-123');
    expect(server.requests[0]?.url).toBe('/api1/collections/');
  });

  it('posts an envelope with the TAXII Content-Type', async () => {
    server.handle((_req, res) => sendJson(res, 202, completeStatus('s-1', 2)));
    const status = await new TaxiiClient().addObjects(apiRoot, 'c-1', [indicator(1), indicator(2)]);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api1/collections/c-1/objects/');
    expect(request?.headers['content-type']).toBe('application/taxii+json;version=2.1');
    expect(JSON.parse(request?.body ?? '')).toEqual({ objects: [indicator(1), indicator(2)] });
    expect(status.success_count).toBe(2);
  });

  it('posts stored JSON texts spliced into the envelope byte for byte', async () => {
    server.handle((_req, res) => sendJson(res, 202, completeStatus('s-2', 2)));
    const texts = [JSON.stringify(indicator(1)), JSON.stringify({ ...indicator(2), name: 'كتيبة ماسينا 🐪' })];
    const status = await new TaxiiClient().addObjectTexts(apiRoot, 'c-1', texts);
    const [request] = server.requests;
    expect(request?.headers['content-type']).toBe('application/taxii+json;version=2.1');
    expect(request?.body).toBe(`{"objects":[${texts.join(',')}]}`);
    expect(status.success_count).toBe(2);
  });

  it('compresses an envelope with gzip when asked, and only then', async () => {
    server.handle((_req, res) => sendJson(res, 202, completeStatus('s-3', 2)));
    const texts = [JSON.stringify(indicator(1)), JSON.stringify({ ...indicator(2), name: 'كتيبة ماسينا' })];
    await new TaxiiClient().addObjectTexts(apiRoot, 'c-1', texts, { gzip: true });
    await new TaxiiClient().addObjectTexts(apiRoot, 'c-1', texts);
    const [compressed, plain] = server.requests;
    expect(compressed?.headers['content-encoding']).toBe('gzip');
    expect(compressed?.headers['content-type']).toBe('application/taxii+json;version=2.1');
    expect(gunzipSync(compressed!.bytes).toString('utf8')).toBe(`{"objects":[${texts.join(',')}]}`);
    expect(plain?.headers['content-encoding']).toBeUndefined();
    expect(plain?.body).toBe(`{"objects":[${texts.join(',')}]}`);
  });

  it('says a 415 to a compressed envelope may be the compression', async () => {
    server.handle((_req, res) => sendJson(res, 415, { title: 'Unsupported Media Type' }, { 'Content-Type': 'application/taxii+json;version=2.1' }));
    const refused = new TaxiiClient().addObjects(apiRoot, 'c-1', [indicator(1)], { gzip: true });
    await expect(refused).rejects.toThrow(/answered 415: Unsupported Media Type; the request was gzip-compressed, which this server may not accept/);
    await expect(new TaxiiClient().addObjects(apiRoot, 'c-1', [indicator(1)])).rejects.toThrow(/answered 415: Unsupported Media Type$/);
  });

  it('writes filters as TAXII spells them and returns the opaque next untouched', async () => {
    const opaque = 'a+b/c==&d%';
    server.handle((_req, res) => sendJson(res, 200, { more: true, next: opaque, objects: [indicator(1)] }));
    const page = await new TaxiiClient().getObjects(apiRoot, 'c 1', {
      addedAfter: '2026-01-01T00:00:00.123456Z',
      limit: 10,
      type: ['indicator', 'threat-actor'],
      id: ['indicator--1'],
      version: ['first', 'last'],
      specVersion: ['2.1'],
      next: 'previous/token+1',
    });
    const url = new URL(server.requests[0]?.url ?? '', server.baseUrl);
    expect(url.pathname).toBe('/api1/collections/c%201/objects/');
    expect(server.requests[0]?.url).toContain('match[type]=indicator,threat-actor');
    expect(url.searchParams.get('added_after')).toBe('2026-01-01T00:00:00.123456Z');
    expect(url.searchParams.get('limit')).toBe('10');
    expect(url.searchParams.get('match[id]')).toBe('indicator--1');
    expect(url.searchParams.get('match[version]')).toBe('first,last');
    expect(url.searchParams.get('match[spec_version]')).toBe('2.1');
    expect(url.searchParams.get('next')).toBe('previous/token+1');
    expect(page.next).toBe(opaque);
    expect(page.more).toBe(true);
  });

  it('refuses filters an endpoint does not define and nonsense limits before sending', async () => {
    const client = new TaxiiClient();
    await expect(client.getVersions(apiRoot, 'c', 'indicator--1', { type: ['indicator'] })).rejects.toThrow(RangeError);
    await expect(client.getObjects(apiRoot, 'c', { limit: 0 })).rejects.toThrow(RangeError);
    await expect(client.getObjects(apiRoot, 'c', { id: ['a,b'] })).rejects.toThrow(RangeError);
    await expect(client.discovery('ftp://example.org/taxii2/')).rejects.toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });

  it('deletes with only version filters and ignores the body', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('deleted');
    });
    await new TaxiiClient().deleteObject(apiRoot, 'c', 'indicator--1', { version: ['all'] });
    expect(server.requests[0]?.method).toBe('DELETE');
    expect(server.requests[0]?.url).toBe('/api1/collections/c/objects/indicator--1/?match[version]=all');
  });
});

describe('what the client reads', () => {
  it('reads discovery and resolves relative api roots', async () => {
    server.handle((_req, res) => sendJson(res, 200, { title: 'T', api_roots: ['/api1/', 'https://other.example/root'], default: '/api1/', x_custom: 1 }));
    const discovery = await new TaxiiClient().discovery(`${server.baseUrl}/taxii2/`);
    expect(discovery.x_custom).toBe(1);
    expect(discovery.api_roots?.map((root) => resolveApiRootUrl(`${server.baseUrl}/taxii2/`, root))).toEqual([
      `${server.baseUrl}/api1/`,
      'https://other.example/root/',
    ]);
  });

  it('returns the page with the date-added headers and tolerates an absent objects list', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, {}, { 'X-TAXII-Date-Added-First': '2026-01-01T00:00:00.000001Z', 'X-TAXII-Date-Added-Last': 'yesterday' }),
    );
    const page = await new TaxiiClient().getObjects(apiRoot, 'c');
    expect(page.items).toEqual([]);
    expect(page.more).toBe(false);
    expect(page.dateAddedFirst).toBe('2026-01-01T00:00:00.000001Z');
    // A header that is not a timestamp is not trusted as a cursor.
    expect(page.dateAddedLast).toBeUndefined();
  });

  it('reads manifests, versions and one collection', async () => {
    const client = new TaxiiClient();
    server.handle((_req, res) =>
      sendJson(res, 200, { objects: [{ id: 'indicator--1', date_added: '2026-01-01T00:00:00.000001Z', version: '2026-01-01T00:00:00.000Z', media_type: 'application/stix+json;version=2.1' }] }),
    );
    expect((await client.getManifest(apiRoot, 'c', { type: ['indicator'] })).items[0]?.id).toBe('indicator--1');
    server.handle((_req, res) => sendJson(res, 200, { versions: ['2026-01-01T00:00:00.000Z'] }));
    expect((await client.getVersions(apiRoot, 'c', 'indicator--1')).items).toEqual(['2026-01-01T00:00:00.000Z']);
    expect(server.requests.at(-1)?.url).toBe('/api1/collections/c/objects/indicator--1/versions/');
    server.handle((_req, res) => sendJson(res, 200, { id: 'c', title: 'C', can_read: true, can_write: false }));
    expect((await client.collection(apiRoot, 'c')).can_write).toBe(false);
  });

  it('rejects a collection resource that describes another collection', async () => {
    server.handle((_req, res) => sendJson(res, 200, { id: 'other', title: 'C', can_read: true, can_write: true }));
    await expect(new TaxiiClient().collection(apiRoot, 'c')).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('pages()', () => {
  it('follows next until the server says there is no more', async () => {
    server.handle((req, res) => {
      const next = new URL(req.url, server.baseUrl).searchParams.get('next');
      if (next === null) return sendJson(res, 200, { more: true, next: 'p2', objects: [indicator(1), indicator(2)] });
      if (next === 'p2') return sendJson(res, 200, { more: true, next: 'p3', objects: [indicator(3)] });
      return sendJson(res, 200, { more: false, objects: [indicator(4)] });
    });
    const ids: string[] = [];
    for await (const page of new TaxiiClient().pages(apiRoot, 'c', { limit: 2, type: ['indicator'] })) {
      ids.push(...page.items.map((o) => o.id));
    }
    expect(ids).toEqual([1, 2, 3, 4].map((n) => indicator(n).id));
    // Filters travel with every page.
    expect(server.requests.every((r) => r.url.includes('match[type]=indicator') && r.url.includes('limit=2'))).toBe(true);
  });

  it('falls back to added_after from X-TAXII-Date-Added-Last when there is no next', async () => {
    server.handle((req, res) => {
      const after = new URL(req.url, server.baseUrl).searchParams.get('added_after');
      if (after === null) {
        return sendJson(res, 200, { more: true, objects: [indicator(1)] }, { 'X-TAXII-Date-Added-Last': '2026-01-01T00:00:01.000000Z' });
      }
      return sendJson(res, 200, { more: false, objects: [indicator(2)] });
    });
    const pages = [];
    for await (const page of new TaxiiClient().pages(apiRoot, 'c')) pages.push(page);
    expect(pages).toHaveLength(2);
    expect(new URL(server.requests[1]?.url ?? '', server.baseUrl).searchParams.get('added_after')).toBe('2026-01-01T00:00:01.000000Z');
  });

  it('stops a server that repeats its next token instead of looping', async () => {
    server.handle((_req, res) => sendJson(res, 200, { more: true, next: 'same', objects: [indicator(1)] }));
    const walk = async () => {
      for await (const _page of new TaxiiClient().pages(apiRoot, 'c')) {
        // consume
      }
    };
    await expect(walk()).rejects.toMatchObject({ code: 'invalid_response' });
    expect(server.requests.length).toBe(2);
  });

  it('stops when more is announced with no way to continue', async () => {
    server.handle((_req, res) => sendJson(res, 200, { more: true, objects: [] }));
    const walk = async () => {
      for await (const _page of new TaxiiClient().pages(apiRoot, 'c')) {
        // consume
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(TaxiiClientError);
  });
});

describe('waitForStatus()', () => {
  it('polls until the status is complete', async () => {
    let polls = 0;
    server.handle((_req, res) => {
      polls += 1;
      if (polls < 3) {
        return sendJson(res, 200, { id: 's-9', status: 'pending', total_count: 1, success_count: 0, failure_count: 0, pending_count: 1, pendings: [{ id: 'indicator--1', version: '2026-01-01T00:00:00.000Z' }] });
      }
      return sendJson(res, 200, completeStatus('s-9', 1));
    });
    const status = await new TaxiiClient().waitForStatus(apiRoot, 's-9', { pollMs: 5, timeoutMs: 2_000 });
    expect(status.status).toBe('complete');
    expect(polls).toBe(3);
    expect(server.requests[0]?.url).toBe('/api1/status/s-9/');
  });

  it('gives up with a timeout while the status stays pending', async () => {
    server.handle((_req, res) => sendJson(res, 200, { id: 's-8', status: 'pending', total_count: 1, success_count: 0, failure_count: 0, pending_count: 1 }));
    await expect(new TaxiiClient().waitForStatus(apiRoot, 's-8', { pollMs: 10, timeoutMs: 50 })).rejects.toMatchObject({ code: 'timeout' });
  });
});
