import type { FastifyError } from 'fastify';
import { HoggarError, type ErrorCode } from '../errors.js';
import { isIngestError, type IngestError } from '../ingest/errors.js';

export interface HttpProblem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly details?: Record<string, unknown>;
}

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_stix: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_acceptable: 406,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 431: 'Request Header Fields Too Large',
  422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** The framework's own errors, mapped to what the client did wrong. */
function fromFramework(error: FastifyError): HttpProblem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'too_large', 'the request body is larger than this server accepts (see max_content_length of the API root)');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'unsupported Content-Type');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(414, 'bad_request', 'a path segment of this URL is too long');
    case 'FST_ERR_BAD_URL':
      return problem(400, 'bad_request', 'the URL is not valid (bad percent-encoding?)');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(400, 'bad_request', 'the Content-Length header does not match the body');
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return problem(status, 'bad_request', error.message);
  return undefined;
}

function problem(status: number, code: string, description: string, details?: Record<string, unknown>): HttpProblem {
  return { status, code, title: TITLES[status] ?? 'Error', description, ...(details ? { details } : {}) };
}

/** Ingestion errors: the document was too big, unreadable, or its URL could not be fetched. */
function fromIngest(error: IngestError): HttpProblem {
  if (error.code === 'too_large') return problem(413, error.code, error.message);
  if (error.code === 'fetch_failed' || error.code === 'fetch_timeout' || error.code === 'fetch_status') return problem(502, error.code, error.message);
  if (error.code === 'extraction_failed') return problem(503, error.code, error.message);
  return problem(400, error.code, error.message);
}

/** The one mapping from any thrown error to an HTTP status and message. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HoggarError) return problem(STATUS[error.code], error.code, error.message, error.details);
  if (isIngestError(error)) return fromIngest(error);
  const framework = fromFramework(error as FastifyError);
  if (framework) return framework;
  return problem(500, 'internal', 'the server failed to handle this request; it has been logged');
}

export { problem as httpProblem };

/** The TAXII error message (TAXII 2.1, section 3.6.1) a problem is answered with on TAXII paths. */
export function taxiiErrorBody(p: HttpProblem) {
  return {
    title: p.title, description: p.description, error_code: p.code, http_status: String(p.status),
    ...(p.details ? { details: p.details } : {}),
  };
}

/** The JSON API's error body. */
export function apiErrorBody(p: HttpProblem) {
  return { error: { code: p.code, message: p.description, ...(p.details ? { details: p.details } : {}) } };
}
