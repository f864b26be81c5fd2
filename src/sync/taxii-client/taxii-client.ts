/**
 * A TAXII 2.1 client written from the OASIS specification (OS, 10 June 2021): the
 * transport federation uses to pull from and push to peers, Hoggar or not.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { isTimestamp, timestampKey } from '../../stix/timestamps.js';
import type { StixObject } from '../../stix/types.js';
import { TaxiiClientError } from './errors.js';
import {
  apiRootSchema,
  collectionSchema,
  collectionsSchema,
  describeIssues,
  discoverySchema,
  envelopeSchema,
  manifestSchema,
  statusSchema,
  versionsSchema,
  type ApiRootInfo,
  type CollectionInfo,
  type Discovery,
  type ManifestRecord,
  type TaxiiStatus,
} from './schemas.js';
import { exchange, type TaxiiAnswer, type TaxiiAuth, type TaxiiExchange, type TransportSettings } from './transport.js';
import { ENDPOINT_FILTERS, endpointUrl, withFilters, type FilterKey, type ObjectFilter } from './urls.js';
import { spliceJson } from '../../util/json-splice.js';

export interface TaxiiClientOptions {
  readonly auth?: TaxiiAuth;
  /** Deadline of each exchange, body included (default 30 s). */
  readonly timeoutMs?: number;
  /** Largest response body accepted (default 64 MiB). */
  readonly maxResponseBytes?: number;
  readonly userAgent?: string;
}

/** One page of a paginated TAXII answer, with the server's date-added bracket. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly more: boolean;
  readonly next?: string;
  /** `X-TAXII-Date-Added-First`: when the server added the first item of this page. */
  readonly dateAddedFirst?: string;
  /** `X-TAXII-Date-Added-Last`: when the server added the last item; a resumable cursor. */
  readonly dateAddedLast?: string;
}

export interface WaitOptions {
  /** Pause between polls (default 1 s). */
  readonly pollMs?: number;
  /** Give up after this long (default 60 s). */
  readonly timeoutMs?: number;
}

const DEFAULTS = { timeoutMs: 30_000, maxResponseBytes: 64 * 1024 * 1024, userAgent: 'hoggar-taxii-client/0.1' };

/** A server answering `more: true` with nothing on this many pages in a row is going nowhere. */
const MAX_EMPTY_PAGES_IN_A_ROW = 20;

export interface AddOptions {
  /**
   * Send the envelope gzip-compressed (Content-Encoding: gzip). TAXII does not require a
   * server to accept a compressed request, so this is for peers known to (Hoggar does).
   */
  readonly gzip?: boolean;
}

export class TaxiiClient {
  private readonly settings: TransportSettings;

  constructor(options: TaxiiClientOptions = {}) {
    this.settings = {
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
      userAgent: options.userAgent ?? DEFAULTS.userAgent,
      ...(options.auth ? { auth: options.auth } : {}),
    };
  }

  /** Server discovery (spec 4.1). `api_roots` are returned as sent; see `resolveApiRootUrl`. */
  async discovery(url: string): Promise<Discovery> {
    return this.read(discoverySchema, 'discovery resource', { method: 'GET', url: endpointUrl(url) });
  }

  /** API root information (spec 4.2): supported versions and `max_content_length`. */
  async apiRoot(apiRootUrl: string): Promise<ApiRootInfo> {
    return this.read(apiRootSchema, 'API root resource', { method: 'GET', url: endpointUrl(apiRootUrl) });
  }

  /** The collections of an API root (spec 5.1); an absent list means none. */
  async collections(apiRootUrl: string): Promise<CollectionInfo[]> {
    const url = endpointUrl(apiRootUrl, 'collections');
    const resource = await this.read(collectionsSchema, 'collections resource', { method: 'GET', url });
    return resource.collections ?? [];
  }

  /** One collection (spec 5.2). */
  async collection(apiRootUrl: string, collectionId: string): Promise<CollectionInfo> {
    const url = endpointUrl(apiRootUrl, 'collections', collectionId);
    const info = await this.read(collectionSchema, 'collection resource', { method: 'GET', url });
    if (info.id !== collectionId) {
      throw invalid(url.href, `collection resource describes "${info.id}", not "${collectionId}"`);
    }
    return info;
  }

