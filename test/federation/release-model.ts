/**
 * The test's own statement of who must hold an object version after sync, written from
 * the rule in src/stix/access.ts's comment (and issue 4), not by calling the code
 * under test:
 *
 * - the node that created a version holds it if its member is the owner (the member
 *   named by created_by_ref, or the node itself when there is none) or if the
 *   markings release it to that member; otherwise it refuses it, and it goes nowhere;
 * - every other node holds it exactly when the markings let it be shared with that
 *   node's member: with releasability markings, the members every one of them lists
 *   (their intersection), unless TLP:RED; without one, only TLP:CLEAR leaves home;
 * - a granular marking can only narrow: it is read together with the whole-object markings,
 *   and the version travels only where the whole object and every such part may go;
 * - marking-definitions themselves are public and reach every node.
 */

/** TLP 2.0 marking-definition ids (FIRST TLP 2.0, OASIS common objects), written out here on purpose. */
export const TLP_ID = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
} as const;
export type Tlp = keyof typeof TLP_ID;

const TLP_RANK: Record<Tlp, number> = { clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4 };
const TLP_BY_ID = new Map<string, Tlp>(Object.entries(TLP_ID).map(([level, id]) => [id, level as Tlp]));

/** What the model needs to know about one version. */
export interface ModelVersion {
  readonly object: {
    readonly type: string;
    readonly object_marking_refs?: readonly string[];
    readonly granular_markings?: readonly { readonly marking_ref?: string }[];
  };
  /** Member code of the node that created this version. */
  readonly origin: string;
  /** Member whose identity is created_by_ref; undefined when there is none (or not a member's). */
  readonly author?: string;
}

/**
 * Where the releasability lists come from: the test records the members it asked each
 * releasability marking for, by marking id.
 */
export type ReleaseLists = ReadonlyMap<string, readonly string[]>;

/** May a version with exactly these markings be shared with a node of `member`? */
function sharedUnder(refs: readonly string[], lists: ReleaseLists, member: string): boolean {
  let tlp: Tlp | undefined;
  let released: Set<string> | undefined;
  for (const ref of refs) {
    const level = TLP_BY_ID.get(ref);
    if (level) {
      if (tlp === undefined || TLP_RANK[level] > TLP_RANK[tlp]) tlp = level;
      continue;
    }
    const list = lists.get(ref);
    if (!list) continue; // a statement marking: it restricts nobody
    released = released === undefined ? new Set(list) : new Set([...released].filter((m) => list.includes(m)));
  }
  if (released !== undefined) return tlp !== 'red' && released.has(member);
  return tlp === 'clear';
}

/** May this version be shared with a node of `member`? */
export function sharedWith(version: ModelVersion, lists: ReleaseLists, member: string): boolean {
  if (version.object.type === 'marking-definition') return true;
  const whole = version.object.object_marking_refs ?? [];
  const parts = (version.object.granular_markings ?? []).flatMap((g) => (g.marking_ref ? [g.marking_ref] : []));
  return sharedUnder(whole, lists, member) && parts.every((part) => sharedUnder([...whole, part], lists, member));
}

/**
 * Must the node of `member` hold this version once sync has settled? Only a version its
 * origin accepted can travel at all: the origin refuses one authored by another member
 * and not released to its own.
 */
export function mustHold(version: ModelVersion, lists: ReleaseLists, member: string): boolean {
  const owner = version.author ?? version.origin;
  const acceptedAtOrigin = owner === version.origin || sharedWith(version, lists, version.origin);
  if (!acceptedAtOrigin) return false;
  return member === version.origin || sharedWith(version, lists, member);
}
