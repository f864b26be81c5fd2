/**
 * An HTTP(S) GET whose every connection goes only where the address policy allows. The
 * address is checked when the socket connects, on the very address DNS gave for it, so a name
 * that resolves differently the second time (DNS rebinding) cannot slip past a check made
 * earlier. Redirects are followed here, each hop checked the same way.
 */
import { lookup as dnsLookup, promises as dnsPromises, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import type { AddressPolicy } from './address-policy.js';
import { IngestError } from './errors.js';
import { getThroughProxy } from './fetch-proxy.js';
import { contentCoding, decompressorFor } from '../util/content-coding.js';

export interface GuardedResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body, decompressed if the server compressed it. */
  readonly body: ReadableStream<Uint8Array>;
  /** The URL that answered, after redirects. */
  readonly url: string;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for sockets that refuses a name whose addresses the policy does not allow. */
function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !policy.allows(a.address));
      if (refused) return callback(policy.refusal(hostname, refused.address) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** Decompresses a body the server compressed although the request asked for none. */
function decoded(response: IncomingMessage): Readable {
  const coding = contentCoding(response.headers['content-encoding']);
  const decompress = coding === undefined ? undefined : decompressorFor(coding);
  if (!decompress) return response;
  // A reader that stops early (the size limit) closes the decompressor: the connection goes with it.
  decompress.on('close', () => response.destroy());
  return response.pipe(decompress);
}

/** The address a proxy is to fetch `url` from: resolved here and checked, every one of them. */
async function checkedAddress(url: URL, literal: string, policy: AddressPolicy): Promise<string> {
  if (isIP(literal)) return literal;
  const addresses = await dnsPromises.lookup(literal, { all: true });
  const refused = addresses.find((a) => !policy.allows(a.address));
  if (refused) throw policy.refusal(url.host, refused.address);
  return addresses[0]!.address;
}

function getOnce(url: URL, policy: AddressPolicy, headers: Record<string, string>, signal: AbortSignal, proxy?: URL): Promise<IncomingMessage> {
  // A literal address in the URL is connected to without a lookup, so it is checked here.
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(literal) && !policy.allows(literal)) return Promise.reject(policy.refusal(url.host, literal));
  const identity = { ...headers, 'accept-encoding': 'identity' };
  if (proxy) return checkedAddress(url, literal, policy).then((address) => getThroughProxy(url, address, proxy, identity, signal));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: identity, lookup: guardedLookup(policy), signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/**
 * GETs `url`, following up to five redirects, only from addresses the policy allows; through
 * `proxy` when one is given (the proxy itself is the operator's, and not subject to the policy).
 */
export async function guardedGet(start: URL, policy: AddressPolicy, headers: Record<string, string>, signal: AbortSignal, proxy?: URL): Promise<GuardedResponse> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await getOnce(url, policy, headers, signal, proxy);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECTS.has(status) || location === undefined) {
      return { status, headers: response.headers, body: Readable.toWeb(decoded(response)) as ReadableStream<Uint8Array>, url: url.href };
    }
    response.resume();
    if (hop === MAX_REDIRECTS) throw new IngestError('fetch_failed', `${start.host} redirected more than ${MAX_REDIRECTS} times`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new IngestError('fetch_failed', `${url.host} redirected to something that is not a URL: ${location.slice(0, 200)}`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new IngestError('invalid_url', `${url.host} redirected to ${next.protocol} URL; only http and https can be fetched`);
    }
    url = next;
  }
}
