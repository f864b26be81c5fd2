import { releaseListOf, tlpOfMarkingId, type TlpLevel } from './markings.js';
import type { StixObject } from './types.js';

/**
 * Who may see an object, derived once from its markings when it is stored.
 *
 * The rule (README, "Access by markings"):
 * - the member that originated an object (its owner) always sees it;
 * - a releasability marking ("REL TO DZA, MLI") releases it to exactly those members,
 *   whatever its TLP;
 * - without one, TLP:CLEAR and TLP:GREEN are visible to every member's users, and
 *   anything else (AMBER, AMBER+STRICT, RED, no TLP) only to the owner's;
 * - sharing with a peer node is stricter: TLP:RED never leaves; an object without a
 *   releasability marking leaves only if it is TLP:CLEAR.
 * Granular markings only ever narrow this: the object goes only where every part of it
 * may go. A marking we cannot resolve yet keeps the object home and owner-only until it
 * arrives.
 */
export type AccessTlp = TlpLevel | 'none';

export interface AccessLabel {
  readonly tlp: AccessTlp;
  /** Intersection of every releasability marking, or null when there is none. */
  readonly releaseTo: readonly string[] | null;
  /** Member (ISO 3166 alpha-3) that originated the object. */
  readonly owner: string;
  /** Marking ids referenced but not known yet. */
  readonly unresolved: readonly string[];
}

/** A scope is '*' (everyone), ',A,B,' (those members) or '' (the owner only). */
export interface AccessScopes {
  readonly readScope: string;
  readonly shareScope: string;
}

export interface LabelContext {
  /** The member this node belongs to: owner of everything not created by another member. */
  readonly home: string;
  /** Looks up a stored (or same-envelope) marking-definition. */
  readonly marking: (id: string) => StixObject | undefined;
  /** The member whose node identity is `identityId`, if it is one. */
  readonly memberOfIdentity: (identityId: string) => string | undefined;
}

const TLP_RANK: Record<AccessTlp, number> = {
  none: -1, clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4,
};

function strictestTlp(a: AccessTlp, b: AccessTlp): AccessTlp {
  return TLP_RANK[b] > TLP_RANK[a] ? b : a;
}

/** Every marking an object references, whole-object and granular. */
export function markingRefs(object: StixObject): string[] {
  const refs = [...(object.object_marking_refs ?? [])];
  for (const g of object.granular_markings ?? []) if (g.marking_ref) refs.push(g.marking_ref);
  return refs;
}

interface MarkingSummary {
  readonly tlp: AccessTlp;
  readonly releaseTo: readonly string[] | null;
  readonly unresolved: readonly string[];
}

/** What a set of markings says: the strictest TLP and the intersection of release lists. */
function summarise(refs: readonly string[], object: StixObject, ctx: LabelContext): MarkingSummary {
  let tlp: AccessTlp = 'none';
  let releaseTo: string[] | null = null;
  const unresolved: string[] = [];
  for (const ref of refs) {
    const level = tlpOfMarkingId(ref);
    if (level) { tlp = strictestTlp(tlp, level); continue; }
    const marking = ctx.marking(ref);
    if (!marking) { unresolved.push(ref); continue; }
    const list = releaseListOf(marking);
    if (list) releaseTo = releaseTo === null ? list : releaseTo.filter((m) => list.includes(m));
  }
  // Definitions (markings, extensions) describe how to read intelligence; unmarked, they are public.
  const isDefinition = object.type === 'marking-definition' || object.type === 'extension-definition';
  if (tlp === 'none' && releaseTo === null && isDefinition) tlp = 'clear';
  return { tlp, releaseTo, unresolved };
}

/**
 * The access label of an object: its whole-object markings (TLP, release list), its owner,
 * and every marking it references (granular ones too) that is not known yet.
 */
export function accessLabel(object: StixObject, ctx: LabelContext): AccessLabel {
  const whole = summarise(object.object_marking_refs ?? [], object, ctx);
  const unresolved = markingRefs(object).filter((ref) => !tlpOfMarkingId(ref) && !ctx.marking(ref));
  const creator = object.created_by_ref ? ctx.memberOfIdentity(object.created_by_ref) : undefined;
  return { tlp: whole.tlp, releaseTo: whole.releaseTo, owner: creator ?? ctx.home, unresolved };
}

function listScope(members: readonly string[]): string {
  return members.length === 0 ? '' : `,${members.join(',')},`;
}

function scopesOf(summary: Pick<MarkingSummary, 'tlp' | 'releaseTo'>): AccessScopes {
  if (summary.releaseTo !== null) {
    const scope = listScope(summary.releaseTo);
    return { readScope: scope, shareScope: summary.tlp === 'red' ? '' : scope };
  }
  const open = summary.tlp === 'clear' || summary.tlp === 'green';
  return { readScope: open ? '*' : '', shareScope: summary.tlp === 'clear' ? '*' : '' };
}

/** Members admitted by both scopes. */
function intersect(a: string, b: string): string {
  if (a === '*') return b;
  if (b === '*') return a;
  const other = new Set(b.split(',').filter(Boolean));
  return listScope(a.split(',').filter((m) => m && other.has(m)));
}

/**
 * Who may read and receive an object. A granular marking can only narrow this: each one is
 * read together with the whole-object markings, and the object goes only where every part
 * of it may go. (A granular TLP:CLEAR on an AMBER object, or a granular release list on an
 * unmarked one, releases nothing more; a granular TLP:RED holds the whole object home.)
 */
export function accessScopes(object: StixObject, label: AccessLabel, ctx: LabelContext): AccessScopes {
  if (label.unresolved.length > 0) return { readScope: '', shareScope: '' };
  let scopes = scopesOf(label);
  const whole = object.object_marking_refs ?? [];
  for (const granular of object.granular_markings ?? []) {
    if (!granular.marking_ref) continue;
    const part = scopesOf(summarise([...whole, granular.marking_ref], object, ctx));
    scopes = { readScope: intersect(scopes.readScope, part.readScope), shareScope: intersect(scopes.shareScope, part.shareScope) };
  }
  return scopes;
}

function scopeAdmits(scope: string, member: string): boolean {
  return scope === '*' || scope.includes(`,${member},`);
}

/** May a user of `member` on this node read an object with these scopes? */
export function canRead(owner: string, scopes: AccessScopes, member: string): boolean {
  return owner === member || scopeAdmits(scopes.readScope, member);
}

/** May this object be sent to (or accepted from a peer by) the node of `member`? */
export function canShare(scopes: AccessScopes, member: string): boolean {
  return scopeAdmits(scopes.shareScope, member);
}
