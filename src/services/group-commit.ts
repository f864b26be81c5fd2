import type { Queries, Store } from '../store/store.js';

type Work = (queries: Queries) => Promise<unknown>;

interface Pending {
  readonly work: Work;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: writes that arrive while a transaction is running are applied together
 * in the next one, in arrival order. Each caller still resolves only after the
 * transaction holding its work is durable, so what it acknowledges survives a crash;
 * but the cost of a commit (writing the touched index pages, syncing the log) is shared
 * by every envelope in it. The next group starts as soon as the previous one has
 * committed, while its log is still being synced (Store.write's `committed` hook). If a
 * group fails before it commits, each of its writes is retried alone, so one bad request
 * never fails its neighbours.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private draining = false;

  constructor(private readonly store: Store, private readonly maxGroup = 32) {}

  run<T>(work: (queries: Queries) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
        await new Promise<void>((released) => { void this.commit(group, released); });
        // Let requests that arrived during the commit reach the queue before taking the next group.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  /** Commits one group; `released` is called once the next group may start. */
  private async commit(group: readonly Pending[], released: () => void): Promise<void> {
    let committed = false;
    try {
      const results = await this.store.write(async (q) => {
        const out: unknown[] = [];
        for (const item of group) out.push(await item.work(q));
        return out;
      }, { committed: () => { committed = true; released(); } });
      group.forEach((item, i) => item.resolve(results[i]));
    } catch (error) {
      // Committed but not made durable: the work is done and must not run again.
      if (committed || group.length === 1) { for (const item of group) item.reject(error); return; }
      for (const item of group) {
        try {
          item.resolve(await this.store.write(item.work));
        } catch (alone) {
          item.reject(alone);
        }
      }
    } finally {
      released();
    }
  }
}
