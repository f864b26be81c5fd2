/**
 * Faults: nodes killed with SIGKILL in the middle of a pull or a push, peers that answer
 * garbage, a revocation made while a node is down, reports whose references arrive
 * later (or never, when not released), and objects a peer sends that are not released
 * to the receiving node. Three nodes (DZA and MLI on SQLite, NER on PostgreSQL); sync
 * runs only when a test runs `hoggar sync`, so each fault lands where it is aimed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberIdentityId } from '../../src/members/registry.js';
import { releasabilityMarking } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import { report, threatActor } from '../factories/stix.js';
import { startBadPeer, BAD_BEHAVIOURS, type BadPeer } from './bad-peer.js';
import { startCluster, type Cluster } from './cluster.js';
import { bulkObjects, expectExactHoldings, killWhen, waitUntil } from './fault-helpers.js';
import { countFromPeer, postObjects, readAllVersions, versionKeyOf } from './holdings.js';
import { TLP_ID } from './release-model.js';

let cluster: Cluster;
const node = (member: string) => cluster.node(member);

beforeAll(async () => {
  cluster = await startCluster({
    nodes: [{ member: 'DZA' }, { member: 'MLI' }, { member: 'NER', backend: 'postgres' }],
    syncTimeoutS: 5,
  });
}, 90_000);

afterAll(async () => {
  await cluster?.close();
});

describe('peers that answer errors or garbage', () => {
  let bad: BadPeer;
  beforeAll(async () => { bad = await startBadPeer(); });
  afterAll(async () => { await bad?.close(); });

  it('fail on their own, show their error in peers list, and never stop sync with the others', async () => {
    const [dza, mli] = [node('DZA'), node('MLI')];
    // Registered straight through the peer service (the interop test adds a peer through the CLI).
    for (const behaviour of BAD_BEHAVIOURS) await cluster.addPeer(dza, { name: behaviour, url: bad.urlFor(behaviour), member: 'MRT', token: 'whatever', collection: 'c1' });
    const fromDza = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.clear] });
    const fromMli = threatActor({ created_by_ref: memberIdentityId('MLI'), object_marking_refs: [TLP_ID.clear] });
    await cluster.add(dza, [fromDza]);
    await cluster.add(mli, [fromMli]);

    const run = await cluster.startSync(dza).done;
    expect(run.code).toBe(1); // some peers failed
    const byPeer = new Map(run.reports.map((r) => [r.peer, r]));
    for (const behaviour of BAD_BEHAVIOURS) {
      expect(byPeer.get(behaviour)?.pull.ok, behaviour).toBe(false);
      expect(bad.hits.get(behaviour), `${behaviour} was contacted`).toBeGreaterThan(0);
    }
    for (const good of ['mli', 'ner']) expect(byPeer.get(good), good).toMatchObject({ pull: { ok: true }, push: { ok: true } });
    // Only DZA ran: it pulled MLI's object and pushed its own to both peers.
    await expectExactHoldings(cluster, [fromDza, fromMli], () => true, [dza, mli]);

    const statuses = new Map((await cluster.peersList(dza)).map((p) => [p.name, p]));
    for (const behaviour of BAD_BEHAVIOURS) {
      expect(statuses.get(behaviour)?.pull.lastError, behaviour).toBeTruthy();
      expect(statuses.get(behaviour)?.pull.lastSuccess, behaviour).toBeNull();
    }
    for (const good of ['mli', 'ner']) expect(statuses.get(good)?.pull.lastError, good).toBeNull();
    for (const behaviour of BAD_BEHAVIOURS) await cluster.removePeer(dza, behaviour);
  });

  it('a peer that refuses what it is sent: the failures are reported and kept for a retry after a back-off', async () => {
    const dza = node('DZA');
    await cluster.addPeer(dza, { name: 'refuser', url: bad.urlFor('refuses-all'), member: 'MLI', token: 'whatever', collection: 'c1' });
    const offered = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.clear] });
    await cluster.add(dza, [offered]);
    const first = await cluster.startSync(dza, { peer: 'refuser' }).done;
    const push = first.reports[0]!.push;
    expect(push, JSON.stringify(first.reports)).toMatchObject({ ok: true });
    expect(push.ok ? push.failed : 0).toBeGreaterThan(0);
    const [status] = (await cluster.apiPeers(dza)).filter((p) => p.name === 'refuser');
    expect(status?.push.failures).toBe(push.ok ? push.failed : -1);
    expect(status?.lag.objects).toBeGreaterThanOrEqual(status?.push.failures ?? 1);
    // Straight away again: nothing new to send, and the refused ones wait for their back-off.
    const again = await cluster.startSync(dza, { peer: 'refuser' }).done;
    expect(again.reports[0]!.push).toMatchObject({ ok: true, sent: 0, retried: 0 });
    await cluster.removePeer(dza, 'refuser');
  });
});

it('a revocation made while a node is down reaches it when it returns', async () => {
  const [dza, mli, ner] = [node('DZA'), node('MLI'), node('NER')];
  const v1 = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.clear], modified: '2026-04-01T00:00:00.000Z' });
  await cluster.add(dza, [v1]);
  await cluster.syncRound();
  await expectExactHoldings(cluster, [v1], () => true);

  await cluster.kill(mli);
  const v2 = { ...v1, modified: '2026-04-02T00:00:00.000Z', revoked: true } as StixObject;
  await cluster.add(dza, [v2]);
  await cluster.syncRound(); // MLI is down: its peers fail their round with it
  const [towardMli] = (await cluster.apiPeers(dza)).filter((p) => p.name === 'mli');
  expect(towardMli?.pull.lastError).toBeTruthy();
  await expectExactHoldings(cluster, [v1, v2], () => true, [dza, ner]);

  await cluster.restart(mli);
  const back = await cluster.startSync(mli).done;
  expect(back.code, back.stderr).toBe(0);
  await expectExactHoldings(cluster, [v1, v2], () => true);
  // Every read path honours it: the latest version MLI serves is the revoked one.
  const latest = await fetch(new URL(`collections/${mli.collectionId}/objects/${v1.id}/`, mli.apiRoot), {
    headers: { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${mli.adminToken}` },
  });
  expect(((await latest.json()) as { objects: StixObject[] }).objects.map((o) => [o.modified, o.revoked])).toEqual([[v2.modified, true]]);
});

it('a report whose references are not there yet is kept; the released ones arrive later, the others never', async () => {
  const dza = node('DZA');
  const relShared = releasabilityMarking(['DZA', 'MLI']);
  const released = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [relShared.id] });
  const homeOnly = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.red] });
  const dzaOnly = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [releasabilityMarking(['DZA']).id] });
  const summary = report([released, homeOnly, dzaOnly], { created_by_ref: memberIdentityId('DZA'), object_marking_refs: [relShared.id] });

  const first = await cluster.add(dza, [relShared, summary]);
  expect(first[0]!.failure_count).toBe(0);
  const pushed = await cluster.startSync(dza).done;
  expect(pushed.reports.map((r) => r.push.ok && r.push.failed)).toEqual([0, 0]); // no MISSING_REFERENCE anywhere
  await expectExactHoldings(cluster, [summary], (n) => n.member !== 'NER');

  await cluster.add(dza, [releasabilityMarking(['DZA']), released, homeOnly, dzaOnly]);
  // Every node runs: the released reference arrives; nothing may come in to "complete" the report.
  const runs = await cluster.syncRound();
  expect(runs.flatMap((r) => r.reports.map((p): number | string => (p.push.ok ? p.push.failed : p.push.error)))).toEqual([0, 0, 0, 0, 0, 0]);
  await expectExactHoldings(cluster, [summary, released, homeOnly, dzaOnly], (n, o) => n.member === 'DZA' || (n.member === 'MLI' && (o === summary || o === released)));
});

it('an object a peer pushes that is not released to the receiving node is refused and reported', async () => {
  const mli = node('MLI');
  const asPeerDza = { apiRoot: mli.apiRoot, collectionId: mli.collectionId, token: mli.issuedTokens.get('dza')! };
  const relDzaNer = releasabilityMarking(['DZA', 'NER']);
  const relMli = releasabilityMarking(['MLI']);
  const amber = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.amber] });
  const notListed = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [relDzaNer.id] });
  const redUnowned = threatActor({ object_marking_refs: [TLP_ID.red] }); // no created_by_ref: the receiver is not its author either
  const listed = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [relMli.id] });
  const status = await postObjects(asPeerDza, [relDzaNer, relMli, amber, notListed, redUnowned, listed]);

  const failed = new Map((status.failures ?? []).map((f) => [f.id, f.message ?? '']));
  const outcome = (o: StixObject) => failed.get(o.id) ?? 'accepted';
  expect(outcome(amber), 'TLP:AMBER, authored by DZA').toMatch(/not released/);
  expect(outcome(notListed), 'REL TO DZA, NER, authored by DZA').toMatch(/not released/);
  expect(outcome(redUnowned), 'TLP:RED without created_by_ref').toMatch(/not released/);
  expect((status.successes ?? []).map((s) => s.id)).toContain(listed.id);
  const held = new Set((await readAllVersions(mli.admin)).map(versionKeyOf));
  expect([amber, notListed, redUnowned, listed].map((o) => held.has(versionKeyOf(o)))).toEqual([false, false, false, true]);
});

it('an object whose releasability marking arrives after it still reaches the members it is released to', async () => {
  const [dza, mli] = [node('DZA'), node('MLI')];
  const late = releasabilityMarking(['DZA', 'MLI', 'XHQ']); // a list no other test uses: DZA does not know it yet
  const object = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [late.id] });
  const after = threatActor({ created_by_ref: memberIdentityId('DZA'), object_marking_refs: [TLP_ID.clear] });
  await cluster.add(dza, [object]);
  await cluster.add(dza, [after]); // shared at once, so both cursors move past the unresolved object
  await cluster.syncRound([dza, mli]);
  await expectExactHoldings(cluster, [after], () => true, [dza, mli]);
  await cluster.add(dza, [late]);
  await cluster.syncRound([dza, mli]);
  await expectExactHoldings(cluster, [object, late], () => true, [dza, mli]);
});

// Last: these leave thousands of objects behind, which would slow every later round.
describe('a node killed with SIGKILL', () => {
  it('during a pull resumes from its last committed page and ends with every object once', async () => {
    const [dza, mli] = [node('DZA'), node('MLI')];
    const rel = releasabilityMarking(['DZA', 'MLI']);
    const objects = bulkObjects(3000, 'MLI', [rel.id], 'pulled');
    await cluster.add(mli, [rel, ...objects]);

    const sync = cluster.startSync(dza, { peer: 'mli' });
    let atKill = 0;
    // Two pages committed means the cursor of the first is saved: the resume must use it.
    const landed = await killWhen(sync.child, async () => (atKill = await countFromPeer(dza.storeAt, 'MLI')) >= 2000);
    await cluster.kill(dza); // and the server: the whole node goes down
    expect(landed, 'the sync process was still pulling when killed').toBe(true);
    expect(atKill).toBeLessThan(objects.length);

    await cluster.restart(dza);
    const resumed = await cluster.startSync(dza, { peer: 'mli' }).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    const pull = resumed.reports[0]!.pull;
    expect(pull.ok && pull.rejected).toBe(0);
    expect(pull.ok && pull.fetched, 'resumed from the cursor, not from the start').toBeLessThanOrEqual(objects.length - 1000 + 10);
    await expectExactHoldings(cluster, objects, (n) => n.member === 'DZA' || n.member === 'MLI');
  });

  it('during a push (the pushing node) resumes and the peer ends with every object once', async () => {
    const [ner, mli] = [node('NER'), node('MLI')];
    const rel = releasabilityMarking(['MLI', 'NER']);
    const objects = bulkObjects(3000, 'NER', [rel.id], 'pushed');
    await cluster.add(ner, [rel, ...objects]);

    const sync = cluster.startSync(ner, { peer: 'mli' });
    let atKill = 0;
    const landed = await killWhen(sync.child, async () => (atKill = await countFromPeer(mli.storeAt, 'NER')) >= 1000);
    await cluster.kill(ner);
    expect(landed, 'the sync process was still pushing when killed').toBe(true);
    expect(atKill).toBeLessThan(objects.length);

    await cluster.restart(ner);
    const resumed = await cluster.startSync(ner, { peer: 'mli' }).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    const push = resumed.reports[0]!.push;
    expect(push.ok && push.failed).toBe(0);
    await expectExactHoldings(cluster, objects, (n) => n.member === 'NER' || n.member === 'MLI');
  });

  it('while receiving a push: the pusher reports the error, and once the peer is back it gets every object once', async () => {
    const [dza, ner] = [node('DZA'), node('NER')];
    const rel = releasabilityMarking(['DZA', 'NER']);
    const objects = bulkObjects(4000, 'DZA', [rel.id], 'received');
    await cluster.add(dza, [rel, ...objects]);

    const sync = cluster.startSync(dza, { peer: 'ner' });
    await waitUntil(async () => (await countFromPeer(ner.storeAt, 'DZA')) >= 1000, 'NER to receive part of the push');
    await cluster.kill(ner);
    const interrupted = await sync.done;
    expect(interrupted.reports[0]?.push.ok).toBe(false);
    const [status] = (await cluster.apiPeers(dza)).filter((p) => p.name === 'ner');
    expect(status?.push.lastError).toBeTruthy();
    expect(status?.push.backlog).toBeGreaterThan(0);

    await cluster.restart(ner);
    const resumed = await cluster.startSync(dza, { peer: 'ner' }).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    await expectExactHoldings(cluster, objects, (n) => n.member === 'DZA' || n.member === 'NER');
    const [after] = (await cluster.apiPeers(dza)).filter((p) => p.name === 'ner');
    expect(after).toMatchObject({ push: { lastError: null, backlog: 0, failures: 0 } });
  });
});
