import { expect, it } from 'vitest';
import { memberIdentityId } from '../../src/members/registry.js';
import { systemContext } from '../../src/services/context.js';
import { TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import { identity, indicator, threatActor } from '../factories/stix.js';
import { contract } from '../helpers/contract.js';

contract('store: versions', (fresh) => {
  it('keeps every version and serves the latest by default', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const v1 = threatActor({ name: 'Katiba A', modified: '2026-02-01T00:00:00.000Z' });
    const v2 = { ...v1, name: 'Katiba A (renamed)', modified: '2026-03-01T00:00:00.000Z' };
    const v3 = { ...v1, name: 'Katiba A (older)', modified: '2026-01-20T00:00:00.000Z' };
    const result = await node.writer.add(ctx, init.collectionId, [v1, v2, v3]);
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, true, true]);

    const latest = await node.reader.page(ctx, init.collectionId, { ids: [v1.id] });
    expect(latest.rows.map((r) => JSON.parse(r.json).name)).toEqual(['Katiba A (renamed)']);
    const first = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['first'] });
    expect(first.rows.map((r) => JSON.parse(r.json).name)).toEqual(['Katiba A (older)']);
    const all = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['all'] });
    expect(all.rows).toHaveLength(3);
    const exact = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['2026-02-01T00:00:00Z'] });
    expect(exact.rows.map((r) => JSON.parse(r.json).name)).toEqual(['Katiba A']);
    const firstAndLast = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['first', 'last'] });
    expect(firstAndLast.rows).toHaveLength(2);
  });

  it('refuses any version later than a revocation, stored or in the same envelope, and keeps earlier ones', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T00:00:00.000Z`;
    const v1 = threatActor({ name: 'v1', modified: at(1) });
    const revoked = { ...v1, name: 'revoked', modified: at(5), revoked: true };
    const later = { ...v1, name: 'un-revoked', modified: at(9) };
    const earlier = { ...v1, name: 'earlier', modified: at(3) };
    const revokedRefusal = /^refused: an earlier version of this object revoked it/;

    // The later version first in the envelope: refused all the same.
    const first = await node.writer.add(ctx, init.collectionId, [later, v1, revoked]);
    expect(first.outcomes.map((o) => [o.ok, o.message ?? ''])).toEqual([[false, expect.stringMatching(revokedRefusal)], [true, ''], [true, '']]);
    // Against the stored revocation: a later version is refused, an earlier one and the revoked one again are fine.
    const second = await node.writer.add(ctx, init.collectionId, [{ ...later, modified: at(20) }, earlier, revoked]);
    expect(second.outcomes.map((o) => o.ok)).toEqual([false, true, true]);
    expect(second.outcomes[0]!.message).toMatch(revokedRefusal);

    const latest = await node.reader.page(ctx, init.collectionId, { ids: [v1.id] });
    expect(latest.rows.map((r) => JSON.parse(r.json))).toEqual([revoked]);
    const all = await node.reader.page(ctx, init.collectionId, { ids: [v1.id], versions: ['all'] });
    expect(all.rows.map((r) => JSON.parse(r.json).name).sort()).toEqual(['earlier', 'revoked', 'v1']);
  });

  it('serves the latest version whatever order versions arrive in, per collection, and after the latest is deleted', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const latestName = async (collectionId: string, id: string) =>
      (await node.reader.page(ctx, collectionId, { ids: [id] })).rows.map((r) => JSON.parse(r.json).name);
    const listedName = async (id: string) =>
      (await node.store.objects.listLatest({ access: { mode: 'read', member: 'DZA' }, limit: 1000 })).filter((r) => r.id === id).map((r) => JSON.parse(r.json).name);
    const v1 = threatActor({ name: 'v1', modified: '2026-02-01T00:00:00.000Z' });
    const v2 = { ...v1, name: 'v2', modified: '2026-03-01T00:00:00.000Z' };
    const v3 = { ...v1, name: 'v3', modified: '2026-04-01T00:00:00.000Z' };
    // Separate envelopes, out of order: the newest first, then an older one, then the middle.
    await node.writer.add(ctx, init.collectionId, [v3]);
    await node.writer.add(ctx, init.collectionId, [v1]);
    expect(await latestName(init.collectionId, v1.id)).toEqual(['v3']);
    await node.writer.add(ctx, init.collectionId, [v2]);
    expect(await latestName(init.collectionId, v1.id)).toEqual(['v3']);
    expect(await listedName(v1.id)).toEqual(['v3']);

    // Another collection holding only v1 serves v1 as its latest, although newer versions exist.
    const other = await node.collections.create(systemContext('DZA'), { title: 'other', grants: [{ principal: 'member:DZA', canRead: true, canWrite: true }] });
    await node.writer.add(ctx, other, [v1]);
    expect(await latestName(other, v1.id)).toEqual(['v1']);

    // Deleting the newest version makes the next one latest again, in the pages and the list.
    await node.deleter.delete(ctx, init.collectionId, v1.id, { versions: ['2026-04-01T00:00:00.000Z'] });
    expect(await latestName(init.collectionId, v1.id)).toEqual(['v2']);
    expect(await listedName(v1.id)).toEqual(['v2']);
    await node.deleter.delete(ctx, init.collectionId, v1.id, { versions: ['2026-03-01T00:00:00.000Z'] });
    expect(await latestName(init.collectionId, v1.id)).toEqual(['v1']);
    expect(await listedName(v1.id)).toEqual(['v1']);
  });

  it('treats an identical resubmission as a no-op and refuses a different object under the same version', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const actor = threatActor();
    const reordered = Object.fromEntries(Object.entries(actor).reverse());
    await node.writer.add(ctx, init.collectionId, [actor]);
    const again = await node.writer.add(ctx, init.collectionId, [reordered]);
    expect(again.outcomes[0]).toMatchObject({ ok: true, message: 'already in this collection' });
    const clash = await node.writer.add(ctx, init.collectionId, [{ ...actor, name: 'Someone else' }]);
    expect(clash.outcomes[0]!.ok).toBe(false);
    expect(clash.outcomes[0]!.message).toMatch(/conflict/);
    const all = await node.reader.page(ctx, init.collectionId, { ids: [actor.id], versions: ['all'] });
    expect(all.rows.map((r) => JSON.parse(r.json).name)).toEqual([actor.name]);
  });

  it('gives every copy of one version inside an envelope the fate of its first copy', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const actor = threatActor();
    await node.writer.add(ctx, init.collectionId, [actor]);
    // Two copies of a version already stored, sent to a second collection: it holds it once.
    const secondId = await node.collections.create(systemContext('DZA'), { title: 'second', grants: [{ principal: 'member:DZA', canRead: true, canWrite: true }] });
    const copies = await node.writer.add(ctx, secondId, [actor, { ...actor }]);
    expect(copies.outcomes.map((o) => [o.ok, o.message])).toEqual([[true, undefined], [true, 'duplicate in this envelope']]);
    const held = await node.reader.page(ctx, secondId, { ids: [actor.id], versions: ['all'] });
    expect(held.rows).toHaveLength(1);
    // Two copies of an object its markings do not release here: both refused, neither stored.
    const foreign = threatActor({ created_by_ref: memberIdentityId('MLI'), object_marking_refs: [TLP2_MARKING_IDS.amber] });
    const refused = await node.writer.add(ctx, init.collectionId, [foreign, { ...foreign }]);
    expect(refused.outcomes.map((o) => o.ok)).toEqual([false, false]);
    expect(refused.outcomes.map((o) => o.message)).toEqual([expect.stringMatching(/not released/), expect.stringMatching(/not released/)]);
    expect(refused.status).toMatchObject({ success_count: 0, failure_count: 2 });
  });

  it('returns what it accepted byte for byte, keeping key and list order', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const odd = { ...indicator(), x_hoggar_note: 'custom', labels: ['zeta', 'alpha', 'mu'], confidence: 85 };
    await node.writer.add(ctx, init.collectionId, [odd]);
    const page = await node.reader.page(ctx, init.collectionId, { ids: [odd.id] });
    expect(page.rows[0]!.json).toBe(JSON.stringify(odd));
  });

  it('stores the good objects of an envelope and reports each bad one', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const good = identity();
    const result = await node.writer.add(ctx, init.collectionId, [good, { type: 'identity', id: 'nope' }, 42, indicator({ pattern_type: undefined })]);
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, false, false, false]);
    expect(result.outcomes[1]!.message).toMatch(/invalid STIX/);
    const status = await node.store.statuses.get(result.statusId);
    expect(status).toMatchObject({ total_count: 4, success_count: 1, failure_count: 3, status: 'complete' });
  });

  it('hands out unique, increasing date_added values that never go back, even after deletions', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const batch = Array.from({ length: 30 }, () => identity());
    const first = await node.writer.add(ctx, init.collectionId, batch);
    const added = first.outcomes.map((o) => o.addedUs!);
    expect(new Set(added).size).toBe(30);
    expect([...added].sort((a, b) => a - b)).toEqual(added);
    await node.deleter.delete(ctx, init.collectionId, batch[29]!.id);
    const later = await node.writer.add(ctx, init.collectionId, [identity()]);
    expect(later.outcomes[0]!.addedUs!).toBeGreaterThan(added[29]!);
  });

  it('pages through a collection with a stable cursor, each object exactly once', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const objects = Array.from({ length: 53 }, (_, i) => indicator({ name: `ind ${i}` }));
    await node.writer.add(ctx, init.collectionId, objects);
    const seen: string[] = [];
    let next: string | undefined;
    do {
      const page = await node.reader.page(ctx, init.collectionId, { types: ['indicator'], limit: 7, ...(next ? { next } : {}) });
      seen.push(...page.rows.map((r) => r.object_id));
      next = page.next;
      // Objects arriving mid-walk appear after the cursor, never before it.
      if (seen.length === 14) await node.writer.add(ctx, init.collectionId, [indicator({ name: 'late' })]);
    } while (next);
    expect(seen).toHaveLength(54);
    expect(new Set(seen).size).toBe(54);
    expect(seen.slice(0, 53)).toEqual(objects.map((o) => o.id));
  });

  it('filters added_after by the time this node added the object, not by modified', async () => {
    const { node, init } = await fresh();
    const ctx = systemContext('DZA');
    const old = identity({ modified: '2001-01-01T00:00:00.000Z', created: '2001-01-01T00:00:00.000Z' });
    const before = new Date(Date.now() - 1000).toISOString();
    await node.writer.add(ctx, init.collectionId, [old]);
    const page = await node.reader.page(ctx, init.collectionId, { addedAfter: before, ids: [old.id] });
    expect(page.rows.map((r) => r.object_id)).toEqual([old.id]);
    const after = await node.reader.page(ctx, init.collectionId, { addedAfter: new Date(Date.now() + 60_000).toISOString(), ids: [old.id] });
    expect(after.rows).toHaveLength(0);
  });

  it('rolls a failed write back completely', async () => {
    const { node, init } = await fresh();
    const before = await node.store.objects.count();
    await expect(node.store.write(async (q) => {
      await q.objects.insert([{ id: 'identity--6a8a8f5e-86f0-4bd5-9b8a-2f1c5b1d9a11', type: 'identity', version_key: 'x', spec_version: '2.1', revoked: 0, owner: 'DZA', read_scope: '*', share_scope: '*', json: '{}', stored_us: 1, origin_peer: null }]);
      throw new Error('crash mid-envelope');
    })).rejects.toThrow('crash mid-envelope');
    expect(await node.store.objects.count()).toBe(before);
    expect(init.collectionId).toBeTruthy();
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const { node, exec } = await fresh();
    await node.audit.flush();
    const before = await node.store.audit.recent(1000);
    expect(before.length).toBeGreaterThan(0);
    await expect(exec("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await node.store.audit.recent(1000)).toEqual(before);
  });
});
