/**
 * Errors raised by the ingestion pipeline. Each carries a stable `code` that
 * callers (CLI, API) map to their own presentation; none of them mentions HTTP.
 */
export type IngestErrorCode =
  | 'empty_input'
  | 'binary_input'
  | 'too_large'
  | 'unsupported_encoding'
  | 'truncated_utf8'
  | 'invalid_option'
  | 'invalid_url'
  | 'address_refused'
  | 'fetch_failed'
  | 'fetch_timeout'
  | 'fetch_status'
  | 'unsupported_content_type'
  | 'extraction_failed';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}
