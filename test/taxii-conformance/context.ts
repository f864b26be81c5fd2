/**
 * What every part of the conformance suite shares: the target, a client holding the
 * valid credentials, and the expectations that recur (a settled add, a TAXII error).
 */
import { expect } from 'vitest';
import {
  TaxiiClient,
  TaxiiClientError,
  errorMessageSchema,
  isJsonMediaType,
  type ManifestRecord,
  type ObjectFilter,
  type TaxiiErrorMessage,
  type TaxiiStatus,
} from '../../src/sync/taxii-client/index.js';
import { timestampKey } from '../../src/stix/timestamps.js';
import type { StixObject } from '../../src/stix/types.js';
import type { RawAnswer } from './raw-http.js';
import type { ConformanceTarget } from './target.js';

export interface ConformanceContext {
  readonly target: ConformanceTarget;
  /** A client with the valid credentials. */
  readonly client: TaxiiClient;
  /** The read-write collection's objects URL. */
  readonly objectsUrl: string;
}

export type ContextSource = () => ConformanceContext;

export function createContext(target: ConformanceTarget): ConformanceContext {
  const root = target.apiRootUrl.endsWith('/') ? target.apiRootUrl : `${target.apiRootUrl}/`;
  return {
    target,
    client: new TaxiiClient({ auth: target.auth, timeoutMs: 30_000 }),
    objectsUrl: `${root}collections/${encodeURIComponent(target.readWriteCollectionId)}/objects/`,
  };
}

/** Adds `objects` to the read-write collection and waits until the server has settled them. */
export async function addAndSettle(ctx: ConformanceContext, objects: readonly StixObject[]): Promise<TaxiiStatus> {
  const { client, target } = ctx;
  const first = await client.addObjects(target.apiRootUrl, target.readWriteCollectionId, objects);
  expect(first.total_count).toBe(objects.length);
  if (first.status === 'complete') return first;
  return client.waitForStatus(target.apiRootUrl, first.id, { pollMs: 50, timeoutMs: 30_000 });
}

/** Every manifest record for `filter`, following `next` (or the date-added cursor). */
export async function allManifestRecords(ctx: ConformanceContext, filter: ObjectFilter): Promise<ManifestRecord[]> {
  const { client, target } = ctx;
  const records: ManifestRecord[] = [];
  let cursor: ObjectFilter = filter;
  const tokens = new Set<string>();
  for (let pages = 0; pages < 1_000; pages += 1) {
    const page = await client.getManifest(target.apiRootUrl, target.readWriteCollectionId, cursor);
    records.push(...page.items);
    if (!page.more) return records;
    if (page.next !== undefined && tokens.has(page.next)) throw new Error(`manifest repeated the next token ${page.next}`);
    if (page.next !== undefined) tokens.add(page.next);
    if (page.next !== undefined) cursor = { ...filter, next: page.next };
    else if (page.dateAddedLast !== undefined) cursor = { ...filter, addedAfter: page.dateAddedLast };
    else throw new Error('manifest says more but gives no way to continue');
  }
  throw new Error('manifest pagination did not end after 1,000 pages');
}

/** The date_added the server gave one object (its latest version). */
export async function dateAddedOf(ctx: ConformanceContext, objectId: string): Promise<string> {
  const [record] = await allManifestRecords(ctx, { id: [objectId] });
  expect(record, `manifest record of ${objectId}`).toBeDefined();
  return record!.date_added;
}

/** Checks an answer is the given error status carrying a TAXII error message as JSON. */
export function expectTaxiiError(answer: RawAnswer, status: number, what: string): TaxiiErrorMessage {
  expect(answer.status, `${what}: status (body: ${answer.text.slice(0, 200)})`).toBe(status);
  expect(isJsonMediaType(answer.contentType), `${what}: Content-Type "${answer.contentType}" is JSON`).toBe(true);
  const parsed = errorMessageSchema.safeParse(answer.json);
  expect(parsed.success, `${what}: body is a TAXII error message: ${answer.text.slice(0, 200)}`).toBe(true);
  const message = parsed.data!;
  if (message.http_status !== undefined) expect(message.http_status, `${what}: http_status`).toBe(String(status));
  return message;
}

/** Checks a client call fails with the given status and a TAXII error message. */
export async function expectClientError(call: Promise<unknown>, status: number, what: string): Promise<TaxiiClientError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `${what}: should fail with ${status}`).toBeInstanceOf(TaxiiClientError);
  const failure = error as TaxiiClientError;
  expect({ code: failure.code, status: failure.status }, `${what}: ${failure.message}`).toEqual({ code: 'http_status', status });
  expect(failure.taxiiError, `${what}: carries a TAXII error message`).toBeDefined();
  return failure;
}

/** Ids of a list of objects or records. */
export function idsOf(items: readonly { readonly id: string }[]): string[] {
  return items.map((item) => item.id);
}

/** Sortable key of a timestamp, so "…00Z" and "…00.000Z" compare equal. */
export function instant(timestamp: string): string {
  return timestampKey(timestamp);
}
