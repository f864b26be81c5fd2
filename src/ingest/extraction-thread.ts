import type { Worker } from 'node:worker_threads';
import type { StixObject } from '../stix/types.js';
import { startModuleWorker } from '../util/module-worker.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import type { DraftResult, ExtractOptions } from './index.js';

type DocumentOptions = Omit<ExtractOptions, 'knowledgeBase'>;

export interface ExtractionRequest {
  readonly id: number;
  /** Whose knowledge the document is matched against (a member), and which state of it. */
  readonly key: string;
  readonly stamp: string;
  /** Sent only when the worker does not hold this key's knowledge at this stamp. */
  readonly knowledgeBase?: readonly StixObject[];
  readonly content: Uint8Array | string;
  readonly options: DocumentOptions;
}

export type ExtractionReply =
  | { readonly id: number; readonly draft: DraftResult }
  | { readonly id: number; readonly refusal: { code: IngestErrorCode; message: string } }
  | { readonly id: number; readonly failure: string };

interface Waiting { resolve: (draft: DraftResult) => void; reject: (error: Error) => void }

/**
 * Runs extraction on a worker thread. Building the matcher from a large knowledge base and
 * extracting a long report each take seconds of CPU; on the server's own thread they would
 * stall every TAXII request meanwhile (a 1 MB report held the event loop 0.78 s). The worker
 * keeps one extractor per key and is sent the knowledge base again only when its stamp changed.
 * A worker that dies fails only the documents it held; the next one starts a new worker.
 */
export class ExtractionThread {
  private worker: Worker | undefined;
  /** The stamp each key's extractor was built at, in the current worker. */
  private held = new Map<string, string>();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  /** Extractions run one after another, so a knowledge base is sent before the documents that need it. */
  private queue: Promise<unknown> = Promise.resolve();

  extract(key: string, stamp: string, knowledgeBase: () => Promise<readonly StixObject[]>, content: Uint8Array | string, options: DocumentOptions): Promise<DraftResult> {
    const run = this.queue.then(async () => {
      const worker = this.started();
      const fresh = this.held.get(key) === stamp ? undefined : await knowledgeBase();
      return new Promise<DraftResult>((resolve, reject) => {
        const id = this.nextId++;
        this.waiting.set(id, { resolve, reject });
        const request: ExtractionRequest = { id, key, stamp, content, options, ...(fresh ? { knowledgeBase: fresh } : {}) };
        worker.postMessage(request);
        this.held.set(key, stamp);
      });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startModuleWorker(import.meta.url, './extraction-worker.js');
    // The worker never keeps the process alive by itself.
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.settle(reply));
    const stopped = (why: string) => new IngestError('extraction_failed', `the extraction worker stopped (${why}); nothing was stored; send the document again`);
    worker.on('error', (error) => this.abandon(worker, stopped(error.message)));
    worker.on('exit', (code) => this.abandon(worker, stopped(`exit code ${code}`)));
    this.worker = worker;
    this.held = new Map();
    return worker;
  }

  private settle(reply: ExtractionReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if ('draft' in reply) waiting.resolve(reply.draft);
    else if ('refusal' in reply) waiting.reject(new IngestError(reply.refusal.code, reply.refusal.message));
    else waiting.reject(new Error(`the extraction worker failed: ${reply.failure}`));
  }

  private abandon(worker: Worker, error: Error): void {
    // One worker runs at a time, so whatever is waiting was sent to this one.
    if (this.worker === worker) this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      waiting.reject(error);
    }
  }
}
