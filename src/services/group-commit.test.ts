import { describe, expect, it } from 'vitest';
import type { Queries, Store, WriteHooks } from '../store/store.js';
import { GroupCommitter } from './group-commit.js';

/**
 * A store whose transactions the test controls: each write runs its work, "commits",
 * then waits for the test to make it durable (or to fail its sync).
 */
function controlledStore() {
  const durable: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let commits = 0;
  const store = {
    async write<T>(work: (q: Queries) => Promise<T>, hooks?: WriteHooks): Promise<T> {
      const result = await work({} as Queries);
      commits++;
      hooks?.committed?.();
      await new Promise<void>((resolve, reject) => durable.push({ resolve, reject }));
      return result;
    },
  } as unknown as Store;
  return { store, durable, commits: () => commits };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommitter', () => {
  it('starts the next group while the previous one is still being made durable', async () => {
    const { store, durable, commits } = controlledStore();
    const committer = new GroupCommitter(store);
    const first = committer.run(async () => 'a');
    await tick();
    const second = committer.run(async () => 'b');
    await tick(); await tick();
    expect(commits()).toBe(2);
    let settled = false;
    void second.then(() => { settled = true; });
    await tick();
    expect(settled).toBe(false);
    durable.forEach((d) => d.resolve());
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
  });

  /** Queues `works` behind a transaction held open, so they are committed as one group. */
  async function oneGroup(committer: GroupCommitter, works: (() => Promise<unknown>)[]) {
    let open!: () => void;
    const holder = committer.run(() => new Promise<void>((r) => { open = r; }));
    await tick();
    const runs = works.map((work) => committer.run(work));
    runs.forEach((run) => run.catch(() => undefined));
    open();
    return { holder, runs };
  }

  it('fails every write of a group whose sync failed, without running any of them again', async () => {
    const { store, durable } = controlledStore();
    const committer = new GroupCommitter(store);
    const counts = [0, 0];
    const { holder, runs } = await oneGroup(committer, [async () => { counts[0]!++; }, async () => { counts[1]!++; }]);
    while (durable.length < 2) await tick();
    durable[0]!.resolve();
    await holder;
    durable[1]!.reject(new Error('sync failed'));
    for (const run of runs) await expect(run).rejects.toThrow('sync failed');
    expect(counts).toEqual([1, 1]);
    expect(durable).toHaveLength(2);
  });

  it('retries each write of a group that failed before committing alone', async () => {
    const { store, durable } = controlledStore();
    const committer = new GroupCommitter(store);
    const resolveAll = setInterval(() => durable.splice(0).forEach((d) => d.resolve()), 1);
    try {
      const { runs } = await oneGroup(committer, [async () => 'kept', async () => { throw new Error('bad envelope'); }]);
      expect(await runs[0]).toBe('kept');
      await expect(runs[1]).rejects.toThrow('bad envelope');
    } finally {
      clearInterval(resolveAll);
    }
  });
});
