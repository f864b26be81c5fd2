import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, PeersTable, PushFailuresTable, SyncStateTable } from '../schema.js';

export type PeerRow = Selectable<PeersTable>;
export type SyncStateRow = Selectable<SyncStateTable>;
export type PushFailureRow = Selectable<PushFailuresTable>;
export type Direction = SyncStateTable['direction'];

const num = (v: number | null) => (v === null ? null : Number(v));

/** Peers, their sync cursors and the objects a peer has not accepted yet. */
export function peerQueries(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<PeersTable>): Promise<void> {
      await db.insertInto('peers').values(row).execute();
    },
    async get(name: string): Promise<PeerRow | undefined> {
      const row = await db.selectFrom('peers').selectAll().where('name', '=', name).executeTakeFirst();
      return row && { ...row, created_us: Number(row.created_us), relay: Number(row.relay), compress_push: Number(row.compress_push) };
    },
    async list(): Promise<PeerRow[]> {
      const rows = await db.selectFrom('peers').selectAll().orderBy('name').execute();
      return rows.map((r) => ({ ...r, created_us: Number(r.created_us), relay: Number(r.relay), compress_push: Number(r.compress_push) }));
    },
    /** Members whose deliveries this node passes on to its other peers. */
    async relaySources(): Promise<string[]> {
      const rows = await db.selectFrom('peers').select('member').where('relay', '=', 1).execute();
      return [...new Set(rows.map((r) => r.member))];
    },
    async remove(name: string): Promise<boolean> {
      await db.deleteFrom('sync_state').where('peer', '=', name).execute();
      await db.deleteFrom('push_failures').where('peer', '=', name).execute();
      const result = await db.deleteFrom('peers').where('name', '=', name).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async state(peer: string, direction: Direction): Promise<SyncStateRow | undefined> {
      const row = await db.selectFrom('sync_state').selectAll().where('peer', '=', peer).where('direction', '=', direction).executeTakeFirst();
      return row && {
        ...row, last_attempt_us: num(row.last_attempt_us), last_success_us: num(row.last_success_us),
        last_error_us: num(row.last_error_us), objects_total: Number(row.objects_total), rejected_total: Number(row.rejected_total),
      };
    },
    /** Creates or updates a peer's state in one direction with the given fields. */
    async saveState(peer: string, direction: Direction, fields: Partial<Omit<SyncStateRow, 'peer' | 'direction'>>): Promise<void> {
      await db.insertInto('sync_state').values({ peer, direction, objects_total: 0, rejected_total: 0, ...fields })
        .onConflict((oc) => oc.columns(['peer', 'direction']).doUpdateSet(fields)).execute();
    },

    async saveFailure(row: Insertable<PushFailuresTable>): Promise<void> {
      await db.insertInto('push_failures').values(row)
        .onConflict((oc) => oc.columns(['peer', 'object_id', 'version_key'])
          .doUpdateSet({ attempts: row.attempts, next_attempt_us: row.next_attempt_us, message: row.message }))
        .execute();
    },
    async clearFailure(peer: string, objectId: string, versionKey: string): Promise<void> {
      await db.deleteFrom('push_failures').where('peer', '=', peer).where('object_id', '=', objectId)
        .where('version_key', '=', versionKey).execute();
    },
    async failures(peer: string): Promise<PushFailureRow[]> {
      const rows = await db.selectFrom('push_failures').selectAll().where('peer', '=', peer).orderBy('next_attempt_us').execute();
      return rows.map((r) => ({ ...r, attempts: Number(r.attempts), next_attempt_us: Number(r.next_attempt_us) }));
    },
  };
}

export type PeerQueries = ReturnType<typeof peerQueries>;
