import { AuditLog } from '../audit/audit-log.js';
import { HoggarError, badRequest } from '../errors.js';
import { isMemberCode, memberIdentity } from '../members/registry.js';
import { generatePassword, AuthService } from '../services/auth-service.js';
import { CollectionService } from '../services/collection-service.js';
import { readNodeSettings, writeNodeSettings, type NodeSettings } from '../services/node-settings.js';
import { HOGGAR_DEFINITIONS } from '../stix/hoggar-extensions.js';
import { TLP_MARKING_OBJECTS } from '../stix/tlp-objects.js';
import type { Store } from '../store/store.js';
import { assembleNode } from './node.js';
import { systemContext } from '../services/context.js';

export const DEFAULT_COLLECTION_ALIAS = 'default';

export interface InitResult {
  readonly settings: NodeSettings;
  readonly admin: { readonly user: string; readonly password: string; readonly token: string };
  readonly collectionId: string;
}

/**
 * Makes a fresh store into a node: its identity, an admin with a generated password and
 * token (returned once, never stored in clear), and a default collection every member's
 * users may read and write (markings still decide what each one sees).
 */
export async function initNode(store: Store, input: { member: string; name: string }): Promise<InitResult> {
  if (!isMemberCode(input.member)) throw badRequest(`unknown member "${input.member}": use an ISO 3166-1 alpha-3 code such as DZA`);
  if (!input.name.trim() || input.name.length > 100) throw badRequest('the node name must have 1 to 100 characters');
  if (await readNodeSettings(store)) throw new HoggarError('conflict', 'this store already holds a node; it was not changed');
  const settings = await writeNodeSettings(store, input.member, input.name.trim());
  const audit = new AuditLog(store);
  const auth = new AuthService(store, audit);
  const password = generatePassword();
  const ctx = systemContext(input.member);
  await auth.addUser(ctx, { name: 'admin', member: input.member, role: 'admin', password });
  const { token } = await auth.createToken(ctx, 'admin', { label: 'created by init' });
  const collectionId = await new CollectionService(store, audit).create(ctx, {
    title: `${input.name.trim()} intelligence`,
    description: 'Default collection of this node',
    alias: DEFAULT_COLLECTION_ALIAS,
    grants: [{ principal: 'member:*', canRead: true, canWrite: true }],
  });
  // The node's own identity and the TLP definitions, so peers and clients can resolve them.
  const node = await assembleNode(store);
  await node.writer.add(systemContext(input.member), collectionId, [...TLP_MARKING_OBJECTS, ...HOGGAR_DEFINITIONS, memberIdentity(input.member)]);
  await node.audit.flush();
  return { settings, admin: { user: 'admin', password, token }, collectionId };
}

/** The id of the default collection. */
export async function defaultCollectionId(store: Store): Promise<string> {
  const row = await store.accounts.collectionByAlias(DEFAULT_COLLECTION_ALIAS);
  if (!row) throw new HoggarError('not_found', 'this node has no default collection; pass --collection');
  return row.id;
}
