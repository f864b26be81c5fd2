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
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
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
    this.flushing = this.flushing.then(() => this.store.write((q) => q.audit.append(rows)));
    return this.flushing;
  }
}
