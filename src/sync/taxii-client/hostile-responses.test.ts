import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startCraftedServer, type CraftedServer } from './crafted-server.test-helper.js';
import { MAX_ENVELOPE_OBJECTS } from '../../taxii/limits.js';
import { TaxiiClientError } from './errors.js';
import { TaxiiClient } from './taxii-client.js';

let server: CraftedServer;
let apiRoot: string;

beforeAll(async () => {
  server = await startCraftedServer();
  apiRoot = `${server.baseUrl}/api1/`;
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<TaxiiClientError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TaxiiClientError);
    return error as TaxiiClientError;
  }
  throw new Error('expected the call to fail');
}

describe('error statuses', () => {
  const cases = [
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [404, 'Not Found'],
    [406, 'Not Acceptable'],
    [413, 'Payload Too Large'],
    [415, 'Unsupported Media Type'],
  ] as const;
  for (const [status, title] of cases) {
    it(`turns ${status} with a TAXII error body into http_status with taxiiError`, async () => {
      server.handle((_req, res) =>
        sendJson(res, status, { title, description: `because ${status}`, http_status: String(status), error_id: `e-${status}` }),
      );
      const error = await failure(new TaxiiClient().getObjects(apiRoot, 'c'));
      expect(error.code).toBe('http_status');
      expect(error.status).toBe(status);
      expect(error.taxiiError).toMatchObject({ title, description: `because ${status}`, http_status: String(status), error_id: `e-${status}` });
      expect(error.message).toContain(title);
    });
  }

  it('accepts an error body in plain application/json and a numeric http_status', async () => {
    server.handle((_req, res) => sendJson(res, 404, { title: 'gone', http_status: 404 }, { 'Content-Type': 'application/json' }));
    const error = await failure(new TaxiiClient().collection(apiRoot, 'c'));
    expect(error.taxiiError?.http_status).toBe('404');
  });

  it('keeps the status when the error body is not a TAXII error message', async () => {
    server.handle((_req, res) => sendJson(res, 500, '<html>oops</html>'));
    const error = await failure(new TaxiiClient().collections(apiRoot));
    expect(error).toMatchObject({ code: 'http_status', status: 500 });
    expect(error.taxiiError).toBeUndefined();
  });

  it('keeps the status when the error body is not JSON at all', async () => {
    server.handle((_req, res) => {
      res.writeHead(403, { 'Content-Type': 'text/html' });
      res.end('<h1>Forbidden</h1>');
    });
    const error = await failure(new TaxiiClient().apiRoot(apiRoot));
    expect(error).toMatchObject({ code: 'http_status', status: 403 });
    expect(error.taxiiError).toBeUndefined();
  });

  it('reports a redirect rather than following it with our credentials', async () => {
    server.handle((_req, res) => {
      res.writeHead(302, { Location: 'http://attacker.invalid/' });
      res.end();
    });
    const error = await failure(new TaxiiClient({ auth: { kind: 'bearer', token: 't' } }).apiRoot(apiRoot));
    expect(error).toMatchObject({ code: 'http_status', status: 302 });
  });
});

