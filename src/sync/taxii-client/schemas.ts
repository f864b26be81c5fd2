/**
 * The TAXII 2.1 resources as the client accepts them (specification sections 3.6.1,
 * 4.1.1, 4.2.1, 4.3.1, 5.1.1, 5.2.1, 5.3.1, 5.6.1, 5.8.1). Required properties are
 * required, types are checked, and unknown properties are kept: the specification
 * allows custom properties and we must not drop what a peer sent.
 */
import { z } from 'zod';
import { isTimestamp } from '../../stix/timestamps.js';
import type { StixObject } from '../../stix/types.js';
import { MAX_ENVELOPE_OBJECTS } from '../../taxii/limits.js';

const timestamp = z.string().refine(isTimestamp, { message: 'not an RFC 3339 UTC timestamp' });
const count = z.number().int().nonnegative();

/**
 * The longest list a TAXII answer may hold: as many as Hoggar's envelopes take, since a
 * status lists each object of one (limits.ts). Far above any real page (Hoggar asks for
 * 1,000 objects), and checked before the entries are: a peer's list of millions of tiny
 * entries would otherwise cost an issue object each.
 */
const MAX_LIST = MAX_ENVELOPE_OBJECTS;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, `more than ${MAX_LIST} entries in one answer`);

export const discoverySchema = z.looseObject({
  title: z.string(),
  description: z.string().optional(),
  contact: z.string().optional(),
  default: z.string().optional(),
  api_roots: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

export const apiRootSchema = z.looseObject({
  title: z.string(),
  description: z.string().optional(),
  versions: z.array(z.string()).min(1),
  max_content_length: count,
});
export type ApiRootInfo = z.infer<typeof apiRootSchema>;

export const collectionSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().optional(),
  alias: z.string().optional(),
  can_read: z.boolean(),
  can_write: z.boolean(),
  media_types: z.array(z.string()).optional(),
});
export type CollectionInfo = z.infer<typeof collectionSchema>;

export const collectionsSchema = z.looseObject({
  collections: list(collectionSchema).optional(),
});

/**
 * A STIX object as transport sees it: an object with a `type` and an `id`, and the
 * common properties Hoggar reads typed as `StixObject` declares them. Full STIX
 * validation belongs to the store's ingress, which can reject one object without
 * rejecting the page it came in.
 */
const granularMarkingSchema = z.looseObject({
  lang: z.string().optional(),
  marking_ref: z.string().optional(),
  selectors: z.array(z.string()),
});
export const stixObjectSchema: z.ZodType<StixObject> = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1),
  spec_version: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  created_by_ref: z.string().optional(),
  revoked: z.boolean().optional(),
  object_marking_refs: z.array(z.string()).optional(),
  granular_markings: z.array(granularMarkingSchema).optional(),
});

export const envelopeSchema = z.looseObject({
  more: z.boolean().optional(),
  next: z.string().optional(),
  objects: list(stixObjectSchema).optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const manifestRecordSchema = z.looseObject({
  id: z.string().min(1),
  date_added: timestamp,
  version: z.string().min(1),
  media_type: z.string().optional(),
});
export type ManifestRecord = z.infer<typeof manifestRecordSchema>;

export const manifestSchema = z.looseObject({
  more: z.boolean().optional(),
  next: z.string().optional(),
  objects: list(manifestRecordSchema).optional(),
});

export const versionsSchema = z.looseObject({
  more: z.boolean().optional(),
  next: z.string().optional(),
  versions: list(z.string().min(1)).optional(),
});

export const statusDetailSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  message: z.string().optional(),
});
export type StatusDetail = z.infer<typeof statusDetailSchema>;

export const statusSchema = z
  .looseObject({
    id: z.string().min(1),
    status: z.enum(['complete', 'pending']),
    request_timestamp: timestamp.optional(),
    total_count: count,
    success_count: count,
    successes: list(statusDetailSchema).optional(),
    failure_count: count,
    failures: list(statusDetailSchema).optional(),
    pending_count: count,
    pendings: list(statusDetailSchema).optional(),
  })
  .superRefine((status, ctx) => {
    // The counts are what a pusher trusts to know when every object is settled:
    // a status whose numbers do not add up cannot be acted on.
    if (status.success_count + status.failure_count + status.pending_count !== status.total_count) {
      ctx.addIssue({ code: 'custom', message: 'success, failure and pending counts do not add up to total_count' });
    }
    const lists = [
      ['successes', status.successes, status.success_count],
      ['failures', status.failures, status.failure_count],
      ['pendings', status.pendings, status.pending_count],
    ] as const;
    for (const [name, list, expected] of lists) {
      if (list !== undefined && list.length !== expected) {
        ctx.addIssue({ code: 'custom', path: [name], message: `${name} lists ${list.length} entries, its count says ${expected}` });
      }
    }
    if (status.status === 'complete' && status.pending_count > 0) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'complete while objects are still pending' });
    }
  });
export type TaxiiStatus = z.infer<typeof statusSchema>;

export const errorMessageSchema = z.looseObject({
  title: z.string(),
  description: z.string().optional(),
  error_id: z.string().optional(),
  error_code: z.string().optional(),
  // The spec types it as a string; servers that send the number still mean the same status.
  http_status: z.union([z.string(), z.number().transform(String)]).optional(),
  external_details: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TaxiiErrorMessage = z.infer<typeof errorMessageSchema>;

/** A short, single-line account of why a value failed a schema, for error messages. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}
