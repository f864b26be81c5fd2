import { randomUUID } from 'node:crypto';
import { HoggarError, badRequest, notFound } from '../errors.js';
import { nowMicros } from '../stix/timestamps.js';
import type { CollectionRow } from '../store/queries/account-queries.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Store } from '../store/store.js';
import { onUniqueViolation } from '../store/unique-violation.js';
import type { RequestContext } from './context.js';

export interface Rights {
  readonly canRead: boolean;
  readonly canWrite: boolean;
}

export interface CollectionView extends Rights {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly alias: string | null;
}

/** A right given to a user by name, to every user of a member, or to every member ('member:*'). */
export interface Grant {
  readonly principal: string;
  readonly canRead: boolean;
  readonly canWrite: boolean;
}

export const GRANT_PRINCIPAL = /^(user:[A-Za-z0-9._-]{1,64}|member:([A-Z]{3}|\*))$/;

function principalsOf(ctx: RequestContext): string[] {
  return [`user:${ctx.principal.name}`, `member:${ctx.principal.member}`, 'member:*'];
}

/** TAXII collections and who may read or write them. */
export class CollectionService {
  constructor(private readonly store: Store, private readonly audit: AuditLog) {}

  async rights(ctx: RequestContext, collectionId: string): Promise<Rights> {
    if (ctx.principal.role === 'admin') return { canRead: true, canWrite: true };
    const grants = (await this.store.accounts.grantsFor(principalsOf(ctx))).filter((g) => g.collection_id === collectionId);
    return { canRead: grants.some((g) => g.can_read === 1), canWrite: grants.some((g) => g.can_write === 1) };
  }

  /** The collection, if it exists and the caller holds `right` on it ('any': read or write). */
  async require(ctx: RequestContext, collectionId: string, right: 'read' | 'write' | 'any'): Promise<CollectionView> {
    const row = await this.store.accounts.collection(collectionId);
    if (!row) throw notFound(`collection ${collectionId}`);
    const rights = await this.rights(ctx, collectionId);
    if (right === 'read' && !rights.canRead) {
      throw new HoggarError('forbidden', `${ctx.principal.name} may not read collection ${collectionId}`);
    }
    if (right === 'any' && !rights.canRead && !rights.canWrite) {
      throw new HoggarError('forbidden', `${ctx.principal.name} has no right on collection ${collectionId}`);
    }
    if (right === 'write' && !rights.canWrite) {
      throw new HoggarError('forbidden', `${ctx.principal.name} may not write to collection ${collectionId}`);
    }
    return view(row, rights);
  }

  /** Collections the caller holds any right on. */
  async list(ctx: RequestContext): Promise<CollectionView[]> {
    const rows = await this.store.accounts.collections();
    const views = await Promise.all(rows.map(async (row) => view(row, await this.rights(ctx, row.id))));
    return views.filter((v) => v.canRead || v.canWrite);
  }

  /** Every collection with its grants (administration). */
  async listWithGrants(): Promise<{ collection: CollectionView; grants: Grant[] }[]> {
    const rows = await this.store.accounts.collections();
    return Promise.all(rows.map(async (row) => ({
      collection: view(row, { canRead: true, canWrite: true }),
      grants: (await this.store.accounts.grantsOn(row.id)).map((g) => ({
        principal: g.principal, canRead: g.can_read === 1, canWrite: g.can_write === 1,
      })),
    })));
  }

  async create(ctx: RequestContext, input: { title: string; description?: string; alias?: string; grants: readonly Grant[] }): Promise<string> {
    for (const g of input.grants) {
      if (!GRANT_PRINCIPAL.test(g.principal)) throw badRequest(`invalid grant principal "${g.principal}": use user:NAME, member:ISO3 or member:*`);
    }
    const aliasTaken = () => new HoggarError('conflict', `a collection with alias "${input.alias}" already exists`);
    if (input.alias && (await this.store.accounts.collectionByAlias(input.alias))) throw aliasTaken();
    const id = randomUUID();
    await onUniqueViolation(() => this.store.write(async (q) => {
      await q.accounts.insertCollection({
        id, title: input.title, description: input.description ?? null, alias: input.alias ?? null,
        created_us: Number(nowMicros()),
      });
      for (const g of input.grants) {
        await q.accounts.setGrant({ collection_id: id, principal: g.principal, can_read: g.canRead ? 1 : 0, can_write: g.canWrite ? 1 : 0 });
      }
      await this.audit.recordChange(q, ctx, { action: 'collections.add', target: id, detail: { title: input.title, grants: input.grants } });
    }), aliasTaken);
    return id;
  }

  async grant(ctx: RequestContext, collectionId: string, grant: Grant): Promise<void> {
    if (!GRANT_PRINCIPAL.test(grant.principal)) throw badRequest(`invalid grant principal "${grant.principal}"`);
    if (!(await this.store.accounts.collection(collectionId))) throw notFound(`collection ${collectionId}`);
    await this.store.write(async (q) => {
      await q.accounts.setGrant({
        collection_id: collectionId, principal: grant.principal, can_read: grant.canRead ? 1 : 0, can_write: grant.canWrite ? 1 : 0,
      });
      await this.audit.recordChange(q, ctx, { action: 'collections.grant', target: collectionId, detail: { ...grant } });
    });
  }
}

function view(row: CollectionRow, rights: Rights): CollectionView {
  return { id: row.id, title: row.title, description: row.description, alias: row.alias, ...rights };
}
