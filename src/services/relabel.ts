import { accessLabel, accessScopes, canShare, type LabelContext } from '../stix/access.js';
import type { StixObject } from '../stix/types.js';
import type { Queries } from '../store/store.js';
import { nextClock } from './clock.js';
import { ownedHere } from './ingress.js';

/**
 * Objects that referenced a marking-definition before it arrived were stored invisible.
 * Now that the markings are here, compute their real access; an object from another
 * member that turns out not to be released to this node is dropped, as it would have
 * been refused had its markings come first. Returns the ids dropped.
 */
export async function relabelPending(q: Queries, markingIds: readonly string[], ctx: LabelContext): Promise<string[]> {
  const pks = await q.objects.pendingFor(markingIds);
  const dropped: string[] = [];
  for (const row of await q.objects.byPks(pks)) {
    const object = JSON.parse(row.json) as StixObject;
    const label = accessLabel(object, ctx);
    const scopes = accessScopes(object, label, ctx);
    if (label.unresolved.length === 0 && !ownedHere(label, object, ctx.home, row.origin_peer) && !canShare(scopes, ctx.home)) {
      await q.objects.clearPending(row.pk);
      await q.memberships.removePks([row.pk]);
      await q.objects.deleteUnreferenced([row.pk]);
      dropped.push(row.id);
      continue;
    }
    await q.objects.setScopes(row.pk, label.owner, scopes.readScope, scopes.shareScope);
    await q.objects.clearPending(row.pk);
    await q.objects.addPendingMarkings(label.unresolved.map((marking_id) => ({ object_pk: row.pk, marking_id })));
    if (label.unresolved.length === 0) await redate(q, row);
  }
  return dropped;
}

/**
 * While its markings were unknown the version was hidden from every reader but its
 * owner, and peers' cursors (our push cursor, their added_after) moved past it. It
 * becomes visible now, so it is added again, with a fresh date_added, to the
 * collections that hold it; otherwise no peer would ever receive it.
 */
async function redate(q: Queries, row: { pk: number; id: string; type: string; version_key: string }): Promise<void> {
  for (const collection of await q.accounts.collections()) {
    const held = await q.memberships.heldBy(collection.id, [row.id]);
    if (!held.has(`${row.id}|${row.version_key}`)) continue;
    await q.memberships.remove(collection.id, row.id, [row.version_key]);
    await q.memberships.insert([{ collection_id: collection.id, added_us: await nextClock(q, 1), object_pk: row.pk, type: row.type }]);
  }
}
