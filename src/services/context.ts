import { userInfo } from 'node:os';
import type { AccessFilter } from '../store/queries/membership-queries.js';
import type { Store } from '../store/store.js';

export const ROLES = ['admin', 'analyst', 'peer'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller. Peers are accounts other nodes use to sync. */
export interface Principal {
  readonly name: string;
  readonly member: string;
  readonly role: Role;
}

/** What every service call receives first: who is asking. */
export interface RequestContext {
  readonly principal: Principal;
}

/**
 * Whoever runs a `hoggar` command at the node's console, named in the audit log by their
 * operating-system account: the command line has no sign-in, and the machine's own account
 * is what an inquiry can trace.
 */
export function operatorContext(member: string): RequestContext {
  return { principal: { name: `operator:${operatorAccount()}`, member, role: 'admin' } };
}

/** The account name, or `uid N` where the uid has no entry in the password database (some containers). */
function operatorAccount(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

/** The node itself, for work no user asked for (start-up, scheduled sync). */
export function systemContext(member: string): RequestContext {
  return { principal: { name: 'system', member, role: 'admin' } };
}

/**
 * The one access rule every read path uses: people read by the read scope; a peer
 * node receives only what may be shared with its member. `relayFrom`: the members whose
 * deliveries this node passes on (see PeersTable.relay).
 */
export function accessFilterFor(ctx: RequestContext, relayFrom: readonly string[] = []): AccessFilter {
  return ctx.principal.role === 'peer'
    ? { mode: 'share', member: ctx.principal.member, relayFrom }
    : { mode: 'read', member: ctx.principal.member };
}

/** The access filter of a caller, with the node's relay settings when the caller is a peer. */
export async function accessFilterOf(store: Store, ctx: RequestContext): Promise<AccessFilter> {
  return accessFilterFor(ctx, ctx.principal.role === 'peer' ? await store.peers.relaySources() : []);
}
