import { memberIdentityId } from '../members/registry.js';
import type { AccessLabel } from '../stix/access.js';
import type { StixObject } from '../stix/types.js';

/**
 * Is this node the owner, so the ingress check does not apply? Without created_by_ref
 * the owner falls back to this node; for what a peer delivers that fallback must not
 * waive the check, or a peer could hand us (say) TLP:RED objects by leaving the
 * creator out. A peer's object is ours only when its created_by_ref names our member.
 */
export function ownedHere(label: AccessLabel, object: StixObject, home: string, originPeer: string | null | undefined): boolean {
  if (label.owner !== home) return false;
  return originPeer === undefined || originPeer === null || object.created_by_ref === memberIdentityId(home);
}
