/**
 * A client that starts a request and never finishes it is cut off with a 408 once the
 * request timeout passes, instead of holding its connection and buffers for ever; the
 * server goes on serving everyone else and stores nothing of the unfinished envelope.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import { servedNode, type ServedNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const TAXII = 'application/taxii+json;version=2.1';
let served: ServedNode;

beforeAll(async () => {
  served = await servedNode(sqliteBackend(), { requestTimeoutMs: 500 });
});

afterAll(() => served.close());

/** Sends the head of a POST and 10 bytes of a 1,000-byte body, then waits for whatever comes back until the server closes. */
function trickle(): Promise<{ answer: string; closedAfterMs: number }> {
  const { hostname, port, pathname: path } = new URL(served.objectsUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${served.token}\r\nAccept: ${TAXII}\r\nContent-Type: ${TAXII}\r\nContent-Length: 1000\r\n\r\n{"objects":`);
    });
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('utf8'); });
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    // Far longer than the timeout: if the server never cuts the client off, the test fails here.
    setTimeout(() => { socket.destroy(); reject(new Error(`the server kept an unfinished request open for 10 s; it answered: ${answer}`)); }, 10_000).unref();
  });
}

const held = async () => {
  const res = await fetch(`${served.server.url}${API_ROOT_PATH}collections/${served.collectionId}/manifest/`, { headers: { Accept: TAXII, Authorization: `Bearer ${served.token}` } });
  return ((await res.json()) as { objects?: unknown[] }).objects ?? [];
};

it('answers 408 and closes the connection of a request still unfinished after the timeout', async () => {
  const before = await held();
  const cutOff = trickle();
  // Meanwhile the server serves others.
  const others = await fetch(`${served.server.url}${API_ROOT_PATH}`, { headers: { Accept: TAXII, Authorization: `Bearer ${served.token}` } });
  expect(others.status).toBe(200);
  const { answer, closedAfterMs } = await cutOff;
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeGreaterThanOrEqual(400);
  expect(await held()).toEqual(before);
});
