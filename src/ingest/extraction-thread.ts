import { RequestWorker } from '../util/request-worker.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import type { DraftResult, ExtractOptions } from './index.js';

type DocumentOptions = Omit<ExtractOptions, 'knowledgeBase'>;

export interface ExtractionRequest {
  readonly id: number;
  /** Whose knowledge the document is matched against (a member), and which state of it. */
  readonly key: string;
  readonly stamp: string;
  /**
   * The knowledge base as stored JSON texts, sent only when the worker does not hold this key's
   * knowledge at this stamp; the worker parses them, so the server's thread does not.
   */
  readonly knowledgeBase?: readonly string[];
  readonly content: Uint8Array | string;
  readonly options: DocumentOptions;
}

export type ExtractionReply =
  | { readonly id: number; readonly draft: DraftResult }
  | { readonly id: number; readonly refusal: { code: IngestErrorCode; message: string } }
  | { readonly id: number; readonly failure: string };

function decode(reply: ExtractionReply): DraftResult {
  if ('draft' in reply) return reply.draft;
  if ('refusal' in reply) throw new IngestError(reply.refusal.code, reply.refusal.message);
  throw new Error(`the extraction worker failed: ${reply.failure}`);
}

/**
 * Runs extraction on a worker thread. Building the matcher from a large knowledge base and
 * extracting a long report each take seconds of CPU; on the server's own thread they would
 * stall every TAXII request meanwhile (a 1 MB report held the event loop 0.78 s). The worker
 * keeps one extractor per key and is sent the knowledge base again only when its stamp changed.
 * A worker that dies fails only the documents it held; the next one starts a new worker.
 */
export class ExtractionThread {
  /** The stamp each key's extractor was built at, in the current worker. */
  private held = new Map<string, string>();
  private readonly worker = new RequestWorker<Omit<ExtractionRequest, 'id'>, ExtractionReply, DraftResult>({
    callerUrl: import.meta.url,
    builtName: './extraction-worker.js',
    decode,
    stopped: (why) => new IngestError('extraction_failed', `the extraction worker stopped (${why}); nothing was stored; send the document again`),
    onStart: () => { this.held = new Map(); },
  });
  /** Extractions run one after another, so a knowledge base is sent before the documents that need it. */
  private queue: Promise<unknown> = Promise.resolve();

  extract(key: string, stamp: string, knowledgeBase: () => Promise<readonly string[]>, content: Uint8Array | string, options: DocumentOptions): Promise<DraftResult> {
    const run = this.queue.then(async () => {
      // A worker that stopped since is replaced on this send, and it holds nothing yet.
      const current = this.worker.current === undefined ? undefined : this.held.get(key);
      const fresh = current === stamp ? undefined : await knowledgeBase();
      const sent = this.worker.send({ key, stamp, content, options, ...(fresh ? { knowledgeBase: fresh } : {}) });
      this.held.set(key, stamp);
      return sent;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  /** The running worker, for tests that stop it on purpose. */
  get current() {
    return this.worker.current;
  }
}
