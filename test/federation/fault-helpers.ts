/** Small helpers the fault tests share: bulk objects, killing at the right moment, exact holdings. */
import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { memberIdentityId } from '../../src/members/registry.js';
import type { StixObject } from '../../src/stix/types.js';
import { threatActor } from '../factories/stix.js';
import type { Cluster, ClusterNode } from './cluster.js';
import { holdingProblems } from './expectations.js';
import { versionKeyOf } from './holdings.js';

/** `count` threat actors authored by `author` under these markings. */
export function bulkObjects(count: number, author: string, markingRefs: readonly string[], label: string): StixObject[] {
  return Array.from({ length: count }, (_, i) => threatActor({
    name: `${label} ${i}`, created_by_ref: memberIdentityId(author), object_marking_refs: [...markingRefs],
  }));
}

/**
 * Polls `condition` every 25 ms while `child` runs, and SIGKILLs it as soon as the
 * condition holds. Resolves true if the kill landed while the process was still at
 * work, false if it had already exited (or the deadline passed).
 */
export async function killWhen(child: ChildProcess, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    if (await condition()) {
      if (child.exitCode !== null || child.signalCode !== null) return false;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

/** Polls `condition` until it holds (or throws after the deadline). */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Asserts that each node holds exactly the given versions among `objects`: those listed
 * for it, once each, and none of the others (over TAXII and in its database).
 */
export async function expectExactHoldings(cluster: Cluster, objects: readonly StixObject[], heldBy: (node: ClusterNode, object: StixObject) => boolean, nodes?: readonly ClusterNode[]): Promise<void> {
  const universe = new Set(objects.map((o) => o.id));
  const expectedAt = (node: ClusterNode) => new Set(objects.filter((o) => heldBy(node, o)).map(versionKeyOf));
  const problems = await holdingProblems(cluster, expectedAt, universe, undefined, nodes);
  // Summarise: thousands of identical lines help nobody.
  const summary = new Map<string, number>();
  for (const p of problems) summary.set(`${p.node} ${p.kind}`, (summary.get(`${p.node} ${p.kind}`) ?? 0) + 1);
  expect(Object.fromEntries(summary), `first problems: ${JSON.stringify(problems.slice(0, 3))}`).toEqual({});
}
