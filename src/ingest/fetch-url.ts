/**
 * Fetches a document by URL for ingestion: http and https only, redirects
 * followed, only from addresses the address policy allows (public ones unless the
 * operator opened more), the size limit enforced while the body streams in (a huge
 * or endless body is cut off, not buffered), and one timeout for the whole
 * exchange. The only I/O in the ingestion pipeline.
 */
import { AddressPolicy, addressPolicyFromEnv } from './address-policy.js';
import { DEFAULT_MAX_BYTES } from './decode.js';
import { IngestError } from './errors.js';
import { fetchProxyFromEnv } from './fetch-proxy.js';
import { guardedGet, type GuardedResponse } from './guarded-get.js';
import { readUpTo } from '../util/read-limited.js';

export interface FetchOptions {
  readonly maxBytes?: number;
  /** Total time for connecting, headers and body. Default 15 s. */
  readonly timeoutMs?: number;
  /** Where documents may come from. Default: public addresses only. */
  readonly addresses?: AddressPolicy;
  /** The HTTP proxy to fetch through, if the node's network needs one. */
  readonly proxy?: URL;
}

export interface FetchedDocument {
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  readonly finalUrl: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const ACCEPTED_TYPES = /^(text\/|application\/(xhtml\+xml|xml|json)|$)/i;

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IngestError('invalid_url', `not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError('invalid_url', `only http and https URLs can be fetched, not ${url.protocol}`);
  return url;
}

/** Fetches `url` within the size and time limits. */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const target = parseUrl(url);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(maxBytes > 0) || !(timeoutMs > 0)) throw new IngestError('invalid_option', 'maxBytes and timeoutMs must be positive');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  try {
    let response: GuardedResponse;
    try {
      response = await guardedGet(target, options.addresses ?? PUBLIC_ONLY, { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' }, controller.signal, options.proxy);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw timedOut
        ? new IngestError('fetch_timeout', `no answer from ${target.host} within ${timeoutMs} ms`)
        : new IngestError('fetch_failed', `could not reach ${target.host}: ${(error as Error).message}`, { cause: error });
    }
    if (response.status < 200 || response.status > 299) {
      await response.body.cancel().catch(() => undefined);
      throw new IngestError('fetch_status', `${target.host} refused the document (status ${response.status})`);
    }
    const contentType = headerText(response.headers['content-type']);
    if (contentType && !ACCEPTED_TYPES.test(contentType.trim())) {
      await response.body.cancel().catch(() => undefined);
      throw new IngestError('unsupported_content_type', `${contentType} is not a text or HTML document`);
    }
    const declared = Number(headerText(response.headers['content-length']) ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new IngestError('too_large', `the document is ${declared} bytes, over the limit of ${maxBytes} bytes`);
    }
    const bytes = await readLimited(response.body, maxBytes, () => timedOut, timeoutMs);
    return { bytes, ...(contentType ? { contentType } : {}), finalUrl: response.url };
  } finally {
    clearTimeout(timer);
  }
}

const PUBLIC_ONLY = new AddressPolicy();

/** Where this process may fetch from and how: HOGGAR_FETCH_ALLOW and HOGGAR_FETCH_PROXY. */
export function fetchRouteFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<FetchOptions, 'addresses' | 'proxy'> {
  const proxy = fetchProxyFromEnv(env);
  return { addresses: addressPolicyFromEnv(env), ...(proxy ? { proxy } : {}) };
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number, timedOut: () => boolean, timeoutMs: number): Promise<Uint8Array> {
  let bytes: Uint8Array | 'too_large';
  try {
    bytes = await readUpTo(body, maxBytes);
  } catch (error) {
    if (timedOut()) throw new IngestError('fetch_timeout', `the document did not arrive within ${timeoutMs} ms`);
    throw new IngestError('fetch_failed', `the transfer failed: ${(error as Error).message}`, { cause: error });
  }
  if (bytes === 'too_large') throw new IngestError('too_large', `the document is over the limit of ${maxBytes} bytes`);
  return bytes;
}
