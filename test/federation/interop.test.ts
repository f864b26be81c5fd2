/**
 * Sync with a TAXII 2.1 server that is not Hoggar: the Python fake in test/interop (its
 * statuses stay pending for a while, so pushes must follow the status resource). A
 * Hoggar node (DZA) registers it as the peer of member NER through the CLI, with
 * discovery, then pulls from it and pushes to it; each direction must carry exactly
 * what the rule releases, and what the fake sends that is not released to DZA is
 * refused and reported.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memberIdentityId } from '../../src/members/registry.js';
import { releasabilityMarking } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import { threatActor } from '../factories/stix.js';
import { startFakeTaxii, type FakeTaxii } from '../interop/fake-taxii.js';
import { startCluster, type Cluster, type ClusterNode } from './cluster.js';
import { expectExactHoldings } from './fault-helpers.js';
import { duplicates, postObjects, readAllVersions, versionKeyOf, TAXII_MEDIA, type TaxiiTarget } from './holdings.js';
import { TLP_ID } from './release-model.js';

let fake: FakeTaxii;
let cluster: Cluster;
let dza: ClusterNode;
let remote: TaxiiTarget;

const byNer = (refs: readonly string[], extra: Record<string, unknown> = {}) =>
  threatActor({ created_by_ref: memberIdentityId('NER'), object_marking_refs: [...refs], ...extra });
const byDza = (refs: readonly string[]) => threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [...refs] });

/** Posts to the fake and waits until its status settles. */
async function postToFake(objects: readonly StixObject[]): Promise<void> {
  const status = await postObjects(remote, objects);
  for (let i = 0; i < 200; i++) {
    const response = await fetch(new URL(`status/${status.id}/`, remote.apiRoot), { headers: { accept: TAXII_MEDIA, authorization: `Bearer ${remote.token}` } });
    const current = (await response.json()) as { status: string; failure_count: number };
    if (current.status === 'complete') {
      expect(current.failure_count).toBe(0);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the fake never completed its status');
}

beforeAll(async () => {
  [fake, cluster] = await Promise.all([startFakeTaxii({ pendingMs: 300 }), startCluster({ nodes: [{ member: 'DZA' }] })]);
  dza = cluster.node('DZA');
  remote = { apiRoot: fake.apiRootUrl, collectionId: fake.collections.readWrite, token: (fake.bearerAuth as { token: string }).token };
}, 90_000);

afterAll(async () => {
  await Promise.all([fake?.stop(), cluster?.close()]);
});

it('pulls from and pushes to a non-Hoggar TAXII 2.1 server exactly what is released, both ways', async () => {
  const relDzaNer = releasabilityMarking(['DZA', 'NER']);
  const relNer = releasabilityMarking(['NER']);
  const relDzaMli = releasabilityMarking(['DZA', 'MLI']);
  const remoteReleased = [byNer([TLP_ID.clear]), byNer([relDzaNer.id, TLP_ID.amber])];
  const remoteV1 = byNer([TLP_ID.clear], { modified: '2026-05-01T00:00:00.000Z' });
  const remoteV2 = { ...remoteV1, modified: '2026-05-02T00:00:00.000Z', revoked: true } as StixObject;
  const remoteRefused = [byNer([TLP_ID.amber]), byNer([relNer.id]), threatActor({ object_marking_refs: [TLP_ID.red] })];
  await postToFake([relDzaNer, relNer, ...remoteReleased, remoteV1, remoteV2, ...remoteRefused]);

  const localShared = [byDza([TLP_ID.clear]), byDza([relDzaNer.id])];
  const localKept = [byDza([TLP_ID.green]), byDza([relDzaMli.id]), byDza([relDzaNer.id, TLP_ID.red])];
  await cluster.add(dza, [relDzaNer, relDzaMli, ...localShared, ...localKept]);

  // Registered like any peer: the discovery URL, its member and the token it issued us.
  const added = await cluster.cli(dza, ['peers', 'add', 'fake', '--url', fake.discoveryUrl, '--member', 'NER', '--token', remote.token, '--json']);
  expect(added.code, added.stderr).toBe(0);
  expect(JSON.parse(added.stdout)).toMatchObject({ url: fake.apiRootUrl, collection: fake.collections.readWrite });

  const run = await cluster.startSync(dza, { peer: 'fake' }).done;
  expect(run.code, run.stderr).toBe(0);
  const [report] = run.reports;
  expect(report?.push).toMatchObject({ ok: true, failed: 0 });
  expect(report?.pull.ok).toBe(true);
  const refusedIds = report?.pull.ok ? report.pull.rejections.map((r) => r.id).sort() : [];
  expect(refusedIds).toEqual(remoteRefused.map((o) => o.id).sort());
  for (const r of report?.pull.ok ? report.pull.rejections : []) expect(r.message).toMatch(/not released to DZA/);

  const pulled = [...remoteReleased, remoteV1, remoteV2];
  await expectExactHoldings(cluster, [...pulled, ...remoteRefused, ...localShared, ...localKept], (_, o) => !remoteRefused.includes(o));
  const atFake = (await readAllVersions(remote)).map(versionKeyOf);
  expect(duplicates(atFake)).toEqual([]);
  const fakeHolds = new Set(atFake);
  const expectedAtFake = [relDzaNer, relNer, ...pulled, ...remoteRefused, ...localShared];
  expect([...expectedAtFake, ...localKept].filter((o) => fakeHolds.has(versionKeyOf(o)) !== expectedAtFake.includes(o)).map(versionKeyOf)).toEqual([]);

  const [status] = await cluster.peersList(dza);
  expect(status).toMatchObject({ name: 'fake', pull: { lastError: null, rejectedTotal: remoteRefused.length }, push: { lastError: null, backlog: 0, failures: 0 } });

  // A second round moves only what is new on each side, and nothing twice.
  const later = byNer([TLP_ID.clear]);
  const laterLocal = byDza([TLP_ID.clear]);
  await postToFake([later]);
  await cluster.add(dza, [laterLocal]);
  const again = await cluster.startSync(dza, { peer: 'fake' }).done;
  expect(again.reports[0]).toMatchObject({ pull: { ok: true, stored: 1 }, push: { ok: true, failed: 0 } });
  await expectExactHoldings(cluster, [later, laterLocal], () => true);
  const finalAtFake = (await readAllVersions(remote)).map(versionKeyOf);
  expect(duplicates(finalAtFake)).toEqual([]);
  expect(finalAtFake).toEqual(expect.arrayContaining([versionKeyOf(later), versionKeyOf(laterLocal)]));
  expect(finalAtFake.length).toBe(atFake.length + 2);
});

it('an object larger than the peer\'s max_content_length is reported as refused and does not block the objects after it', async () => {
  const small = await startFakeTaxii({ maxContentLength: 6000 });
  try {
    const token = (small.bearerAuth as { token: string }).token;
    await cluster.addPeer(dza, { name: 'small', url: small.apiRootUrl, member: 'NER', token, collection: small.collections.readWrite });
    const big = byDza([TLP_ID.clear]);
    const oversized = { ...big, description: 'x'.repeat(8000) } as StixObject;
    const after = byDza([TLP_ID.clear]);
    await cluster.add(dza, [oversized]);
    await cluster.add(dza, [after]);

    const run = await cluster.startSync(dza, { peer: 'small' }).done;
    const atSmall = new Set((await readAllVersions({ apiRoot: small.apiRootUrl, collectionId: small.collections.readWrite, token })).map(versionKeyOf));
    expect(atSmall.has(versionKeyOf(after)), 'the object after the oversized one reached the peer').toBe(true);
    expect(atSmall.has(versionKeyOf(oversized))).toBe(false);
    expect(run.reports[0]?.push).toMatchObject({ ok: true });
    const [status] = (await cluster.apiPeers(dza)).filter((p) => p.name === 'small');
    expect(status?.push.failures, 'the oversized object awaits a retry, reported').toBe(1);
  } finally {
    await cluster.removePeer(dza, 'small').catch(() => undefined);
    await small.stop();
  }
});
