import { z } from 'zod';
import { presentAuditRow } from '../audit/audit-log.js';
import { forbidden } from '../errors.js';
import type { Node } from '../node/node.js';
import { FOUNDING_MEMBERS, member } from '../members/registry.js';
import { ObjectCatalog } from '../services/object-catalog.js';
import { isStixId, isStixTypeName } from '../stix/ids.js';
import { apiRoute, type AnyApiRoute } from './route.js';

const typeList = z.string().optional()
  .transform((v) => (v ? v.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
  .refine((types) => !types || types.every(isStixTypeName), 'type must be STIX type names (lowercase letters, digits and single hyphens, 3 to 250 characters), comma-separated');

const stixObject = z.object({ type: z.string(), id: z.string() }).passthrough();
const catalogEntry = z.object({ object: stixObject, owner: z.string(), storedAt: z.string(), originPeer: z.string().nullable() });

/** Who am I, what the node holds, and the audit trail. */
export function coreRoutes(node: Node): AnyApiRoute[] {
  const catalog = new ObjectCatalog(node.store);
  return [
    apiRoute({
      method: 'GET', path: '/api/me', tag: 'node', summary: 'The authenticated user and this node',
      response: z.object({ name: z.string(), member: z.string(), role: z.string(), node: z.object({ name: z.string(), member: z.string() }) }),
      async handle({ ctx }) {
        return { ...ctx.principal, node: { name: node.settings.name, member: node.settings.member } };
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/members', tag: 'node', summary: 'Member states known to this node (founding members, and those of its users and peers), with names in ar/fr/en and node identities',
      response: z.object({ members: z.array(z.object({ code: z.string(), names: z.object({ ar: z.string(), fr: z.string(), en: z.string() }), identityId: z.string() })) }),
      async handle() {
        const [users, peers] = await Promise.all([node.store.accounts.users(), node.store.peers.list()]);
        const codes = new Set<string>([...FOUNDING_MEMBERS, node.settings.member, ...users.map((u) => u.member), ...peers.map((p) => p.member)]);
        return { members: [...codes].sort().flatMap((code) => member(code) ?? []) };
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/objects', tag: 'knowledge', summary: 'Latest versions of the objects you may see, across collections',
      query: z.object({
        type: typeList,
        cursor: z.coerce.number().int().nonnegative().optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
        include_revoked: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
      }),
      response: z.object({ items: z.array(catalogEntry), next: z.number().optional() }),
      async handle({ ctx, query }) {
        const page = await catalog.list(ctx, {
          limit: query.limit, includeRevoked: query.include_revoked,
          ...(query.type ? { types: query.type } : {}), ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
        });
        node.audit.recordRead(ctx, { action: 'api.objects.list', detail: { query, ids: page.items.map((i) => i.object.id) } });
        return page;
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/objects/:id', tag: 'knowledge', summary: 'One object and its version history',
      params: z.object({ id: z.string().refine((id) => isStixId(id), 'id must be a STIX identifier (type--uuid)') }),
      response: z.object({ latest: catalogEntry, versions: z.array(catalogEntry) }),
      async handle({ ctx, params }) {
        const found = await catalog.get(ctx, params.id);
        node.audit.recordRead(ctx, { action: 'api.objects.get', target: params.id });
        return found;
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/audit', tag: 'node', summary: 'The append-only audit log (administrators)',
      query: z.object({
        after: z.coerce.number().int().nonnegative().default(0),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: z.object({ entries: z.array(z.object({ seq: z.number(), at: z.string(), actor: z.string(), action: z.string(), target: z.string().nullable(), detail: z.unknown() })) }),
      async handle({ ctx, query }) {
        if (ctx.principal.role !== 'admin') throw forbidden('only administrators may read the audit log');
        await node.audit.flush();
        const rows = await node.store.audit.recent(query.limit, query.after);
        return { entries: rows.map(presentAuditRow) };
      },
    }),
  ];
}