  /** One page of objects (spec 5.3). By default the server returns the latest version of each. */
  async getObjects(apiRootUrl: string, collectionId: string, filter?: ObjectFilter): Promise<Page<StixObject>> {
    const url = this.filtered(ENDPOINT_FILTERS.objects, filter, apiRootUrl, 'collections', collectionId, 'objects');
    const answer = await exchange(this.settings, { method: 'GET', url });
    const envelope = validate(envelopeSchema, answer.json, 'envelope', url.href);
    return page(envelope.objects ?? [], envelope, answer);
  }

  /**
   * Every page of objects matching `filter`, following the server's `next`. A server
   * that says `more` without a `next` is followed with `added_after` set to its
   * `X-TAXII-Date-Added-Last`, the continuation the specification also allows. A
   * server that repeats a `next`, or cannot say where to continue, ends the walk with
   * `invalid_response` rather than looping.
   */
  async *pages(apiRootUrl: string, collectionId: string, filter: ObjectFilter = {}): AsyncGenerator<Page<StixObject>> {
    let cursor: ObjectFilter = filter;
    const seenNext = new Set<string>();
    let emptyInARow = 0;
    for (;;) {
      const current = await this.getObjects(apiRootUrl, collectionId, cursor);
      yield current;
      if (!current.more) return;
      emptyInARow = current.items.length === 0 ? emptyInARow + 1 : 0;
      const where = endpointUrl(apiRootUrl, 'collections', collectionId, 'objects').href;
      if (emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
        throw invalid(where, `${emptyInARow} empty pages in a row still announcing more`);
      }
      if (current.next !== undefined) {
        if (seenNext.has(current.next)) throw invalid(where, 'the server repeated a next token it had already given');
        seenNext.add(current.next);
        cursor = { ...filter, next: current.next };
      } else if (current.dateAddedLast !== undefined && advances(current.dateAddedLast, cursor.addedAfter)) {
        cursor = { ...filter, next: undefined, addedAfter: current.dateAddedLast };
      } else {
        throw invalid(where, 'more objects announced but neither next nor a later X-TAXII-Date-Added-Last given');
      }
    }
  }

  /** One object (spec 5.5): by default its latest version; `version: ['all']` for every version. */
  async getObject(
    apiRootUrl: string,
    collectionId: string,
    objectId: string,
    filter?: ObjectFilter,
  ): Promise<Page<StixObject>> {
    const url = this.filtered(ENDPOINT_FILTERS.object, filter, apiRootUrl, 'collections', collectionId, 'objects', objectId);
    const answer = await exchange(this.settings, { method: 'GET', url });
    const envelope = validate(envelopeSchema, answer.json, 'envelope', url.href);
    return page(envelope.objects ?? [], envelope, answer);
  }

  /** Deletes an object (spec 5.7), or only the versions `filter` selects. */
  async deleteObject(apiRootUrl: string, collectionId: string, objectId: string, filter?: ObjectFilter): Promise<void> {
    const url = this.filtered(ENDPOINT_FILTERS.deleteObject, filter, apiRootUrl, 'collections', collectionId, 'objects', objectId);
    await exchange(this.settings, { method: 'DELETE', url, readsBody: false });
  }

  /** One page of manifest records (spec 5.6): id, date_added, version, media_type. */
  async getManifest(apiRootUrl: string, collectionId: string, filter?: ObjectFilter): Promise<Page<ManifestRecord>> {
    const url = this.filtered(ENDPOINT_FILTERS.manifest, filter, apiRootUrl, 'collections', collectionId, 'manifest');
    const answer = await exchange(this.settings, { method: 'GET', url });
    const manifest = validate(manifestSchema, answer.json, 'manifest resource', url.href);
    return page(manifest.objects ?? [], manifest, answer);
  }

