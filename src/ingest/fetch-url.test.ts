import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { AddressPolicy } from './address-policy.js';
import { fetchDocument } from './fetch-url.js';

/** The test server listens on loopback, which a node refuses unless its operator opens it. */
const LOCAL = { addresses: new AddressPolicy(['127.0.0.1']) };

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
      case '/to-metadata':
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
        return;
      case '/to-localhost':
        res.writeHead(307, { location: `http://localhost:${(server.address() as AddressInfo).port}/article` });
        res.end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        return;
      case '/gzipped':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.from('compressed anyway')));
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
    const doc = await fetchDocument(`${base}/article`, LOCAL);
    expect(new TextDecoder().decode(doc.bytes)).toContain('مرحبا');
    expect(doc.contentType).toMatch(/text\/html/);
    expect(doc.finalUrl).toBe(`${base}/article`);
  });

  it('follows redirects and reports the final URL', async () => {
    const doc = await fetchDocument(`${base}/redirect`, LOCAL);
    expect(doc.finalUrl).toBe(`${base}/article`);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(fetchDocument('file:///etc/passwd')).rejects.toMatchObject({ code: 'invalid_url' });
    await expect(fetchDocument('not a url')).rejects.toMatchObject({ code: 'invalid_url' });
  });

  it('reports a refused document', async () => {
    await expect(fetchDocument(`${base}/missing`, LOCAL)).rejects.toMatchObject({ code: 'fetch_status' });
  });

  it('refuses binary content types', async () => {
    await expect(fetchDocument(`${base}/image`, LOCAL)).rejects.toMatchObject({ code: 'unsupported_content_type' });
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    await expect(fetchDocument(`${base}/declared-huge`, { ...LOCAL, maxBytes: 1024 * 1024, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('cuts off an endless body at the size limit', async () => {
    await expect(fetchDocument(`${base}/endless`, { ...LOCAL, maxBytes: 256 * 1024, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('gives up after the timeout', async () => {
    await expect(fetchDocument(`${base}/slow`, { ...LOCAL, timeoutMs: 200 })).rejects.toMatchObject({ code: 'fetch_timeout' });
  });

  it('refuses private, local and reserved addresses unless the operator opened them', async () => {
    for (const url of [`${base}/article`, 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://0x7f000001/', 'http://10.1.2.3/']) {
      await expect(fetchDocument(url, { timeoutMs: 2000 }), url).rejects.toMatchObject({ code: 'address_refused', message: expect.stringContaining('a private, local or reserved address') });
    }
    // A name is checked on the addresses it resolves to, when the socket connects.
    const port = (server.address() as AddressInfo).port;
    await expect(fetchDocument(`http://localhost:${port}/article`, { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'address_refused', message: expect.stringMatching(/^localhost is at (127\.0\.0\.1|::1),/) });
  });

  it('checks every redirect hop: an open server cannot redirect into a closed network', async () => {
    await expect(fetchDocument(`${base}/to-metadata`, LOCAL)).rejects.toMatchObject({ code: 'address_refused', message: expect.stringContaining('169.254.169.254 is a private') });
    // localhost may resolve to ::1 as well as 127.0.0.1: both are opened for this hop.
    const both = { addresses: new AddressPolicy(['127.0.0.1', '::1']) };
    expect((await fetchDocument(`${base}/to-localhost`, both)).finalUrl).toMatch(/^http:\/\/localhost:\d+\/article$/);
    await expect(fetchDocument(`${base}/loop`, LOCAL)).rejects.toMatchObject({ code: 'fetch_failed', message: expect.stringContaining('redirected more than 5 times') });
  });

  it('decompresses a body the server compressed although none was asked for', async () => {
    expect(new TextDecoder().decode((await fetchDocument(`${base}/gzipped`, LOCAL)).bytes)).toBe('compressed anyway');
  });

  it('reports an unreachable host', async () => {
    await expect(fetchDocument('http://127.0.0.1:1/', { ...LOCAL, timeoutMs: 2000 })).rejects.toMatchObject({ code: 'fetch_failed' });
  });
});
