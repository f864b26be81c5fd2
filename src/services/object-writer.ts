import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.js';
import { memberOfIdentity } from '../members/registry.js';
import { accessLabel, accessScopes, canShare, type AccessLabel } from '../stix/access.js';
import { jsonEqual } from '../stix/json-equal.js';
import { prepareObjects, type PreparedBatch, type PreparedObject } from '../stix/prepare.js';
import { nowMicros } from '../stix/timestamps.js';
import { versionOf } from '../stix/types.js';
import type { NewObjectRow } from '../store/queries/object-queries.js';
import type { StatusRow } from '../store/queries/status-queries.js';
import { AFTER_REVOCATION, type Queries, type Store } from '../store/store.js';
import type { RequestContext } from './context.js';
import type { MarkingResolver } from './marking-resolver.js';
import type { NodeSettings } from './node-settings.js';
import { nextClock } from './clock.js';
import { GroupCommitter } from './group-commit.js';
import { ownedHere } from './ingress.js';
import { relabelPending } from './relabel.js';

/** The fate of one submitted object, as the TAXII status resource reports it. */
export interface ObjectOutcome {
  readonly index: number;
  readonly ok: boolean;
  readonly id?: string;
  readonly version?: string;
  /** Why it failed, or a note on a success (e.g. already stored). */
  readonly message?: string;
  /** date_added in the collection (new or earlier), for successes. */
  readonly addedUs?: number;
  /** The validator's advice on a stored object (an open vocabulary's unknown value, say). */
  readonly warnings?: string;
}

/** Per-object entries of a status resource, as its row stores them in details_json. */
export interface StatusDetails {
  readonly successes: readonly StatusDetail[];
  readonly failures: readonly StatusDetail[];
}
export interface StatusDetail { readonly id?: string; readonly version?: string; readonly message?: string }

export interface AddResult {
  readonly statusId: string;
  /** The status resource row as stored, so the caller can answer without reading it back. */
  readonly status: StatusRow;
  /** Its details_json before serialising, so the answer need not parse it again. */
  readonly statusDetails: StatusDetails;
  readonly requestUs: number;
  readonly outcomes: readonly ObjectOutcome[];
}

export interface AddOptions {
  /** The member whose node delivered these objects (by sync, either way). */
  readonly originPeer?: string;
}

type Candidate = PreparedObject;

/** Two prepared copies of one version are the same object (the text is compared first: it almost always decides). */
const sameContent = (a: { json: string }, b: { json: string }) => a.json === b.json || jsonEqual(JSON.parse(a.json), JSON.parse(b.json));

/**
 * Stores submitted STIX objects in a collection under the versioning and marking rules:
 * a version is (id, modified); an identical resubmission is a no-op; a different object
 * under an existing version is refused; an object is refused unless its markings release
 * it to this node's member. Each object succeeds or fails on its own; the good ones of
 * an envelope are kept whatever the bad ones do.
 */
export { nextClock } from './clock.js';

export class ObjectWriter {
  private readonly committer: GroupCommitter;

  constructor(
    store: Store,
    private readonly node: NodeSettings,
    private readonly markings: MarkingResolver,
    private readonly audit: AuditLog,
  ) {
    this.committer = new GroupCommitter(store);
  }

  add(ctx: RequestContext, collectionId: string, inputs: readonly unknown[], options: AddOptions = {}): Promise<AddResult> {
    return this.addPrepared(ctx, collectionId, prepareObjects(inputs), options);
  }

  /** As `add`, for objects already validated and prepared (possibly on another thread). */
  async addPrepared(ctx: RequestContext, collectionId: string, batch: PreparedBatch, options: AddOptions = {}): Promise<AddResult> {
    const requestUs = Number(nowMicros());
    const outcomes: ObjectOutcome[] = batch.refused.map((refused) => ({ ...refused, ok: false }));
    const candidates = batch.accepted;
    const statusId = randomUUID();
    const stored = await this.committer.run(async (q) => {
      const results = await this.storeCandidates(q, ctx, collectionId, candidates, options);
      const all = [...outcomes, ...results].sort((a, b) => a.index - b.index);
      return { all, ...(await this.recordStatus(q, ctx, collectionId, statusId, requestUs, all)) };
    });
    return { statusId, status: stored.status, statusDetails: stored.details, requestUs, outcomes: stored.all };
  }

