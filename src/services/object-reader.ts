import { badRequest } from '../errors.js';
import { parseTimestamp, toMicros } from '../stix/timestamps.js';
import type { PageRow, VersionMatch } from '../store/queries/membership-queries.js';
import type { Store } from '../store/store.js';
import { accessFilterOf, type RequestContext } from './context.js';

/** TAXII filters, already shaped by the HTTP layer's schema. */
export interface ObjectQuery {
  readonly addedAfter?: string;
  readonly limit?: number;
  readonly next?: string;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  /** Tokens of match[version]: 'first', 'last', 'all' or timestamps. */
  readonly versions?: readonly string[];
  readonly specVersions?: readonly string[];
}

export interface ObjectPage {
  readonly rows: readonly PageRow[];
  readonly more: boolean;
  readonly next?: string;
}

export const DEFAULT_PAGE_SIZE = 1000;
export const MAX_PAGE_SIZE = 10_000;

const CURSOR_PREFIX = 'h1.';

/** The opaque `next` token: the date_added of the last object served. */
export function encodeCursor(addedUs: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${addedUs}`).toString('base64url');
}

export function decodeCursor(next: string): number {
  const text = Buffer.from(next, 'base64url').toString('utf8');
  const value = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(value) || value < 0) throw badRequest(`invalid next token "${next}": pass back the value of a previous response's "next"`);
  return value;
}

/** Parses match[version]; the default is the latest version. */
export function versionMatch(tokens: readonly string[] | undefined): VersionMatch {
  if (!tokens || tokens.length === 0) return { all: false, first: false, last: true, keys: [] };
  const keys: string[] = [];
  let first = false, last = false, all = false;
  for (const token of tokens) {
    if (token === 'first') first = true;
    else if (token === 'last') last = true;
    else if (token === 'all') all = true;
    else {
      const parsed = parseTimestamp(token);
      if (!parsed) throw badRequest(`invalid match[version] value "${token}": use first, last, all or a timestamp`);
      keys.push(parsed.key);
    }
  }
  return { all, first, last, keys };
}

/** Reads collection contents for TAXII, through the one access rule. */
export class ObjectReader {
  constructor(private readonly store: Store) {}

  async page(ctx: RequestContext, collectionId: string, query: ObjectQuery): Promise<ObjectPage> {
    const limit = Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    let afterUs: number | undefined;
    if (query.addedAfter !== undefined) {
      if (!parseTimestamp(query.addedAfter)) throw badRequest(`invalid added_after "${query.addedAfter}": use an RFC 3339 UTC timestamp`);
      afterUs = Number(toMicros(query.addedAfter));
    }
    if (query.next !== undefined) afterUs = Math.max(afterUs ?? 0, decodeCursor(query.next));
    const rows = await this.store.memberships.page({
      collectionId,
      access: await accessFilterOf(this.store, ctx),
      ...(afterUs !== undefined ? { afterUs } : {}),
      ...(query.ids ? { ids: query.ids } : {}),
      ...(query.types ? { types: query.types } : {}),
      ...(query.specVersions ? { specVersions: query.specVersions } : {}),
      versions: versionMatch(query.versions),
      limit: limit + 1,
    });
    const more = rows.length > limit;
    const served = more ? rows.slice(0, limit) : rows;
    return { rows: served, more, ...(more ? { next: encodeCursor(served[served.length - 1]!.added_us) } : {}) };
  }
}
