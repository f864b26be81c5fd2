import type { Worker } from 'node:worker_threads';
import { HoggarError, type ErrorCode } from '../errors.js';
import type { PreparedBatch } from '../stix/prepare.js';
import { startModuleWorker } from '../util/module-worker.js';
import { readEnvelope } from './envelope.js';

export interface EnvelopeRequest { readonly id: number; readonly body: Uint8Array }

export type EnvelopeReply =
  | { readonly id: number; readonly batch: PreparedBatch }
  | { readonly id: number; readonly refusal: { code: ErrorCode; message: string; details?: Record<string, unknown> } }
  | { readonly id: number; readonly failure: string };

interface Waiting { worker: Worker; resolve: (batch: PreparedBatch) => void; reject: (error: Error) => void }

export interface EnvelopeReaderOptions {
  /** Bodies smaller than this are read in the calling thread, where the hop would cost more than it saves. */
  readonly minWorkerBytes?: number;
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
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private readonly minWorkerBytes: number;

  constructor(options: EnvelopeReaderOptions = {}) {
    this.minWorkerBytes = options.minWorkerBytes ?? 32 * 1024;
  }

  read(body: unknown): Promise<PreparedBatch> {
    // The executor turns a refusal thrown in-thread into a rejection, as the worker's are.
    if (!Buffer.isBuffer(body) || body.length < this.minWorkerBytes) return new Promise((resolve) => resolve(readEnvelope(body)));
    const id = this.nextId++;
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
    const bytes = owned ? body : new Uint8Array(body);
    return new Promise<PreparedBatch>((resolve, reject) => {
      const worker = this.started();
      this.waiting.set(id, { worker, resolve, reject });
      const request: EnvelopeRequest = { id, body: bytes };
      worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startModuleWorker(import.meta.url, './envelope-worker.js');
    // The worker never keeps the process alive by itself: the server's socket does.
    worker.unref();
    worker.on('message', (reply: EnvelopeReply) => this.settle(reply));
    // Nothing of an abandoned envelope was stored, so its sender may simply send it again.
    const stopped = (why: string) => new HoggarError('unavailable', `the envelope worker stopped (${why}) while reading this envelope; nothing of it was stored; send it again`);
    worker.on('error', (error) => this.abandon(worker, stopped(error.message)));
    worker.on('exit', (code) => this.abandon(worker, stopped(`exit code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: EnvelopeReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if ('batch' in reply) waiting.resolve(reply.batch);
    else if ('refusal' in reply) waiting.reject(new HoggarError(reply.refusal.code, reply.refusal.message, reply.refusal.details));
    else waiting.reject(new Error(`the envelope worker failed: ${reply.failure}`));
  }

  private abandon(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue;
      this.waiting.delete(id);
      waiting.reject(error);
    }
  }
}
