/**
 * Domain errors. Each carries a stable code; the HTTP layers map codes to statuses in
 * one place, so nothing below them knows about HTTP.
 */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_stix'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'too_large'
  | 'not_acceptable'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export class HoggarError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HoggarError';
  }
}

export const notFound = (what: string) => new HoggarError('not_found', `${what} does not exist`);
export const forbidden = (message: string) => new HoggarError('forbidden', message);
export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new HoggarError('bad_request', message, details);
