import type { RequestContext } from '../services/context.js';
import type { PeerRow } from '../store/queries/peer-queries.js';

/**
 * The context sync acts in for a peer: a 'peer' principal of the peer's member, so
 * reading for it goes through the egress rule (share scope) and what it delivers is
 * recorded as coming from it.
 */
export function peerContext(peer: Pick<PeerRow, 'name' | 'member'>): RequestContext {
  return { principal: { name: `peer:${peer.name}`, member: peer.member, role: 'peer' } };
}
