/**
 * `serve --compress`: answers of 1 KB or more go compressed (br, else gzip) to clients that
 * accept it, for peers on thin links; everything else goes as it is.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCoding } from '../../src/http/response-encoding.js';
import { identity } from '../factories/stix.js';
import { serve, servedNode, type ServedNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';
import type { RunningServer } from '../../src/http/server.js';

const TAXII = 'application/taxii+json;version=2.1';
let served: ServedNode;
let plainServer: RunningServer;

beforeAll(async () => {
  served = await servedNode(sqliteBackend(), { compressResponses: true });
  plainServer = await serve(served.node);
  const objects = Array.from({ length: 50 }, (_, i) => identity({ name: `مصدر ${i}` }));
  const posted = await fetch(served.objectsUrl, { method: 'POST', body: JSON.stringify({ objects }), headers: { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${served.token}` } });
  expect(posted.status).toBe(202);
});

afterAll(async () => {
  await plainServer.close();
  await served.close();
});

/** A GET with node:http, which leaves the body as it came. */
function get(url: string, acceptEncoding?: string): Promise<{ encoding?: string; vary?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { Accept: TAXII, Authorization: `Bearer ${served.token}`, ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) };
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary as string | undefined, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('chooseCoding', () => {
  it.each([
    [undefined, undefined], ['gzip', 'gzip'], ['gzip, deflate, br', 'br'], ['br;q=0, gzip;q=0.5', 'gzip'],
    ['gzip;q=0', undefined], ['*', 'br'], ['*;q=0, gzip', 'gzip'], ['identity', undefined], ['deflate', undefined],
  ])('Accept-Encoding %j gives %j', (header, coding) => {
    expect(chooseCoding(header)).toBe(coding);
  });
});

describe('compressed answers', () => {
  it('sends a page gzipped or in br to a client that takes it, the same bytes once inflated', async () => {
    const plain = await get(served.objectsUrl);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(5000);
    const gzipped = await get(served.objectsUrl, 'gzip');
    expect([gzipped.encoding, gzipped.vary]).toEqual(['gzip', 'Accept-Encoding']);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);
    const brotli = await get(served.objectsUrl, 'gzip, deflate, br');
    expect(brotli.encoding).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
  });

  it('leaves small answers, refused codings and a server without --compress alone', async () => {
    const discovery = `${served.server.url}/taxii2/`;
    expect((await get(discovery, 'gzip')).encoding).toBeUndefined();
    expect((await get(served.objectsUrl, 'gzip;q=0')).encoding).toBeUndefined();
    const { pathname } = new URL(served.objectsUrl);
    expect((await get(`${plainServer.url}${pathname}`, 'gzip')).encoding).toBeUndefined();
  });

  it('is read transparently by a fetch-based client such as Hoggar\'s own TAXII client', async () => {
    const read = async (url: string) => {
      const response = await fetch(url, { headers: { Accept: TAXII, Authorization: `Bearer ${served.token}` } });
      return { encoding: response.headers.get('content-encoding'), json: await response.json() as { objects: unknown[] } };
    };
    const compressed = await read(served.objectsUrl);
    const plain = await read(`${plainServer.url}${new URL(served.objectsUrl).pathname}`);
    expect([compressed.encoding, plain.encoding]).toEqual([expect.stringMatching(/^(br|gzip)$/), null]);
    expect(compressed.json.objects.length).toBeGreaterThan(50);
    expect(compressed.json).toEqual(plain.json);
  });
});
