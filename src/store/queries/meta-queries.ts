import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Node settings and counters as key/value pairs (they live in the database, so every backend has them). */
export function metaQueries(db: Kysely<Database>) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    },
    async set(key: string, value: string): Promise<void> {
      await db.insertInto('meta').values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
    },
  };
}

export type MetaQueries = ReturnType<typeof metaQueries>;
