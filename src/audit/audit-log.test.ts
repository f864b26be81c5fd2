import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewAuditRow } from '../store/queries/audit-queries.js';
import type { Queries, Store } from '../store/store.js';
import { HoggarError } from '../errors.js';
import { AuditLog } from './audit-log.js';

/** A store whose writes fail while `refusing` is set, as on a full disk; it keeps what it was given. */
function flakyStore() {
  const written: NewAuditRow[] = [];
  const state = { refusing: true };
  const store = {
    async write<T>(work: (q: Queries) => Promise<T>) {
      if (state.refusing) throw new HoggarError('unavailable', 'the store cannot take this write: the disk that holds it is full');
      return work({ audit: { append: async (rows: readonly NewAuditRow[]) => { written.push(...rows); } } } as unknown as Queries);
    },
  } as unknown as Store;
  return { store, written, state };
}

const ctx = { principal: { name: 'analyst', member: 'DZA', role: 'analyst' as const } };

describe('AuditLog', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('keeps read records the store refused, reports it, and writes them once it takes writes again', async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store, written, state } = flakyStore();
    const log = new AuditLog(store, 250);
    log.recordRead(ctx, { action: 'api.objects.get', target: 'a' });
    log.recordRead(ctx, { action: 'api.objects.get', target: 'b' });
    // The timed flush fails: no unhandled rejection, one line for the operator.
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^hoggar: 2 audit records of reads wait to be written, retrying every 5 s: the store cannot take this write/);
    log.recordRead(ctx, { action: 'api.objects.get', target: 'c' });
    state.refusing = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written.map((r) => r.target)).toEqual(['a', 'b', 'c']);
  });

  it('tells a caller that waits for a flush that it failed, and succeeds on the next one', async () => {
    const { store, written, state } = flakyStore();
    const log = new AuditLog(store, 60_000);
    log.recordRead(ctx, { action: 'export' });
    await expect(log.flush()).rejects.toMatchObject({ code: 'unavailable' });
    state.refusing = false;
    await log.flush();
    expect(written.map((r) => r.action)).toEqual(['export']);
  });
});
