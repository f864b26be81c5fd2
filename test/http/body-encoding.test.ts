/**
 * A client on a thin link may send its envelope compressed (Content-Encoding gzip, deflate or
 * br). The body is inflated within max_content_length, so a small body that inflates to
 * gigabytes is refused early; an unknown coding is a 415 and a mislabelled body a 400.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity } from '../factories/stix.js';
import { servedNode, type ServedNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const TAXII = 'application/taxii+json;version=2.1';
const LIMIT = 1024 * 1024;
let served: ServedNode;

beforeAll(async () => {
  served = await servedNode(sqliteBackend(), { maxContentLength: LIMIT });
});

afterAll(() => served.close());

async function post(body: Uint8Array, encoding: string) {
  const response = await fetch(served.objectsUrl, {
    method: 'POST', body: new Uint8Array(body),
    headers: { Accept: TAXII, 'Content-Type': TAXII, 'Content-Encoding': encoding, Authorization: `Bearer ${served.token}` },
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

const stored = async (id: string) => (await fetch(`${served.objectsUrl}${id}/`, { headers: { Accept: TAXII, Authorization: `Bearer ${served.token}` } })).status;

describe('compressed request bodies', () => {
  it.each([
    ['gzip', gzipSync], ['x-gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync], ['identity', (b: Buffer) => b],
  ] as const)('stores an envelope sent as %s', async (encoding, compress) => {
    const object = identity({ name: `sent as ${encoding}` });
    const answer = await post(compress(Buffer.from(JSON.stringify({ objects: [object] }))), encoding);
    expect([answer.status, answer.body.success_count]).toEqual([202, 1]);
    expect(await stored(object.id)).toBe(200);
  });

  it('refuses a body that inflates past max_content_length with 413, and stores nothing of it', async () => {
    const object = identity();
    // 1 MB of JSON padding compresses to about 1 KB.
    const bomb = gzipSync(Buffer.from(JSON.stringify({ objects: [object], pad: ' '.repeat(LIMIT) })));
    expect(bomb.length).toBeLessThan(LIMIT / 100);
    const answer = await post(bomb, 'gzip');
    expect([answer.status, answer.body.description]).toEqual([413, expect.stringMatching(/inflates to more than 1048576 bytes/)]);
    expect(await stored(object.id)).toBe(404);
  });

  it('refuses an unknown coding with 415 and a body that is not what its coding says with 400', async () => {
    const plain = Buffer.from(JSON.stringify({ objects: [identity()] }));
    const unknown = await post(plain, 'zstd');
    expect([unknown.status, unknown.body.description]).toEqual([415, expect.stringMatching(/Content-Encoding "zstd" is not supported/)]);
    const mislabelled = await post(plain, 'gzip');
    expect([mislabelled.status, mislabelled.body.description]).toEqual([400, expect.stringMatching(/not valid gzip data/)]);
    const truncated = await post(gzipSync(plain).subarray(0, 20), 'gzip');
    expect(truncated.status).toBe(400);
  });
});
