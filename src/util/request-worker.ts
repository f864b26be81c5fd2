import type { Transferable, Worker } from 'node:worker_threads';
import { startModuleWorker } from './module-worker.js';

export interface WorkerReply { readonly id: number }

export interface RequestWorkerOptions<Reply extends WorkerReply, Result> {
  /** The caller's `import.meta.url` and the worker module's built name beside it (see startModuleWorker). */
  readonly callerUrl: string;
  readonly builtName: string;
  /** Turns a reply into the caller's result; throws for a reply that carries a refusal. */
  readonly decode: (reply: Reply) => Result;
  /** The error for the requests a worker held when it stopped. */
  readonly stopped: (why: string) => Error;
  /** Called each time a new worker starts (it holds nothing of the previous one). */
  readonly onStart?: () => void;
}

interface Waiting<Result> { worker: Worker; resolve: (result: Result) => void; reject: (error: Error) => void }

/**
 * Requests answered by a worker thread, matched to their replies by id. The worker starts
 * with the first request and never keeps the process alive by itself. A worker that dies fails
 * only the requests it held; the next request starts a new one.
 */
export class RequestWorker<Request extends object, Reply extends WorkerReply, Result> {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting<Result>>();
  private nextId = 0;

  constructor(private readonly options: RequestWorkerOptions<Reply, Result>) {}

  send(request: Request, transfer: readonly Transferable[] = []): Promise<Result> {
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const worker = this.started();
      this.waiting.set(id, { worker, resolve, reject });
      worker.postMessage({ ...request, id }, [...transfer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  /** The running worker, for tests that stop it on purpose. */
  get current(): Worker | undefined {
    return this.worker;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startModuleWorker(this.options.callerUrl, this.options.builtName);
    worker.unref();
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.abandon(worker, this.options.stopped(error.message)));
    worker.on('exit', (code) => this.abandon(worker, this.options.stopped(`exit code ${code}`)));
    this.worker = worker;
    this.options.onStart?.();
    return worker;
  }

  private settle(reply: Reply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    try {
      waiting.resolve(this.options.decode(reply));
    } catch (error) {
      waiting.reject(error as Error);
    }
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