describe('answers that are not TAXII', () => {
  it('rejects a wrong content type', async () => {
    server.handle((_req, res) => sendJson(res, 200, { title: 'x', versions: ['v'], max_content_length: 1 }, { 'Content-Type': 'application/json' }));
    expect((await failure(new TaxiiClient().apiRoot(apiRoot))).code).toBe('not_taxii');
  });

  it('rejects TAXII of another version and a missing content type', async () => {
    server.handle((_req, res) => sendJson(res, 200, {}, { 'Content-Type': 'application/taxii+json;version=2.0' }));
    expect((await failure(new TaxiiClient().getObjects(apiRoot, 'c'))).code).toBe('not_taxii');
    server.handle((_req, res) => {
      res.writeHead(200);
      res.end('{}');
    });
    expect((await failure(new TaxiiClient().getObjects(apiRoot, 'c'))).code).toBe('not_taxii');
  });

  it('accepts the TAXII type with spacing and quoting variations', async () => {
    server.handle((_req, res) => sendJson(res, 200, { collections: [] }, { 'Content-Type': 'Application/TAXII+JSON ; Version="2.1"' }));
    await expect(new TaxiiClient().collections(apiRoot)).resolves.toEqual([]);
  });

  it('rejects a body that is not JSON, or not UTF-8', async () => {
    server.handle((_req, res) => sendJson(res, 200, '{"objects": [ {"type": "indicator",'));
    expect((await failure(new TaxiiClient().getObjects(apiRoot, 'c'))).code).toBe('invalid_response');
    server.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/taxii+json;version=2.1' });
      res.end(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    });
    expect((await failure(new TaxiiClient().getObjects(apiRoot, 'c'))).code).toBe('invalid_response');
  });

  const shapes: ReadonlyArray<readonly [string, (c: TaxiiClient) => Promise<unknown>, unknown]> = [
    ['discovery without title', (c) => c.discovery(`${apiRoot}taxii2/`), { api_roots: [] }],
    ['api root with versions not a list', (c) => c.apiRoot(apiRoot), { title: 't', versions: 'v', max_content_length: 1 }],
    ['api root with negative max_content_length', (c) => c.apiRoot(apiRoot), { title: 't', versions: ['v'], max_content_length: -1 }],
    ['collections that is an array', (c) => c.collections(apiRoot), [{ id: 'c' }]],
    ['collection without can_write', (c) => c.collections(apiRoot), { collections: [{ id: 'c', title: 't', can_read: true }] }],
    ['envelope with more as a string', (c) => c.getObjects(apiRoot, 'c'), { more: 'true', objects: [] }],
    ['envelope with an object lacking an id', (c) => c.getObjects(apiRoot, 'c'), { objects: [{ type: 'indicator' }] }],
    ['envelope with a non-object item', (c) => c.getObjects(apiRoot, 'c'), { objects: ['indicator--1'] }],
    ['object with revoked as a string', (c) => c.getObject(apiRoot, 'c', 'x--1'), { objects: [{ type: 'x', id: 'x--1', revoked: 'yes' }] }],
    ['manifest with a bad date_added', (c) => c.getManifest(apiRoot, 'c'), { objects: [{ id: 'a', version: 'v', date_added: 'today' }] }],
    ['versions of numbers', (c) => c.getVersions(apiRoot, 'c', 'x--1'), { versions: [1, 2] }],
    ['status whose counts do not add up', (c) => c.getStatus(apiRoot, 's'), { id: 's', status: 'complete', total_count: 3, success_count: 1, failure_count: 0, pending_count: 0 }],
    ['status whose list disagrees with its count', (c) => c.getStatus(apiRoot, 's'), { id: 's', status: 'complete', total_count: 1, success_count: 0, failure_count: 1, failures: [], pending_count: 0 }],
    ['status of an unknown kind', (c) => c.getStatus(apiRoot, 's'), { id: 's', status: 'done', total_count: 0, success_count: 0, failure_count: 0, pending_count: 0 }],
    ['status for another request', (c) => c.getStatus(apiRoot, 's'), { id: 'other', status: 'complete', total_count: 0, success_count: 0, failure_count: 0, pending_count: 0 }],
    ['JSON null', (c) => c.getObjects(apiRoot, 'c'), null],
  ];
  for (const [name, call, body] of shapes) {
    it(`rejects ${name}`, async () => {
      server.handle((_req, res) => sendJson(res, 200, JSON.stringify(body)));
      expect((await failure(call(new TaxiiClient()))).code).toBe('invalid_response');
    });
  }

  it('cannot be made to pollute prototypes through a __proto__ key', async () => {
    server.handle((_req, res) => sendJson(res, 200, '{"objects":[{"type":"x","id":"x--1","__proto__":{"polluted":true,"type":"evil"}}]}'));
    const page = await new TaxiiClient().getObjects(apiRoot, 'c');
    const [object] = page.items;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(object?.type).toBe('x');
    expect((object as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives deeply nested JSON', async () => {
    const depth = 200_000;
    server.handle((_req, res) => sendJson(res, 200, `{"objects":[{"type":"x","id":"x--1","x_deep":${'['.repeat(depth)}${']'.repeat(depth)}}]}`));
    const page = await new TaxiiClient().getObjects(apiRoot, 'c');
    expect(page.items).toHaveLength(1);
  });

  it('refuses a page of more than 100,000 entries before looking at each one', async () => {
    server.handle((_req, res) => sendJson(res, 200, `{"objects":[${Array(MAX_ENVELOPE_OBJECTS + 1).fill('1').join(',')}]}`));
    const error = await failure(new TaxiiClient().getObjects(apiRoot, 'c'));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain(`more than ${MAX_ENVELOPE_OBJECTS} entries`);
  });

  it('accepts a status that lists every object of the largest envelope Hoggar takes', async () => {
    const successes = Array.from({ length: MAX_ENVELOPE_OBJECTS }, (_, i) => ({ id: `indicator--${i}`, version: '2026-01-01T00:00:00.000Z' }));
    const count = successes.length;
    server.handle((_req, res) => sendJson(res, 200, { id: 's1', status: 'complete', total_count: count, success_count: count, successes, failure_count: 0, pending_count: 0 }));
    const status = await new TaxiiClient().getStatus(apiRoot, 's1');
    expect(status.successes).toHaveLength(MAX_ENVELOPE_OBJECTS);
  });

  it('keeps custom properties of resources and objects', async () => {
    server.handle((_req, res) => sendJson(res, 200, { objects: [{ type: 'x-custom', id: 'x-custom--1', x_field: { deep: [1] } }], x_server: 'y' }));
    const page = await new TaxiiClient().getObjects(apiRoot, 'c');
    expect(page.items[0]).toEqual({ type: 'x-custom', id: 'x-custom--1', x_field: { deep: [1] } });
  });
});

describe('size limits', () => {
  it('refuses a body whose declared length is over the limit', async () => {
    server.handle((_req, res) => sendJson(res, 200, { objects: [], pad: 'x'.repeat(2_000) }));
    const error = await failure(new TaxiiClient({ maxResponseBytes: 1_000 }).getObjects(apiRoot, 'c'));
    expect(error.code).toBe('too_large');
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    let written = 0;
    server.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/taxii+json;version=2.1' });
      res.write('{"objects":[');
      const chunk = `${JSON.stringify({ type: 'x', id: 'x--1', pad: 'y'.repeat(1_000) })},`;
      const timer = setInterval(() => {
        if (res.destroyed || written > 50_000_000) return clearInterval(timer);
        res.write(chunk);
        written += chunk.length;
      }, 1);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(new TaxiiClient({ maxResponseBytes: 20_000 }).getObjects(apiRoot, 'c'));
    expect(error.code).toBe('too_large');
    expect(written).toBeLessThan(5_000_000);
  });

  it('accepts a body right at the limit', async () => {
    const body = JSON.stringify({ objects: [] });
    server.handle((_req, res) => sendJson(res, 200, body));
    await expect(new TaxiiClient({ maxResponseBytes: Buffer.byteLength(body) }).getObjects(apiRoot, 'c')).resolves.toMatchObject({ items: [] });
  });
});

describe('time and network', () => {
  it('times out a server that never answers', async () => {
    server.handle(() => undefined);
    const error = await failure(new TaxiiClient({ timeoutMs: 100 }).apiRoot(apiRoot));
    expect(error.code).toBe('timeout');
  });

  it('times out a server that sends headers and then trickles the body', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/taxii+json;version=2.1' });
      res.write('{"objects":[');
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 20);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(new TaxiiClient({ timeoutMs: 150 }).getObjects(apiRoot, 'c'));
    expect(error.code).toBe('timeout');
  });

  it('reports a refused connection as network', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await failure(new TaxiiClient().apiRoot(`http://127.0.0.1:${port}/api1/`));
    expect(error.code).toBe('network');
  });

  it('reports a connection cut mid-answer as network', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/taxii+json;version=2.1', 'Content-Length': '1000' });
      res.write('{"objects":[');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const error = await failure(new TaxiiClient().getObjects(apiRoot, 'c'));
    expect(error.code).toBe('network');
  });
});
