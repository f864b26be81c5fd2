/**
 * One TAXII exchange, treating the answer as hostile: the status is checked, the
 * Content-Type must be TAXII 2.1, the body is counted while it streams (and dropped
 * past the limit), decoded as strict UTF-8 and parsed as JSON inside a guard. Every
 * failure becomes a TaxiiClientError with a stable code; nothing else escapes.
 */
import { TaxiiClientError } from './errors.js';
import { isJsonMediaType, isTaxii21MediaType, TAXII_MEDIA_TYPE } from './media-type.js';
import { errorMessageSchema, type TaxiiErrorMessage } from './schemas.js';
import { compress } from '../../util/content-coding.js';
import { readUpTo } from '../../util/read-limited.js';

export type TaxiiAuth =
  | { readonly kind: 'basic'; readonly user: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly token: string };

export interface TransportSettings {
  readonly auth?: TaxiiAuth;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly userAgent: string;
}

export interface TaxiiExchange {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: URL;
  /** The TAXII envelope sent, as JSON text or its UTF-8 bytes. */
  readonly body?: string | Uint8Array<ArrayBuffer>;
  /** False when the answer's body is not used (DELETE): then it is neither typed nor parsed. */
  readonly readsBody?: boolean;
  /** Compress the body with gzip and say so (Content-Encoding). */
  readonly gzip?: boolean;
}


export interface TaxiiAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body (undefined when the exchange does not read it). */
  readonly json: unknown;
}

/** The Authorization header value for the configured credentials. */
export function authorizationHeader(auth: TaxiiAuth): string {
  if (auth.kind === 'basic') {
    return `Basic ${Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64')}`;
  }
  return `Bearer ${auth.token}`;
}

/** Performs one exchange; resolves only with a 2xx TAXII answer. */
export async function exchange(settings: TransportSettings, request: TaxiiExchange): Promise<TaxiiAnswer> {
  const url = request.url.href;
  const headers: Record<string, string> = { Accept: TAXII_MEDIA_TYPE, 'User-Agent': settings.userAgent };
  if (settings.auth) headers.Authorization = authorizationHeader(settings.auth);
  if (request.body !== undefined) headers['Content-Type'] = TAXII_MEDIA_TYPE;
  let body = request.body;
  if (body !== undefined && request.gzip) {
    headers['Content-Encoding'] = 'gzip';
    body = new Uint8Array(await compress(typeof body === 'string' ? Buffer.from(body) : body, 'gzip'));
  }

  // One deadline for the whole exchange, body included: a server that sends
  // headers promptly and then trickles the body must still time out.
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers,
      body,
      signal,
      // Following a redirect would resend our credentials wherever the server points;
      // a TAXII peer that moved is reported, not silently trusted.
      redirect: 'manual',
    });
  } catch (cause) {
    throw transportFailure(signal, url, cause);
  }

  if (response.status < 200 || response.status > 299) {
    throw await statusFailure(settings, signal, response, url, request.gzip === true);
  }
  if (request.readsBody === false) {
    await discard(response);
    return { status: response.status, headers: response.headers, json: undefined };
  }
  const contentType = response.headers.get('content-type');
  if (!isTaxii21MediaType(contentType)) {
    await discard(response);
    throw new TaxiiClientError('not_taxii', `${url} answered with Content-Type "${contentType ?? '(none)'}", not ${TAXII_MEDIA_TYPE}`, {
      status: response.status,
      url,
    });
  }
  const bytes = await readLimited(response, settings.maxResponseBytes, signal, url);
  if (bytes === 'too_large') {
    throw new TaxiiClientError('too_large', `${url} answered with more than ${settings.maxResponseBytes} bytes`, {
      status: response.status,
      url,
    });
  }
  return { status: response.status, headers: response.headers, json: parseJson(bytes, url, response.status) };
}

function transportFailure(signal: AbortSignal, url: string, cause: unknown): TaxiiClientError {
  if (signal.aborted) {
    return new TaxiiClientError('timeout', `${url} did not answer in time`, { url, cause });
  }
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  const reason = inner instanceof Error ? inner.message : String(inner);
  // Partners often sign with their own authority: say how to trust it, not just that it failed.
  const untrusted = CERTIFICATE_ERRORS.has(String((inner as NodeJS.ErrnoException | undefined)?.code));
  const hint = untrusted ? ' (to trust a peer\'s own certificate authority, start hoggar with NODE_EXTRA_CA_CERTS=its-ca.pem)' : '';
  return new TaxiiClientError('network', `could not reach ${url}: ${reason}${hint}`, { url, cause });
}

/** Node's codes for a certificate that does not chain to a trusted authority. */
const CERTIFICATE_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

async function statusFailure(
  settings: TransportSettings,
  signal: AbortSignal,
  response: Response,
  url: string,
  compressed: boolean,
): Promise<TaxiiClientError> {
  let taxiiError: TaxiiErrorMessage | undefined;
  if (isJsonMediaType(response.headers.get('content-type'))) {
    // The error body is a courtesy: a broken one must not hide the status itself.
    try {
      const bytes = await readLimited(response, settings.maxResponseBytes, signal, url);
      if (bytes !== 'too_large') {
        const parsed = errorMessageSchema.safeParse(parseJson(bytes, url, response.status));
        if (parsed.success) taxiiError = parsed.data;
      }
    } catch {
      taxiiError = undefined;
    }
  } else {
    await discard(response);
  }
  const detail = taxiiError ? `: ${taxiiError.title}${taxiiError.description ? ` (${taxiiError.description})` : ''}` : '';
  // The likeliest reason a peer refuses the media type of a compressed body is the compression.
  const hint = compressed && response.status === 415 ? '; the request was gzip-compressed, which this server may not accept: send to it uncompressed' : '';
  return new TaxiiClientError('http_status', `${url} answered ${response.status}${detail}${hint}`, {
    status: response.status,
    url,
    ...(taxiiError ? { taxiiError } : {}),
  });
}

/** Reads the body, stopping as soon as it passes `limit` bytes. */
async function readLimited(
  response: Response,
  limit: number,
  signal: AbortSignal,
  url: string,
): Promise<Uint8Array | 'too_large'> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await discard(response);
    return 'too_large';
  }
  try {
    return await readUpTo(response.body, limit);
  } catch (cause) {
    throw transportFailure(signal, url, cause);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array, url: string, status: number): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch (cause) {
    throw new TaxiiClientError('invalid_response', `${url} answered with a body that is not valid JSON`, { status, url, cause });
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
