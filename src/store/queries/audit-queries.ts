import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AuditTable, Database } from '../schema.js';
import { chunkRows } from './chunk.js';

export type AuditRow = Selectable<AuditTable>;
export type NewAuditRow = Insertable<AuditTable>;

/** The append-only audit log (the database refuses updates and deletes). */
export function auditQueries(db: Kysely<Database>, maxParameters: number) {
  return {
    async append(rows: readonly NewAuditRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 5, maxParameters)) await db.insertInto('audit_log').values(chunk).execute();
    },
    async recent(limit: number, afterSeq = 0): Promise<AuditRow[]> {
      const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq)
        .orderBy('seq').limit(limit).execute();
      return rows.map((r) => ({ ...r, seq: Number(r.seq), at_us: Number(r.at_us) }));
    },
  };
}

export type AuditQueries = ReturnType<typeof auditQueries>;
