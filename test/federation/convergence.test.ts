/**
 * Four nodes (DZA, MLI, NER on PostgreSQL, MRT), each its own process, syncing on their
 * own schedule. After sync settles, every node must hold exactly the versions released
 * to its member: no leak, no loss, no duplicate. First one hand-written case per rule,
 * then random cases from a seeded generator (HOGGAR_FED_SEED replays one, HOGGAR_FED_CASES
 * sets how many).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASABILITY_EXTENSION_ID } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import { startCluster, type Cluster, type ClusterNode } from './cluster.js';
import { holdingProblems, outcomesOf } from './expectations.js';
import { versionKeyOf, type TaxiiStatusResource, type VersionKey } from './holdings.js';
import { prng, seedFromEnv } from './prng.js';
import { mustHold, type ReleaseLists } from './release-model.js';
import { ruleCases, type RuleCase, type RuleVersion } from './rule-cases.js';
import { byOrigin, ScenarioBuilder, type Creation, type TrackedVersion } from './scenario.js';

const MEMBERS = ['DZA', 'MLI', 'NER', 'MRT'];
const CASES = Number(process.env.HOGGAR_FED_CASES ?? 6);

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({
    nodes: [{ member: 'DZA' }, { member: 'MLI' }, { member: 'NER', backend: 'postgres' }, { member: 'MRT' }],
    syncIntervalS: 0.5,
    // Pushes travel gzip-compressed here, to SQLite and PostgreSQL nodes alike; the other
    // federation suites push uncompressed.
    compressPush: true,
  });
}, 90_000);

afterAll(async () => {
  await cluster?.close();
});

function releaseListsOf(definitions: readonly StixObject[]): ReleaseLists {
  const lists = new Map<string, readonly string[]>();
  for (const d of definitions) {
    const ext = (d.extensions as Record<string, { release_to?: string[] }> | undefined)?.[RELEASABILITY_EXTENSION_ID];
    if (ext?.release_to) lists.set(d.id, ext.release_to);
  }
  return lists;
}

describe('one case per sharing rule', () => {
  const cases = ruleCases();
  const definitions = cases.flatMap((c) => c.definitions);
  const statuses = new Map<string, TaxiiStatusResource[]>();

  beforeAll(async () => {
    // Every origin posts its definitions, then its versions in order (a later version after its first).
    for (const member of MEMBERS) {
      const node = cluster.node(member);
      const mine = cases.filter((c) => c.versions.some((v) => v.origin === member));
      const defs = [...new Map(mine.flatMap((c) => c.definitions).map((d) => [d.id, d])).values()];
      const posted: TaxiiStatusResource[] = defs.length ? await cluster.add(node, defs) : [];
      for (const c of mine) for (const v of c.versions.filter((x) => x.origin === member)) posted.push(...await cluster.add(node, [v.object]));
      statuses.set(member, posted);
    }
    await cluster.waitForConvergence();
  }, 90_000);

  const describeVersion = (c: RuleCase) => (key: VersionKey) => c.versions.find((v) => versionKeyOf(v.object) === key);

  for (const c of cases) {
    it(c.rule, async () => {
      const expectedAt = (node: ClusterNode) => new Set(c.versions.filter((v) => v.heldBy.includes(node.member)).map((v) => versionKeyOf(v.object)));
      const universe = new Set(c.versions.map((v) => v.object.id));
      expect(await holdingProblems(cluster, expectedAt, universe, describeVersion(c))).toEqual([]);
      for (const v of c.versions) {
        const outcome = outcomesOf(statuses.get(v.origin) ?? []).get(versionKeyOf(v.object));
        expect(outcome, `outcome of posting ${versionKeyOf(v.object)} at ${v.origin}`).toBe(v.heldBy.includes(v.origin) ? 'success' : 'failure');
      }
    });
  }

  it('the release model agrees with every hand-written case', () => {
    const lists = releaseListsOf(definitions);
    const disagreements = cases.flatMap((c) => c.versions.flatMap((v: RuleVersion) => MEMBERS
      .filter((m) => mustHold({ object: v.object, origin: v.origin, ...(v.author ? { author: v.author } : {}) }, lists, m) !== v.heldBy.includes(m))
      .map((m) => `${c.rule}: ${m}`)));
    expect(disagreements).toEqual([]);
  });

  it('every marking definition used reaches every node', async () => {
    const ids = new Set(definitions.map((d) => d.id));
    const expectedAt = () => new Set(definitions.map(versionKeyOf));
    expect(await holdingProblems(cluster, expectedAt, ids)).toEqual([]);
  });
});

describe('random objects under random markings, made at random nodes', () => {
  const base = seedFromEnv();
  const seeds = Array.from({ length: CASES }, (_, i) => (base + Math.imul(i, 0x9e3779b9)) >>> 0);

  async function post(creations: readonly Creation[], outcomes: Map<VersionKey, 'success' | 'failure'>) {
    await Promise.all(byOrigin(creations).map(async (c) => {
      for (const [key, outcome] of outcomesOf(await cluster.add(cluster.node(c.origin), c.envelope))) outcomes.set(`${c.origin}:${key}`, outcome);
    }));
  }

  for (const seed of seeds) {
    it(`case with seed ${seed} (replay: HOGGAR_FED_SEED=${seed} HOGGAR_FED_CASES=1)`, async () => {
      const rng = prng(seed);
      const scenario = new ScenarioBuilder(rng, MEMBERS);
      const outcomes = new Map<VersionKey, 'success' | 'failure'>();
      const objects = rng.int(24, 40);
      await post(Array.from({ length: objects }, () => scenario.newObject(rng.pick(MEMBERS))), outcomes);
      // Later waves land while the nodes are still syncing the earlier ones.
      for (let wave = 0; wave < 2; wave++) {
        await new Promise((resolve) => setTimeout(resolve, rng.int(0, 600)));
        const versions = Array.from({ length: rng.int(6, 14) }, () => scenario.newVersion()).filter((c): c is Creation => c !== undefined);
        await post(versions, outcomes);
      }
      await cluster.waitForConvergence();

      const byKey = new Map<VersionKey, TrackedVersion>(scenario.versions.map((v) => [v.key, v]));
      const about = (key: VersionKey) => {
        const v = byKey.get(key);
        const named = (ref: string) => scenario.lists.has(ref) ? `REL TO ${scenario.lists.get(ref)!.join(',') || '(nobody)'}` : ref;
        return v && {
          origin: v.origin, author: v.author, revoked: v.object.revoked === true,
          markings: (v.object.object_marking_refs ?? []).map(named),
          granular: (v.object.granular_markings ?? []).map((g) => (g.marking_ref ? named(g.marking_ref) : `lang ${g.lang}`)),
        };
      };
      const originOf = (key: VersionKey) => byKey.get(key)?.origin;
      const problems = await holdingProblems(cluster, (node) => scenario.expectedAt(node.member), scenario.ids(), about, undefined, originOf);
      expect(problems, `seed ${seed}: holdings differ from the rule`).toEqual([]);
      const wrongOutcomes = scenario.versions.filter((v) => {
        const outcome = outcomes.get(`${v.origin}:${v.key}`);
        return outcome !== (mustHold(v, scenario.lists, v.origin) ? 'success' : 'failure');
      }).map((v) => ({ version: v.key, origin: v.origin, outcome: outcomes.get(`${v.origin}:${v.key}`) }));
      expect(wrongOutcomes, `seed ${seed}: the origin accepted or refused a version against the rule`).toEqual([]);
    });
  }
});
