/**
 * Fetching documents through the operator's HTTP proxy (HOGGAR_FETCH_PROXY), as networks that
 * reach the outside only through one require. The address policy still decides where a
 * document may come from: the target's name is resolved and checked here, and the proxy is
 * asked for that checked address, not the name, so it cannot be sent elsewhere by a second
 * lookup. HTTPS goes through a CONNECT tunnel, with the certificate checked against the name.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { IngestError } from './errors.js';

/** The proxy of this process, from HOGGAR_FETCH_PROXY (http://host:port); none if unset. */
export function fetchProxyFromEnv(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const text = env.HOGGAR_FETCH_PROXY?.trim();
  if (!text) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(text);
  } catch {
    throw new IngestError('invalid_option', `HOGGAR_FETCH_PROXY "${text}" is not a URL: give http://host:port`);
  }
  if (proxy.protocol !== 'http:' || proxy.pathname !== '/' || proxy.search || proxy.username) {
    throw new IngestError('invalid_option', `HOGGAR_FETCH_PROXY "${text}" must be http://host:port, with no path or credentials`);
  }
  return proxy;
}

const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));
const hostOf = (address: string) => (isIP(address) === 6 ? `[${address}]` : address);
const bare = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');

/** GETs `url` from the already checked `address` through `proxy`. */
export function getThroughProxy(url: URL, address: string, proxy: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const target = `${hostOf(address)}:${portOf(url)}`;
  const viaProxy = { host: bare(proxy.hostname), port: portOf(proxy), signal };
  return new Promise((resolve, reject) => {
    if (url.protocol === 'http:') {
      // A plain request goes to the proxy in absolute form, naming the checked address.
      const req = httpRequest({ ...viaProxy, method: 'GET', path: `http://${target}${url.pathname}${url.search}`, headers: { ...headers, host: url.host } }, resolve);
      req.on('error', (error) => reject(proxyFailure(proxy, error)));
      req.end();
      return;
    }
    const tunnel = httpRequest({ ...viaProxy, method: 'CONNECT', path: target, headers: { host: target } });
    tunnel.on('connect', (answer, socket) => {
      if (answer.statusCode !== 200) {
        socket.destroy();
        reject(new IngestError('fetch_failed', `the proxy ${proxy.host} refused a tunnel to ${url.host} (status ${answer.statusCode})`));
        return;
      }
      const req = httpsRequest(url, {
        method: 'GET', headers, signal, agent: false,
        // The certificate is checked against the URL's name (host), sent as SNI when it is a name.
        createConnection: () => tlsConnect({ socket, host: bare(url.hostname), servername: isIP(bare(url.hostname)) ? undefined : url.hostname }),
      }, resolve);
      req.on('error', reject);
      req.end();
    });
    tunnel.on('error', (error) => reject(proxyFailure(proxy, error)));
    tunnel.end();
  });
}

function proxyFailure(proxy: URL, error: Error): Error {
  if (error.name === 'AbortError') return error;
  return new IngestError('fetch_failed', `could not reach the proxy ${proxy.host}: ${error.message}`);
}