  private async storeCandidates(
    q: Queries, ctx: RequestContext, collectionId: string, candidates: readonly Candidate[], options: AddOptions,
  ): Promise<ObjectOutcome[]> {
    const outcomes: ObjectOutcome[] = [];
    const envelopeMarkings = new Map(candidates.filter((c) => c.head.type === 'marking-definition')
      .map((c) => [c.head.id, c.head] as const));
    await this.markings.prefetch(q, candidates.map((c) => c.head), envelopeMarkings);
    const labelContext = {
      home: this.node.member,
      marking: this.markings.lookup(envelopeMarkings),
      memberOfIdentity,
    };

    const storedUs = Number(nowMicros());
    const fresh: { candidate: Candidate; row: NewObjectRow; label: AccessLabel }[] = [];
    // Refused by its markings, unless this very version is stored already (then it is a no-op).
    const unreleased: Candidate[] = [];
    const firstCopies = new Map<string, Candidate>();
    const revokedAt = firstRevocations(candidates);
    for (const candidate of candidates) {
      const { head: object, versionKey, index } = candidate;
      const key = `${object.id}|${versionKey}`;
      const first = firstCopies.get(key);
      if (first !== undefined) {
        // The first copy stands for an identical duplicate inside the envelope (settled below).
        if (!sameContent(first, candidate)) outcomes.push({ index, ok: false, ...identOf(candidate), message: CONFLICT });
        continue;
      }
      // Revoked earlier in this envelope: refused whatever the order, as the store refuses it.
      if (isAfter(versionKey, revokedAt.get(object.id))) {
        outcomes.push({ index, ok: false, ...identOf(candidate), message: AFTER_REVOKED });
        continue;
      }
      firstCopies.set(key, candidate);
      const label = accessLabel(object, labelContext);
      const scopes = accessScopes(object, label, labelContext);
      // An object whose markings are not all known yet is kept, invisible, until they arrive
      // (relabelPending then applies them, or drops it if they do not release it to us).
      if (label.unresolved.length === 0 && !ownedHere(label, object, this.node.member, options.originPeer) && !canShare(scopes, this.node.member)) {
        unreleased.push(candidate);
        continue;
      }
      fresh.push({
        candidate, label,
        row: {
          id: object.id, type: object.type, version_key: versionKey, spec_version: object.spec_version ?? '2.1',
          revoked: object.revoked === true ? 1 : 0, owner: label.owner, read_scope: scopes.readScope,
          share_scope: scopes.shareScope, json: candidate.json, stored_us: storedUs,
          origin_peer: options.originPeer ?? null,
        },
      });
    }

    // New versions go straight in; only those already stored are read back and compared.
    const insertedPks = await q.objects.insert(fresh.map((f) => f.row));
    const inserted = fresh.flatMap((f, i) => { const pk = insertedPks[i]; return typeof pk === 'number' ? [{ ...f, pk }] : []; });
    const clashes = [...fresh.filter((_, i) => insertedPks[i] === null).map((f) => f.candidate), ...unreleased];
    fresh.forEach((f, i) => {
      if (insertedPks[i] === AFTER_REVOCATION) outcomes.push({ index: f.candidate.index, ok: false, ...identOf(f.candidate), message: AFTER_REVOKED });
    });
    const { keep, refused } = await this.settleClashes(q, clashes);
    outcomes.push(...refused);

    const pending = inserted.flatMap((f) => f.label.unresolved.map((marking_id) => ({ object_pk: f.pk, marking_id })));
    await q.objects.addPendingMarkings(pending);
    const placed = [...inserted.map((f) => ({ candidate: f.candidate, pk: f.pk, existed: false })), ...keep.map((k) => ({ ...k, existed: true }))];
    const added = await this.placeInCollection(q, collectionId, placed);
    const awaiting = new Map(inserted.filter((f) => f.label.unresolved.length > 0).map((f) => [f.pk, f.label.unresolved]));
    for (const { candidate, pk } of placed) {
      const markings = awaiting.get(pk);
      outcomes.push({
        index: candidate.index, ...successOf(candidate),
        ...(added.has(pk) ? { addedUs: added.get(pk)! } : { message: 'already in this collection' }),
        // Told, so that whoever sent it knows why others cannot read it yet.
        ...(markings ? { message: `stored; only its owner's member may read it until this node receives its marking definitions ${markings.join(', ')}` } : {}),
      });
    }
    // Identical duplicates inside the envelope share their first copy's fate.
    const byIndex = new Map(outcomes.map((o) => [o.index, o]));
    for (const candidate of candidates) {
      if (byIndex.has(candidate.index)) continue;
      const first = byIndex.get(firstCopies.get(`${candidate.head.id}|${candidate.versionKey}`)!.index)!;
      outcomes.push(first.ok
        ? { index: candidate.index, ...successOf(candidate), message: 'duplicate in this envelope' }
        : { ...first, index: candidate.index });
    }

    const newMarkings = inserted.map((f) => f.candidate.head).filter((o) => o.type === 'marking-definition');
    for (const marking of newMarkings) this.markings.remember(marking);
    const dropped = await relabelPending(q, newMarkings.map((m) => m.id), { ...labelContext, marking: this.markings.lookup(new Map()) });
    if (dropped.length > 0) {
      await this.audit.recordChange(q, ctx, { action: 'objects.drop_unreleased', target: collectionId, detail: { objects: dropped } });
    }
    if (placed.length > 0) {
      await this.audit.recordChange(q, ctx, {
        action: 'objects.add', target: collectionId,
        detail: { count: added.size, origin_peer: options.originPeer, objects: placed.filter((p) => added.has(p.pk)).map((p) => `${p.candidate.head.id}@${p.candidate.versionKey}`) },
      });
    }
    return outcomes;
  }

