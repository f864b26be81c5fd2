/**
 * Compares what every node holds with what it must hold, over the ids a test made,
 * read both over TAXII (as the node's admin) and from the node's database.
 */
import type { Cluster, ClusterNode } from './cluster.js';
import { duplicates, versionKeyOf, type TaxiiStatusResource, type VersionKey } from './holdings.js';

export interface HoldingProblem {
  readonly node: string;
  readonly kind: 'missing' | 'leaked' | 'duplicate' | 'hidden' | 'extra-membership' | 'wrong-origin';
  readonly version: VersionKey;
  /** What the test knows about the version (markings, origin, author). */
  readonly about?: unknown;
}

/**
 * Every difference between the expected and the actual holdings of each running node,
 * restricted to `universe` (ids the test made). With `originOf` (the member whose node
 * made a version), also checks that each copy records the peer that delivered it.
 * Empty when all is well.
 */
export async function holdingProblems(
  cluster: Cluster,
  expectedAt: (node: ClusterNode) => ReadonlySet<VersionKey>,
  universe: ReadonlySet<string>,
  describe: (key: VersionKey) => unknown = () => undefined,
  nodes: readonly ClusterNode[] = cluster.nodes.filter((n) => n.running),
  originOf?: (key: VersionKey) => string | undefined,
): Promise<HoldingProblem[]> {
  const problems: HoldingProblem[] = [];
  for (const node of nodes) {
    const expected = expectedAt(node);
    const [served, stored] = await Promise.all([cluster.objectsOf(node), cluster.storedOf(node)]);
    const servedKeys = served.filter((o) => universe.has(o.id)).map(versionKeyOf);
    const storedRows = stored.filter((s) => universe.has(s.id));
    const push = (kind: HoldingProblem['kind'], version: VersionKey) => problems.push({ node: node.name, kind, version, about: describe(version) });
    for (const key of duplicates(servedKeys)) push('duplicate', key);
    const servedSet = new Set(servedKeys);
    for (const key of expected) if (!servedSet.has(key)) push('missing', key);
    for (const key of servedSet) if (!expected.has(key)) push('leaked', key);
    // A version in the database that its admin cannot read is still held: a leak nobody sees.
    for (const row of storedRows) {
      if (!expected.has(row.key) && !servedSet.has(row.key)) push('hidden', row.key);
      if (row.memberships > 1) push('extra-membership', row.key);
      // Made here: no peer delivered it. Made elsewhere: the node it was made at delivered it
      // (recorded by member), as nodes do not relay each other's deliveries in a full mesh.
      const origin = originOf?.(row.key);
      if (origin !== undefined && (origin === node.member ? row.originPeer !== null : row.originPeer !== origin)) push('wrong-origin', row.key);
    }
  }
  return problems;
}

/** The outcome the node reported for each version it was sent, by version key. */
export function outcomesOf(statuses: readonly TaxiiStatusResource[]): Map<VersionKey, 'success' | 'failure'> {
  const out = new Map<VersionKey, 'success' | 'failure'>();
  for (const status of statuses) {
    for (const s of status.successes ?? []) out.set(`${s.id}|${s.version ?? ''}`, 'success');
    for (const s of status.failures ?? []) out.set(`${s.id}|${s.version ?? ''}`, 'failure');
  }
  return out;
}
