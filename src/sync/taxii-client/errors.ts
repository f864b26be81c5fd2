import type { TaxiiErrorMessage } from './schemas.js';

/**
 * Why a TAXII exchange failed, stable enough for callers (federation) to decide
 * whether to retry, back off or report the peer as broken:
 * - `network`: the server could not be reached or the connection broke;
 * - `timeout`: no complete answer within the time allowed;
 * - `http_status`: the server answered with an error status (see `status`, `taxiiError`);
 * - `not_taxii`: the answer is not TAXII 2.1 (wrong Content-Type);
 * - `invalid_response`: the answer claims to be TAXII but is not valid JSON or not the resource expected;
 * - `too_large`: the answer is larger than the client accepts.
 */
export type TaxiiClientErrorCode =
  | 'network'
  | 'timeout'
  | 'http_status'
  | 'not_taxii'
  | 'invalid_response'
  | 'too_large';

export interface TaxiiClientErrorDetails {
  readonly status?: number;
  readonly taxiiError?: TaxiiErrorMessage;
  /** The URL asked for (never carries credentials: those travel in headers). */
  readonly url?: string;
  readonly cause?: unknown;
}

/** The one error type the TAXII client throws for anything the server (or the network) did. */
export class TaxiiClientError extends Error {
  readonly code: TaxiiClientErrorCode;
  readonly status?: number;
  readonly taxiiError?: TaxiiErrorMessage;
  readonly url?: string;

  constructor(code: TaxiiClientErrorCode, message: string, details: TaxiiClientErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TaxiiClientError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.taxiiError !== undefined) this.taxiiError = details.taxiiError;
    if (details.url !== undefined) this.url = details.url;
  }
}

/** Narrowing helper for callers that catch `unknown`. */
export function isTaxiiClientError(value: unknown, code?: TaxiiClientErrorCode): value is TaxiiClientError {
  return value instanceof TaxiiClientError && (code === undefined || value.code === code);
}
