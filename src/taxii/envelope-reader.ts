import { HoggarError, type ErrorCode } from '../errors.js';
import type { PreparedBatch } from '../stix/prepare.js';
import { RequestWorker } from '../util/request-worker.js';
import { readEnvelope } from './envelope.js';

export interface EnvelopeRequest { readonly id: number; readonly body: Uint8Array }

export type EnvelopeReply =
  | { readonly id: number; readonly batch: PreparedBatch }
  | { readonly id: number; readonly refusal: { code: ErrorCode; message: string; details?: Record<string, unknown> } }
  | { readonly id: number; readonly failure: string };

export interface EnvelopeReaderOptions {
  /** Bodies smaller than this are read in the calling thread, where the hop would cost more than it saves. */
  readonly minWorkerBytes?: number;
}

function decode(reply: EnvelopeReply): PreparedBatch {
  if ('batch' in reply) return reply.batch;
  if ('refusal' in reply) throw new HoggarError(reply.refusal.code, reply.refusal.message, reply.refusal.details);
  throw new Error(`the envelope worker failed: ${reply.failure}`);
}

/**
 * Reads POSTed envelopes on a worker thread. Decoding, parsing, validating and
 * serialising a large envelope is most of an ingest's CPU and needs no store, so the
 * server's own thread spends that time on the transaction of the previous envelope
 * instead (measured in the README, Performance). The body's bytes are moved to the
 * worker, not copied, when the request owns them. A worker that dies fails only the
 * envelopes it held; the next one starts a new worker.
 */
export class EnvelopeReader {
  private readonly worker = new RequestWorker<Omit<EnvelopeRequest, 'id'>, EnvelopeReply, PreparedBatch>({
    callerUrl: import.meta.url,
    builtName: './envelope-worker.js',
    decode,
    // Nothing of an abandoned envelope was stored, so its sender may simply send it again.
    stopped: (why) => new HoggarError('unavailable', `the envelope worker stopped (${why}) while reading this envelope; nothing of it was stored; send it again`),
  });
  private readonly minWorkerBytes: number;

  constructor(options: EnvelopeReaderOptions = {}) {
    this.minWorkerBytes = options.minWorkerBytes ?? 32 * 1024;
  }

  read(body: unknown): Promise<PreparedBatch> {
    // The executor turns a refusal thrown in-thread into a rejection, as the worker's are.
    if (!Buffer.isBuffer(body) || body.length < this.minWorkerBytes) return new Promise((resolve) => resolve(readEnvelope(body)));
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
    const bytes = owned ? body : new Uint8Array(body);
    return this.worker.send({ body: bytes }, [bytes.buffer as ArrayBuffer]);
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  /** The running worker, for tests that stop it on purpose. */
  get current() {
    return this.worker.current;
  }
}
