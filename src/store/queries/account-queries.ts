import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CollectionGrantsTable, CollectionsTable, Database, TokensTable, UsersTable } from '../schema.js';

export type UserRow = Selectable<UsersTable>;
export type CollectionRow = Selectable<CollectionsTable>;
export type GrantRow = Selectable<CollectionGrantsTable>;
export type TokenRow = Selectable<TokensTable>;

const asUser = (r: UserRow): UserRow => ({ ...r, created_us: Number(r.created_us), disabled_us: r.disabled_us === null ? null : Number(r.disabled_us) });
const asCollection = (r: CollectionRow): CollectionRow => ({ ...r, created_us: Number(r.created_us) });
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
      return row && { ...row, created_us: Number(row.created_us) };
    },

    async insertToken(row: Insertable<TokensTable>): Promise<void> {
      await db.insertInto('tokens').values(row).execute();
    },
    async userByTokenHash(tokenHash: string): Promise<UserRow | undefined> {
      const row = await db.selectFrom('tokens').innerJoin('users', 'users.name', 'tokens.user_name')
        .selectAll('users').where('tokens.token_hash', '=', tokenHash).executeTakeFirst();
      return row && asUser(row);
    },
    async tokens(userName: string): Promise<TokenRow[]> {
      const rows = await db.selectFrom('tokens').selectAll().where('user_name', '=', userName).orderBy('created_us').execute();
      return rows.map((r) => ({ ...r, created_us: Number(r.created_us) }));
    },
    async deleteToken(id: string): Promise<boolean> {
      const result = await db.deleteFrom('tokens').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async insertCollection(row: Insertable<CollectionsTable>): Promise<void> {
      await db.insertInto('collections').values(row).execute();
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
