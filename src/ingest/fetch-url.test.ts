import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument } from './fetch-url.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><body><p>مرحبا</p></body></html>');
        return;
      case '/redirect':
        res.writeHead(302, { location: '/article' });
        res.end();
        return;
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('no');
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.alloc(10));
        return;
      case '/declared-huge':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
        res.write('a'.repeat(1024));
        return; // never finishes; the client must not wait for it
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(64 * 1024);
        const pump = (): void => { while (res.write(chunk)) { /* fill the buffer */ } res.once('drain', pump); };
        pump();
        req.on('close', () => res.destroy());
        return;
      }
      case '/slow':
        setTimeout(() => { if (!res.destroyed) { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('late'); } }, 2000);
        return;
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchDocument', () => {
  it('fetches a page with its content type', async () => {
    const doc = await fetchDocument(`${base}/article`);
    expect(new TextDecoder().decode(doc.bytes)).toContain('مرحبا');
    expect(doc.contentType).toMatch(/text\/html/);
    expect(doc.finalUrl).toBe(`${base}/article`);
  });

  it('follows redirects and reports the final URL', async () => {
    const doc = await fetchDocument(`${base}/redirect`);
    expect(doc.finalUrl).toBe(`${base}/article`);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(fetchDocument('file:///etc/passwd')).rejects.toMatchObject({ code: 'invalid_url' });
    await expect(fetchDocument('not a url')).rejects.toMatchObject({ code: 'invalid_url' });
  });

  it('reports a refused document', async () => {
    await expect(fetchDocument(`${base}/missing`)).rejects.toMatchObject({ code: 'fetch_status' });
  });

  it('refuses binary content types', async () => {
    await expect(fetchDocument(`${base}/image`)).rejects.toMatchObject({ code: 'unsupported_content_type' });
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    await expect(fetchDocument(`${base}/declared-huge`, { maxBytes: 1024 * 1024, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('cuts off an endless body at the size limit', async () => {
    await expect(fetchDocument(`${base}/endless`, { maxBytes: 256 * 1024, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('gives up after the timeout', async () => {
    await expect(fetchDocument(`${base}/slow`, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'fetch_timeout' });
  });

  it('reports an unreachable host', async () => {
    await expect(fetchDocument('http://127.0.0.1:1/', { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'fetch_failed' });
  });
});
