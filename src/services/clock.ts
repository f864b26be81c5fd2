import { nowMicros } from '../stix/timestamps.js';
import type { Queries } from '../store/store.js';

/**
 * Reserves `count` date_added values. They must be unique and increase across the
 * node, even after deletions, so the high-water mark lives in the database.
 */
export async function nextClock(q: Queries, count: number): Promise<number> {
  const last = Number((await q.meta.get('clock_us')) ?? 0);
  const start = Math.max(Number(nowMicros()), last + 1);
  await q.meta.set('clock_us', String(start + count - 1));
  return start;
}
