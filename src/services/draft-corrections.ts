import { badRequest } from '../errors.js';
import type { StixObject } from '../stix/types.js';
import { validateStixObject } from '../stix/validate.js';

/** What an analyst changes in a draft before publishing it. */
export interface Corrections {
  /** Ids of objects to leave out (relationships and notes that point at them go too). */
  readonly remove?: readonly string[];
  /** Edited objects, by id (a name fixed, an alias added, a grade changed). */
  readonly replace?: readonly StixObject[];
  /** Objects the extractor missed. */
  readonly add?: readonly StixObject[];
}

const REF_KEYS = ['source_ref', 'target_ref', 'object_ref', 'sighting_of_ref'];

function checked(objects: readonly StixObject[], what: string): void {
  for (const object of objects) {
    const result = validateStixObject(object);
    if (!result.ok) {
      throw badRequest(`${what} ${String((object as { id?: unknown }).id ?? '(no id)')} is not valid STIX: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    }
  }
}

/**
 * Applies corrections to a draft's objects. Removing an entity also removes what only
 * made sense with it (relationships and notes to it) and takes it out of every list of
 * references, so the published report never points at something that was left out.
 */
export function applyCorrections(objects: readonly StixObject[], corrections: Corrections): StixObject[] {
  const replace = corrections.replace ?? [];
  const add = corrections.add ?? [];
  checked(replace, 'replacement');
  checked(add, 'added object');
  const ids = new Set(objects.map((o) => o.id));
  for (const r of replace) if (!ids.has(r.id)) throw badRequest(`cannot replace ${r.id}: it is not in the draft`);
  for (const a of add) if (ids.has(a.id)) throw badRequest(`cannot add ${a.id}: the draft already has it (replace it instead)`);
  const removed = new Set(corrections.remove ?? []);
  for (const id of removed) if (!ids.has(id)) throw badRequest(`cannot remove ${id}: it is not in the draft`);
  const byId = new Map(replace.map((r) => [r.id, r]));
  let current = [...objects.map((o) => byId.get(o.id) ?? o), ...add];
  // Dropping an object can orphan a relationship, which is dropped in turn: repeat until stable.
  for (let changed = true; changed;) {
    changed = false;
    current = current.filter((o) => {
      if (removed.has(o.id)) return false;
      const dangling = REF_KEYS.some((k) => typeof o[k] === 'string' && removed.has(o[k] as string));
      if (dangling) { removed.add(o.id); changed = true; }
      return !dangling;
    });
  }
  return current.flatMap((o) => {
    const refs = o.object_refs;
    if (!Array.isArray(refs)) return [o];
    const kept = refs.filter((r) => !removed.has(r as string));
    if (kept.length === refs.length) return [o];
    // A note or opinion about nothing left is dropped; an empty report cannot be published.
    if (kept.length === 0 && o.type !== 'report') return [];
    if (kept.length === 0) throw badRequest('the corrections leave the report with no objects');
    return [{ ...o, object_refs: kept }];
  });
}
