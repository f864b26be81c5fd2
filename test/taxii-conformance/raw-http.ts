/**
 * Raw HTTP for the requests the TAXII client is built never to send: missing
 * credentials, a wrong Accept or Content-Type, oversized bodies, malformed filters.
 * Uses node:http directly so a server that answers before reading the whole body
 * (as it may for 413) is still heard rather than reported as a reset.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { authorizationHeader, TAXII_MEDIA_TYPE, type TaxiiAuth } from '../../src/sync/taxii-client/index.js';

export interface RawRequest {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Defaults to the TAXII 2.1 media type; `null` sends no Accept header. */
  readonly accept?: string | null;
  readonly contentType?: string;
  readonly auth?: TaxiiAuth;
  readonly body?: string;
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly contentType: string | undefined;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

export async function rawRequest(url: string, options: RawRequest = {}): Promise<RawAnswer> {
  const target = new URL(url);
  const headers: Record<string, string> = {};
  const accept = options.accept === undefined ? TAXII_MEDIA_TYPE : options.accept;
  if (accept !== null) headers.Accept = accept;
  if (options.auth) headers.Authorization = authorizationHeader(options.auth);
  const body = options.body === undefined ? undefined : Buffer.from(options.body, 'utf8');
  if (body) {
    headers['Content-Type'] = options.contentType ?? TAXII_MEDIA_TYPE;
    headers['Content-Length'] = String(body.byteLength);
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<RawAnswer>((resolve, reject) => {
    let answered = false;
    const req = send(target, { method: options.method ?? (body ? 'POST' : 'GET'), headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, contentType: res.headers['content-type'], text, json });
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url} in 30 s`)));
    // Once the server has answered, a broken upload (EPIPE, reset) is its right, not a failure.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}
