import type { IncomingHttpHeaders } from 'node:http';
import { HoggarError } from '../errors.js';
import { contentCoding } from '../util/content-coding.js';

/**
 * A bound on the request bodies the server holds at once. Each body is read whole before it
 * is parsed, so many large envelopes arriving together (a peer pushing in parallel, or a
 * hostile client) could otherwise take more memory than the machine has and get the node
 * killed. A request reserves its declared length (or the largest allowed, when it does not
 * declare one) before its body is read; when the budget is spent it is answered 503 with
 * Retry-After at once, and the reservation is returned when its connection is done.
 */
export class BodyBudget {
  private reserved = 0;

  constructor(readonly maxBytes: number, private readonly maxBodyBytes: number) {}

  /** Bytes to reserve for a request with these headers; 0 when it has no body. */
  sizeOf(headers: IncomingHttpHeaders): number {
    const declared = headers['content-length'];
    const hasBody = (declared !== undefined && declared !== '0') || headers['transfer-encoding'] !== undefined;
    // A compressed body may inflate to the largest allowed, whatever its length on the wire.
    if (hasBody && contentCoding(headers['content-encoding']) !== undefined) return this.maxBodyBytes;
    if (declared !== undefined) return Math.min(Number(declared) || 0, this.maxBodyBytes);
    return headers['transfer-encoding'] !== undefined ? this.maxBodyBytes : 0;
  }

  /** Reserves `bytes`, or throws when they do not fit; returns the function that gives them back (once). */
  reserve(bytes: number): () => void {
    if (bytes === 0) return () => undefined;
    if (this.reserved + bytes > this.maxBytes) {
      throw new HoggarError('unavailable', `the server is already reading ${(this.reserved / 1024 / 1024).toFixed(1)} MB of other requests, close to its limit of ${(this.maxBytes / 1024 / 1024).toFixed(1)} MB; send this again in a moment`, { retryAfterSeconds: 1 });
    }
    this.reserved += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.reserved -= bytes;
    };
  }

  get inUse(): number {
    return this.reserved;
  }
}
