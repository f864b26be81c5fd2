/**
 * Requests Node's HTTP parser refuses before any route runs (headers too large, bytes that
 * are not HTTP, a request never finished) get the same error bodies as every other refusal:
 * a TAXII error message on TAXII paths, the JSON API's body elsewhere.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedNode, type ServedNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

let served: ServedNode;

beforeAll(async () => {
  served = await servedNode(sqliteBackend(), { requestTimeoutMs: 500 });
});

afterAll(() => served.close());

/** Writes raw bytes and reads the answer until the server closes the connection. */
function exchange(raw: string): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(served.server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(raw));
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('utf8'); });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]), headers: head, body });
    });
    setTimeout(() => { socket.destroy(); reject(new Error(`no answer in 10 s: ${answer}`)); }, 10_000).unref();
  });
}

const longQuery = `match[id]=${Array(600).fill('indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f').join(',')}`;
const head = (line: string) => `${line}\r\nHost: x\r\nAccept: application/taxii+json;version=2.1\r\nAuthorization: Bearer ${served.token}\r\n\r\n`;

describe('requests refused by the HTTP parser', () => {
  it('answers headers over the limit with 431 and a TAXII error message on a TAXII path', async () => {
    const { pathname } = new URL(served.objectsUrl);
    const answer = await exchange(head(`GET ${pathname}?${longQuery} HTTP/1.1`));
    expect(answer.status).toBe(431);
    expect(answer.headers).toMatch(/^Content-Type: application\/taxii\+json;version=2\.1$/m);
    expect(JSON.parse(answer.body)).toEqual({
      title: 'Request Header Fields Too Large', error_code: 'bad_request', http_status: '431',
      description: expect.stringMatching(/larger than 16 KB; ask for fewer match\[id\] values/),
    });
  });

  it('answers the JSON API and bytes that are not HTTP with the JSON API error body', async () => {
    const api = await exchange(head(`GET /api/objects?${longQuery} HTTP/1.1`));
    expect([api.status, JSON.parse(api.body).error.code]).toEqual([431, 'bad_request']);
    expect(api.headers).toMatch(/^Content-Type: application\/json$/m);
    const garbage = await exchange('\u0001\u0002 not http at all\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body).error.message).toMatch(/^the request is not valid HTTP\/1\.1 \(HPE_/);
  });

  it('answers a request not finished in time with 408 and says nothing was stored', async () => {
    const { pathname } = new URL(served.objectsUrl);
    const answer = await exchange(`POST ${pathname} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${served.token}\r\nAccept: application/taxii+json;version=2.1\r\nContent-Type: application/taxii+json;version=2.1\r\nContent-Length: 100\r\n\r\n{"objects":`);
    expect(answer.status).toBe(408);
    // Its headers named a TAXII path, so the answer is a TAXII error message.
    expect(answer.headers).toMatch(/^Content-Type: application\/taxii\+json;version=2\.1$/m);
    expect(JSON.parse(answer.body)).toMatchObject({ http_status: '408', description: expect.stringMatching(/did not arrive in full within 0\.5 s; nothing of it was stored/) });
  });
});
