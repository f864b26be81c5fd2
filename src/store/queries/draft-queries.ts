import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, DraftsTable } from '../schema.js';

export type DraftRow = Selectable<DraftsTable>;

const asDraft = (r: DraftRow): DraftRow => ({
  ...r, created_us: Number(r.created_us), published_us: r.published_us === null ? null : Number(r.published_us),
});

/** Draft reports proposed by the extractor, waiting for an analyst to publish them. */
export function draftQueries(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<DraftsTable>): Promise<void> {
      await db.insertInto('drafts').values(row).execute();
    },
    async get(id: string): Promise<DraftRow | undefined> {
      const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && asDraft(row);
    },
    /** Newest first, without the (large) bundle and text. */
    async list(limit: number): Promise<Omit<DraftRow, 'bundle_json' | 'document_text'>[]> {
      const rows = await db.selectFrom('drafts')
        .select(['id', 'user_name', 'member', 'created_us', 'source_name', 'language', 'state', 'warnings_json', 'published_us', 'report_id'])
        .orderBy('created_us', 'desc').limit(limit).execute();
      return rows.map((r) => ({ ...r, created_us: Number(r.created_us), published_us: r.published_us === null ? null : Number(r.published_us) }));
    },
    async setState(id: string, fields: Partial<Pick<DraftRow, 'state' | 'published_us' | 'report_id' | 'bundle_json'>>): Promise<void> {
      await db.updateTable('drafts').set(fields).where('id', '=', id).execute();
    },
    /** Changes a draft only if it is still in state `from`; false if another request moved it first. */
    async transition(id: string, from: string, fields: Partial<Pick<DraftRow, 'state' | 'published_us' | 'report_id' | 'bundle_json'>>): Promise<boolean> {
      const result = await db.updateTable('drafts').set(fields).where('id', '=', id).where('state', '=', from).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type DraftQueries = ReturnType<typeof draftQueries>;
