import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, StatusesTable } from '../schema.js';

export type StatusRow = Selectable<StatusesTable>;

/** TAXII status resources, kept so a client can poll them from any node process. */
export function statusQueries(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<StatusesTable>): Promise<void> {
      await db.insertInto('statuses').values(row).execute();
    },
    async get(id: string): Promise<StatusRow | undefined> {
      const row = await db.selectFrom('statuses').selectAll().where('id', '=', id).executeTakeFirst();
      return row && {
        ...row,
        request_us: Number(row.request_us),
        total_count: Number(row.total_count),
        success_count: Number(row.success_count),
        failure_count: Number(row.failure_count),
        pending_count: Number(row.pending_count),
      };
    },
  };
}

export type StatusQueries = ReturnType<typeof statusQueries>;
