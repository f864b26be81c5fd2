import { nowMicros } from '../stix/timestamps.js';
import type { AuditRow, NewAuditRow } from '../store/queries/audit-queries.js';
import type { Queries, Store } from '../store/store.js';
import type { RequestContext } from '../services/context.js';

export interface AuditEntry {
  readonly action: string;
  readonly target?: string;
  readonly detail?: Record<string, unknown>;
}

/** An audit row as people and scripts read it (the JSON API and `hoggar audit`). */
export function presentAuditRow(r: AuditRow) {
  return {
    seq: r.seq, at: new Date(r.at_us / 1000).toISOString(), actor: r.actor, action: r.action, target: r.target,
    detail: r.detail_json ? JSON.parse(r.detail_json) as unknown : null,
  };
}

function row(ctx: RequestContext, entry: AuditEntry): NewAuditRow {
  return {
    at_us: Number(nowMicros()),
    actor: `${ctx.principal.name}@${ctx.principal.member}`,
    action: entry.action,
    target: entry.target ?? null,
    detail_json: entry.detail ? JSON.stringify(entry.detail) : null,
  };
}

/**
 * The append-only record of who read, changed, published or shared what.
 * Changes are recorded in the same transaction as the change itself, so neither
 * exists without the other. Reads are batched (a read must not cost a disk sync):
 * they are flushed every `flushMs` and on close, so a crash can lose at most that
 * window of read records, never a change record.
 */
export class AuditLog {
  private buffer: NewAuditRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly flushMs = 250) {}

  /** Records a change inside the caller's write transaction. */
  async recordChange(queries: Queries, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    await queries.audit.append([row(ctx, entry)]);
  }

  /** Records a read; written within `flushMs`. */
  recordRead(ctx: RequestContext, entry: AuditEntry): void {
    this.buffer.push(row(ctx, entry));
    this.scheduleFlush(this.flushMs);
  }

  /** A flush on a timer has no caller to tell: its failure is reported here, and retried. */
  private scheduleFlush(delayMs: number): void {
    this.timer ??= setTimeout(() => {
      this.flush().catch((error: unknown) => {
        console.error(`hoggar: ${this.buffer.length} audit records of reads wait to be written, retrying every ${RETRY_MS / 1000} s: ${(error as Error).message}`);
      });
    }, delayMs);
  }

  /** Records an event that changes nothing stored (a sign-in lockout); written within `flushMs`, as reads are. */
  recordNotice(ctx: RequestContext, entry: AuditEntry): void {
    this.recordRead(ctx, entry);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    if (rows.length === 0) return this.flushing;
    // A failed flush before this one does not stop this one (its rows are retried with these).
    this.flushing = this.flushing.catch(() => undefined).then(() => this.store.write((q) => q.audit.append(rows))).catch((error: unknown) => {
      // Kept, not dropped, while the store refuses (a full disk): written once it takes writes
      // again. Past MAX_WAITING the oldest go, and the log says how many.
      this.buffer = [...rows, ...this.buffer];
      const excess = this.buffer.length - MAX_WAITING;
      if (excess > 0) {
        this.buffer = this.buffer.slice(excess);
        console.error(`hoggar: ${excess} audit records of reads were dropped: the store has refused writes for too long`);
      }
      this.scheduleFlush(RETRY_MS);
      throw error;
    });
    return this.flushing;
  }
}

/** How long a refused flush waits before it is tried again. */
const RETRY_MS = 5_000;
/** The most read records held while the store refuses writes (about 300 bytes each). */
const MAX_WAITING = 100_000;
