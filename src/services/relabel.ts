import { accessLabel, accessScopes, type LabelContext } from '../stix/access.js';
import type { StixObject } from '../stix/types.js';
import type { Queries } from '../store/store.js';

/**
 * Objects that referenced a marking-definition before it arrived were stored
 * owner-only. Now that the markings are here, compute their real access.
 */
export async function relabelPending(q: Queries, markingIds: readonly string[], ctx: LabelContext): Promise<number> {
  const pks = await q.objects.pendingFor(markingIds);
  if (pks.length === 0) return 0;
  for (const row of await q.objects.byPks(pks)) {
    const label = accessLabel(JSON.parse(row.json) as StixObject, ctx);
    const scopes = accessScopes(label);
    await q.objects.setScopes(row.pk, label.owner, scopes.readScope, scopes.shareScope);
    await q.objects.clearPending(row.pk);
    await q.objects.addPendingMarkings(label.unresolved.map((marking_id) => ({ object_pk: row.pk, marking_id })));
  }
  return pks.length;
}
