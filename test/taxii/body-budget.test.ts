/**
 * The server holds a bounded amount of request bodies at once: past the budget a request is
 * answered 503 with Retry-After before its body is read, and what an abandoned request held
 * comes back when its connection closes.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyBudget } from '../../src/http/body-budget.js';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import { identity } from '../factories/stix.js';
import { servedNode, type ServedNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const TAXII = 'application/taxii+json;version=2.1';
let served: ServedNode;

beforeAll(async () => {
  served = await servedNode(sqliteBackend(), { maxContentLength: 100_000, maxBodyBytesInFlight: 250_000 });
});

afterAll(() => served.close());

/** Starts a POST declaring a 100,000-byte body and sends only its first bytes; resolves once the server has taken the request. */
function startSlowPost(): Promise<Socket> {
  const { hostname, port, pathname } = new URL(served.objectsUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${served.token}\r\nAccept: ${TAXII}\r\nContent-Type: ${TAXII}\r\nContent-Length: 100000\r\n\r\n{"objects":[`);
      // The request is reserved once its head is read; give the server a moment to read it.
      setTimeout(() => resolve(socket), 200);
    });
    socket.on('error', reject);
  });
}

const post = (body: string) => fetch(served.objectsUrl, { method: 'POST', headers: { Accept: TAXII, 'Content-Type': TAXII, Authorization: `Bearer ${served.token}` }, body });

describe('the body budget', () => {
  it('answers 503 with Retry-After once the bodies under way fill it, and recovers when they are abandoned', async () => {
    const slow = [await startSlowPost(), await startSlowPost()];
    const refused = await post(JSON.stringify({ objects: [identity()] }).padEnd(60_000, ' '));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { description: string }).description).toMatch(/already reading 0\.2 MB of other requests, close to its limit of 0\.2 MB; send this again in a moment/);
    // Requests without a body are not held back.
    expect((await fetch(`${served.server.url}${API_ROOT_PATH}`, { headers: { Accept: TAXII, Authorization: `Bearer ${served.token}` } })).status).toBe(200);
    for (const socket of slow) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const accepted = await post(JSON.stringify({ objects: [identity()] }));
    expect(accepted.status).toBe(202);
  });

  it('sizes a request by its declared length, or the largest allowed when it declares none, and releases once', () => {
    const budget = new BodyBudget(300, 200);
    expect([budget.sizeOf({ 'content-length': '50' }), budget.sizeOf({ 'content-length': '5000' }), budget.sizeOf({ 'transfer-encoding': 'chunked' }), budget.sizeOf({})]).toEqual([50, 200, 200, 0]);
    // A compressed body may inflate to the largest allowed, whatever its declared length.
    expect([budget.sizeOf({ 'content-length': '50', 'content-encoding': 'gzip' }), budget.sizeOf({ 'content-length': '50', 'content-encoding': 'identity' }), budget.sizeOf({ 'content-length': '0', 'content-encoding': 'gzip' })]).toEqual([200, 50, 0]);
    const release = budget.reserve(200);
    expect(() => budget.reserve(101)).toThrow(/send this again in a moment/);
    release();
    release();
    expect(budget.inUse).toBe(0);
    budget.reserve(300);
    expect(budget.inUse).toBe(300);
  });
});