  /**
   * Settles versions the insert skipped (already stored) and versions their markings do not
   * release here: resubmitting exactly what is stored is a no-op that keeps the stored row;
   * anything else is refused, as a conflict or as not released.
   */
  private async settleClashes(q: Queries, clashes: readonly Candidate[]): Promise<{ keep: { candidate: Candidate; pk: number }[]; refused: ObjectOutcome[] }> {
    const stored = new Map<string, { pk: number; json: string }>();
    for (const v of await q.objects.versionsOf([...new Set(clashes.map((c) => c.head.id))])) {
      stored.set(`${v.id}|${v.version_key}`, v);
    }
    const keep: { candidate: Candidate; pk: number }[] = [];
    const refused: ObjectOutcome[] = [];
    for (const candidate of clashes) {
      const before = stored.get(`${candidate.head.id}|${candidate.versionKey}`);
      if (before && sameContent(before, candidate)) keep.push({ candidate, pk: before.pk });
      else refused.push({ index: candidate.index, ok: false, ...identOf(candidate), message: before ? CONFLICT : `not released to ${this.node.member}: its markings do not allow it to be shared with this node` });
    }
    return { keep, refused };
  }

  /** Adds versions to the collection (skipping ones it holds) with fresh, increasing date_added values. */
  private async placeInCollection(q: Queries, collectionId: string, placed: readonly { candidate: Candidate; pk: number; existed: boolean }[]): Promise<Map<number, number>> {
    // Only versions stored before this request can already be in the collection.
    const existing = placed.filter((p) => p.existed);
    const held = existing.length ? await q.memberships.heldBy(collectionId, existing.map((p) => p.candidate.head.id)) : new Set<string>();
    const toAdd = placed.filter((p) => !held.has(`${p.candidate.head.id}|${p.candidate.versionKey}`));
    const added = new Map<number, number>();
    if (toAdd.length === 0) return added;
    let clock = await nextClock(q, toAdd.length);
    const rows = toAdd.map(({ candidate, pk }) => {
      const addedUs = clock++;
      added.set(pk, addedUs);
      return { collection_id: collectionId, added_us: addedUs, object_pk: pk, type: candidate.head.type };
    });
    await q.memberships.insert(rows);
    return added;
  }

  private async recordStatus(
    q: Queries, ctx: RequestContext, collectionId: string, statusId: string, requestUs: number, outcomes: readonly ObjectOutcome[],
  ): Promise<{ status: StatusRow; details: StatusDetails }> {
    const successes = outcomes.filter((o) => o.ok);
    const failures = outcomes.filter((o) => !o.ok);
    const details: StatusDetails = {
      successes: successes.map(({ id, version, message, warnings }) => ({ id, version, message: withWarnings(message, warnings) })),
      failures: failures.map(({ id, version, message }) => ({ id, version, message })),
    };
    const status: StatusRow = {
      id: statusId, collection_id: collectionId, user_name: ctx.principal.name, request_us: requestUs,
      status: 'complete', total_count: outcomes.length, success_count: successes.length,
      failure_count: failures.length, pending_count: 0,
      details_json: JSON.stringify(details),
    };
    await q.statuses.insert(status);
    return { status, details };
  }
}

const CONFLICT = 'conflict: a different object is already stored under this id and version (modified); submit a new version with a later modified timestamp';
const AFTER_REVOKED = 'refused: an earlier version of this object revoked it, and STIX 2.1 forbids updating a revoked object (section 3.6.2); create a new object instead';

/** The earliest revoking version of each object in an envelope. */
function firstRevocations(candidates: readonly Candidate[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const { head, versionKey } of candidates) {
    if (head.revoked !== true) continue;
    const known = first.get(head.id);
    if (known === undefined || versionKey < known) first.set(head.id, versionKey);
  }
  return first;
}

const isAfter = (versionKey: string, revokedKey: string | undefined) => revokedKey !== undefined && versionKey > revokedKey;

const identOf = ({ head }: Candidate) => ({ id: head.id, version: versionOf(head) });

/** A stored object's outcome, carrying the validator's advice on it so its sender learns of it. */
const successOf = (candidate: Candidate) => ({ ok: true as const, ...identOf(candidate), ...(candidate.warnings ? { warnings: candidate.warnings } : {}) });

/** The status resource's message for a success: what happened, then any advice. */
const withWarnings = (message: string | undefined, warnings: string | undefined) =>
  warnings === undefined ? message : `${message ? `${message}; ` : ''}warnings: ${warnings}`;
