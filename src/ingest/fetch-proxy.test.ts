import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy.js';
import { fetchProxyFromEnv } from './fetch-proxy.js';
import { fetchDocument } from './fetch-url.js';

/** A forward proxy as operators run them: absolute-form GETs and CONNECT tunnels, each one noted. */
function startProxy(): { server: Server; asked: string[] } {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(`GET ${req.url}`);
    const upstream = request(req.url!, { headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end();
  });
  server.on('connect', (req, client) => {
    asked.push(`CONNECT ${req.url}`);
    const [host, port] = [req.url!.slice(0, req.url!.lastIndexOf(':')), Number(req.url!.slice(req.url!.lastIndexOf(':') + 1))];
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  return { server, asked };
}

const port = (server: Server) => (server.address() as AddressInfo).port;

describe('fetching through an HTTP proxy', () => {
  const proxy = startProxy();
  // Documents live on 127.0.0.2; the policy opens only that address, never the proxy's 127.0.0.1.
  const site = createServer((req, res) => {
    if (req.url === '/moved') res.writeHead(302, { location: `http://127.0.0.1:${port(site)}/report.txt` }).end();
    else res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`report via ${req.headers.host}`);
  });
  const policy = new AddressPolicy(['127.0.0.2/32']);
  let proxyUrl: URL;

  beforeAll(async () => {
    proxy.server.listen(0, '127.0.0.1');
    site.listen(0, '127.0.0.2');
    await Promise.all([once(proxy.server, 'listening'), once(site, 'listening')]);
    proxyUrl = new URL(`http://127.0.0.1:${port(proxy.server)}`);
  });

  afterAll(() => {
    proxy.server.close();
    site.close();
  });

  it('fetches an allowed document through the proxy, which is not itself subject to the policy', async () => {
    const url = `http://127.0.0.2:${port(site)}/report.txt`;
    const fetched = await fetchDocument(url, { addresses: policy, proxy: proxyUrl });
    expect(new TextDecoder().decode(fetched.bytes)).toBe(`report via 127.0.0.2:${port(site)}`);
    expect(proxy.asked).toContain(`GET ${url}`);
  });

  it('checks each address before the proxy is asked, redirects included', async () => {
    proxy.asked.length = 0;
    await expect(fetchDocument(`http://127.0.0.1:${port(site)}/report.txt`, { addresses: policy, proxy: proxyUrl })).rejects.toMatchObject({ code: 'address_refused' });
    // A name is resolved and checked here, not left to the proxy.
    await expect(fetchDocument(`http://localhost:${port(site)}/report.txt`, { addresses: policy, proxy: proxyUrl })).rejects.toMatchObject({ code: 'address_refused' });
    expect(proxy.asked).toEqual([]);
    await expect(fetchDocument(`http://127.0.0.2:${port(site)}/moved`, { addresses: policy, proxy: proxyUrl })).rejects.toMatchObject({ code: 'address_refused' });
    expect(proxy.asked).toEqual([`GET http://127.0.0.2:${port(site)}/moved`]);
  });

  it('tunnels HTTPS with CONNECT to the checked address, the certificate checked end to end', async () => {
    proxy.asked.length = 0;
    // The site speaks no TLS: the handshake inside the tunnel fails, which is all the proxy can see.
    await expect(fetchDocument(`https://127.0.0.2:${port(site)}/report.txt`, { addresses: policy, proxy: proxyUrl, timeoutMs: 5_000 })).rejects.toMatchObject({ code: 'fetch_failed' });
    expect(proxy.asked).toEqual([`CONNECT 127.0.0.2:${port(site)}`]);
  });

  it('names a proxy that cannot be reached', async () => {
    const closed = new URL('http://127.0.0.1:9');
    await expect(fetchDocument(`http://127.0.0.2:${port(site)}/report.txt`, { addresses: policy, proxy: closed })).rejects.toMatchObject({
      code: 'fetch_failed', message: expect.stringMatching(/^could not reach the proxy 127\.0\.0\.1:9: connect ECONNREFUSED/),
    });
  });

  it('reads HOGGAR_FETCH_PROXY, refusing what is not http://host:port', () => {
    expect(fetchProxyFromEnv({})).toBeUndefined();
    expect(fetchProxyFromEnv({ HOGGAR_FETCH_PROXY: 'http://proxy.example:3128' })?.host).toBe('proxy.example:3128');
    for (const bad of ['proxy.example:3128', 'https://proxy.example', 'http://user:pw@proxy.example:3128', 'http://proxy.example:3128/path']) {
      expect(() => fetchProxyFromEnv({ HOGGAR_FETCH_PROXY: bad }), bad).toThrow(/HOGGAR_FETCH_PROXY/);
    }
  });
});
