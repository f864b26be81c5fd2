import { maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import { TAXII_MEDIA_TYPE } from '../taxii/media-types.js';
import { apiErrorBody, httpProblem, taxiiErrorBody, type HttpProblem } from './errors.js';

/**
 * The path of the request each connection is reading, from the moment it is routed until it
 * is answered: a request that then times out while its body arrives is answered in its
 * path's error shape, although the parser no longer holds its first bytes.
 */
const pathsReading = new WeakMap<object, string>();

export function readingRequest(socket: object, path: string): void {
  pathsReading.set(socket, path);
}

export function answeredRequest(socket: object): void {
  pathsReading.delete(socket);
}

/** What Node's HTTP parser hands to a `clientError` listener. */
type ClientError = Error & { code?: string; rawPacket?: unknown };

/** The request line's path, where the parser kept the first bytes of the request. */
function requestPath(raw: unknown): string | undefined {
  const line = Buffer.isBuffer(raw) ? raw.toString('latin1', 0, Math.min(raw.length, 256)) : undefined;
  return line ? /^[A-Z]+ (\S+)/.exec(line)?.[1] : undefined;
}

function problemFor(error: ClientError, timeoutMs: number): HttpProblem {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return httpProblem(408, 'request_timeout', `the request did not arrive in full within ${timeoutMs / 1000} s; nothing of it was stored; send it again`);
    case 'HPE_HEADER_OVERFLOW':
      return httpProblem(431, 'bad_request', `the request line and headers are larger than ${maxHeaderSize / 1024} KB; ask for fewer match[id] values or shorter filters per request`);
    default:
      return httpProblem(400, 'bad_request', `the request is not valid HTTP/1.1 (${error.code ?? error.message})`);
  }
}

/**
 * Answers requests Node's HTTP parser refuses before the framework sees them (a URL or
 * headers too large, a request not sent in time, bytes that are not HTTP) with the same
 * error bodies as every other refusal: a TAXII error message on TAXII paths, where the
 * path can still be read, and the JSON API's error body elsewhere.
 */
export function clientErrorAnswerer(timeoutMs: number, isTaxiiPath: (path: string) => boolean) {
  return (error: ClientError, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const problem = problemFor(error, timeoutMs);
    const path = requestPath(error.rawPacket) ?? pathsReading.get(socket);
    const taxii = path !== undefined && isTaxiiPath(path);
    const body = JSON.stringify(taxii ? taxiiErrorBody(problem) : apiErrorBody(problem));
    socket.end([
      `HTTP/1.1 ${problem.status} ${problem.title}`,
      `Content-Type: ${taxii ? TAXII_MEDIA_TYPE : 'application/json'}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'));
  };
}
