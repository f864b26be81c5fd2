import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { CollectionGrantsTable, CollectionsTable, Database, TokensTable, UsersTable } from '../schema.js';

export type UserRow = Selectable<UsersTable>;
export type CollectionRow = Selectable<CollectionsTable>;
export type GrantRow = Selectable<CollectionGrantsTable>;
export type TokenRow = Selectable<TokensTable>;

/** PostgreSQL returns BIGINT columns as strings. */
const asMicros = (value: number | string | null): number | null => (value === null ? null : Number(value));
const asUser = (r: UserRow): UserRow => ({ ...r, created_us: Number(r.created_us), disabled_us: asMicros(r.disabled_us) });
const asToken = (r: TokenRow): TokenRow => ({ ...r, created_us: Number(r.created_us), expires_us: asMicros(r.expires_us) });
const asCollection = (r: CollectionRow): CollectionRow => ({ ...r, created_us: Number(r.created_us), ordinal: Number(r.ordinal) });
const asGrant = (r: GrantRow): GrantRow => ({ ...r, can_read: Number(r.can_read), can_write: Number(r.can_write) });

/** Users, API tokens, collections and the rights on them. */
export function accountQueries(db: Kysely<Database>) {
  return {
    async insertUser(row: Insertable<UsersTable>): Promise<void> {
      await db.insertInto('users').values(row).execute();
    },
    async user(name: string): Promise<UserRow | undefined> {
      const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
      return row && asUser(row);
    },
    async users(): Promise<UserRow[]> {
      return (await db.selectFrom('users').selectAll().orderBy('name').execute()).map(asUser);
    },
    async setPassword(name: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('name', '=', name).execute();
    },
    async setDisabled(name: string, disabledUs: number | null): Promise<void> {
      await db.updateTable('users').set({ disabled_us: disabledUs }).where('name', '=', name).execute();
    },
    async token(id: string): Promise<TokenRow | undefined> {
      const row = await db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row && asToken(row);
    },

    async insertToken(row: Insertable<TokensTable>): Promise<void> {
      await db.insertInto('tokens').values(row).execute();
    },
    /** The user a token belongs to, with when the token expires (null: never). */
    async userByTokenHash(tokenHash: string): Promise<(UserRow & { token_expires_us: number | null }) | undefined> {
      const row = await db.selectFrom('tokens').innerJoin('users', 'users.name', 'tokens.user_name')
        .selectAll('users').select('tokens.expires_us as token_expires_us').where('tokens.token_hash', '=', tokenHash).executeTakeFirst();
      return row && { ...asUser(row), token_expires_us: asMicros(row.token_expires_us) };
    },
    async tokens(userName: string): Promise<TokenRow[]> {
      const rows = await db.selectFrom('tokens').selectAll().where('user_name', '=', userName).orderBy('created_us').execute();
      return rows.map(asToken);
    },
    async deleteToken(id: string): Promise<boolean> {
      const result = await db.deleteFrom('tokens').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Adds a collection with the next ordinal; run it in a write transaction, which serialises writers. */
    async insertCollection(row: Omit<Insertable<CollectionsTable>, 'ordinal'>): Promise<void> {
      await db.insertInto('collections')
        .values({ ...row, ordinal: sql<number>`(SELECT coalesce(max(ordinal), 0) + 1 FROM collections)` })
        .execute();
    },
    async collection(id: string): Promise<CollectionRow | undefined> {
      const row = await db.selectFrom('collections').selectAll().where('id', '=', id).executeTakeFirst();
      return row && asCollection(row);
    },
    async collectionByAlias(alias: string): Promise<CollectionRow | undefined> {
      const row = await db.selectFrom('collections').selectAll().where('alias', '=', alias).executeTakeFirst();
      return row && asCollection(row);
    },
    async collections(): Promise<CollectionRow[]> {
      return (await db.selectFrom('collections').selectAll().orderBy('created_us').execute()).map(asCollection);
    },
    async setGrant(row: Insertable<CollectionGrantsTable>): Promise<void> {
      await db.insertInto('collection_grants').values(row)
        .onConflict((oc) => oc.columns(['collection_id', 'principal'])
          .doUpdateSet({ can_read: row.can_read, can_write: row.can_write }))
        .execute();
    },
    /** Grants that may apply to a user: to the user by name, to the user's member, or to every member. */
    async grantsFor(principals: readonly string[]): Promise<GrantRow[]> {
      const rows = await db.selectFrom('collection_grants').selectAll().where('principal', 'in', principals).execute();
      return rows.map(asGrant);
    },
    async grantsOn(collectionId: string): Promise<GrantRow[]> {
      const rows = await db.selectFrom('collection_grants').selectAll().where('collection_id', '=', collectionId)
        .orderBy('principal').execute();
      return rows.map(asGrant);
    },
  };
}

export type AccountQueries = ReturnType<typeof accountQueries>;