  /** One page of the versions of an object (spec 5.8). */
  async getVersions(apiRootUrl: string, collectionId: string, objectId: string, filter?: ObjectFilter): Promise<Page<string>> {
    const url = this.filtered(
      ENDPOINT_FILTERS.versions, filter, apiRootUrl, 'collections', collectionId, 'objects', objectId, 'versions',
    );
    const answer = await exchange(this.settings, { method: 'GET', url });
    const versions = validate(versionsSchema, answer.json, 'versions resource', url.href);
    return page(versions.versions ?? [], versions, answer);
  }

  /** Adds objects as one envelope (spec 5.4); the answer is the status resource, maybe still pending. */
  addObjects(apiRootUrl: string, collectionId: string, objects: readonly StixObject[], options: AddOptions = {}): Promise<TaxiiStatus> {
    return this.addObjectTexts(apiRootUrl, collectionId, objects.map((object) => JSON.stringify(object)), options);
  }

  /**
   * As addObjects, for objects held as JSON text (a node's stored objects): the texts are
   * spliced into the envelope, not parsed and serialised again.
   */
  async addObjectTexts(apiRootUrl: string, collectionId: string, texts: readonly string[], options: AddOptions = {}): Promise<TaxiiStatus> {
    const url = endpointUrl(apiRootUrl, 'collections', collectionId, 'objects');
    const body = spliceJson('{"objects":[', texts, ']}');
    return this.read(statusSchema, 'status resource', { method: 'POST', url, body, ...(options.gzip ? { gzip: true } : {}) });
  }

  /** The status of an earlier add (spec 4.3). */
  async getStatus(apiRootUrl: string, statusId: string): Promise<TaxiiStatus> {
    const url = endpointUrl(apiRootUrl, 'status', statusId);
    const status = await this.read(statusSchema, 'status resource', { method: 'GET', url });
    if (status.id !== statusId) throw invalid(url.href, `status resource describes "${status.id}", not "${statusId}"`);
    return status;
  }

  /** Polls a status until it is complete; `timeout` if it is still pending after `timeoutMs`. */
  async waitForStatus(apiRootUrl: string, statusId: string, opts: WaitOptions = {}): Promise<TaxiiStatus> {
    const pollMs = opts.pollMs ?? 1_000;
    const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    for (;;) {
      const status = await this.getStatus(apiRootUrl, statusId);
      if (status.status === 'complete') return status;
      if (Date.now() + pollMs > deadline) {
        throw new TaxiiClientError('timeout', `status ${statusId} still pending (${status.pending_count} of ${status.total_count})`, {
          url: endpointUrl(apiRootUrl, 'status', statusId).href,
        });
      }
      await sleep(pollMs);
    }
  }

  private async read<S extends z.ZodType>(schema: S, what: string, request: TaxiiExchange): Promise<z.infer<S>> {
    const answer = await exchange(this.settings, request);
    return validate(schema, answer.json, what, request.url.href);
  }

  private filtered(allowed: readonly FilterKey[], filter: ObjectFilter | undefined, base: string, ...segments: string[]): URL {
    return withFilters(endpointUrl(base, ...segments), filter, allowed);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, what: string, url: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(url, `${what} is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function invalid(url: string, message: string): TaxiiClientError {
  return new TaxiiClientError('invalid_response', `${url}: ${message}`, { url });
}

function page<T>(items: readonly T[], resource: { more?: boolean; next?: string }, answer: TaxiiAnswer): Page<T> {
  const first = dateHeader(answer.headers, 'x-taxii-date-added-first');
  const last = dateHeader(answer.headers, 'x-taxii-date-added-last');
  return {
    items,
    more: resource.more ?? false,
    ...(resource.next !== undefined ? { next: resource.next } : {}),
    ...(first !== undefined ? { dateAddedFirst: first } : {}),
    ...(last !== undefined ? { dateAddedLast: last } : {}),
  };
}

/** A date header the server sent in the TAXII timestamp form; anything else is ignored, not trusted. */
function dateHeader(headers: Headers, name: string): string | undefined {
  const value = headers.get(name)?.trim();
  return value !== undefined && isTimestamp(value) ? value : undefined;
}

function advances(candidate: string, previous: string | undefined): boolean {
  if (previous === undefined || !isTimestamp(previous)) return true;
  return timestampKey(candidate) > timestampKey(previous);
}
