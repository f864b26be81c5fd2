import { markingRefs } from '../stix/access.js';
import { tlpOfMarkingId } from '../stix/markings.js';
import type { StixObject } from '../stix/types.js';
import type { Queries } from '../store/store.js';

/**
 * Finds the marking-definitions objects refer to. Marking definitions never change
 * (the spec forbids new versions of them), so a found one is cached for good; a
 * missing one is looked up again next time, since it may arrive later.
 */
export class MarkingResolver {
  private readonly known = new Map<string, StixObject>();

  /** Loads the non-TLP markings referenced by `objects` that are not in `local` or the cache. */
  async prefetch(queries: Queries, objects: readonly StixObject[], local: ReadonlyMap<string, StixObject>): Promise<void> {
    const wanted = new Set<string>();
    for (const object of objects) {
      for (const ref of markingRefs(object)) {
        if (!tlpOfMarkingId(ref) && !local.has(ref) && !this.known.has(ref)) wanted.add(ref);
      }
    }
    if (wanted.size === 0) return;
    for (const row of await queries.objects.versionsOf([...wanted])) {
      const marking = JSON.parse(row.json) as StixObject;
      if (marking.type === 'marking-definition') this.known.set(marking.id, marking);
    }
  }

  /** A synchronous lookup over the envelope first, then what was prefetched. */
  lookup(local: ReadonlyMap<string, StixObject>): (id: string) => StixObject | undefined {
    return (id) => local.get(id) ?? this.known.get(id);
  }

  remember(marking: StixObject): void {
    this.known.set(marking.id, marking);
  }
}
