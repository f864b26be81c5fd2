/**
 * What a node holds, read two ways that do not go through the code under test's
 * services: over its TAXII API as its admin (plain fetch, written from the spec), and
 * straight from its database, so that a version stored but hidden from every reader
 * (a silent leak) is seen too.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { StixObject } from '../../src/stix/types.js';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';

/** One stored version: `id|modified` (or `id|created`, or `id|` for SCOs). */
export type VersionKey = string;

export function versionKeyOf(object: { id: string; modified?: unknown; created?: unknown }): VersionKey {
  const version = typeof object.modified === 'string' ? object.modified : typeof object.created === 'string' ? object.created : '';
  return `${object.id}|${version}`;
}

export interface TaxiiTarget {
  /** API root URL, ending in '/'. */
  readonly apiRoot: string;
  readonly collectionId: string;
  readonly token: string;
}

/** Every version of every object the caller may read in the collection, in date_added order. */
export async function readAllVersions(target: TaxiiTarget, pageSize = 1000): Promise<StixObject[]> {
  const out: StixObject[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 100_000; pages++) {
    const url = new URL(`collections/${target.collectionId}/objects/`, target.apiRoot);
    url.searchParams.set('match[version]', 'all');
    url.searchParams.set('limit', String(pageSize));
    if (next) url.searchParams.set('next', next);
    const response = await fetch(url, { headers: { accept: TAXII_MEDIA, authorization: `Bearer ${target.token}` } });
    if (response.status !== 200) throw new Error(`GET ${url.href} answered ${response.status}: ${await response.text()}`);
    const envelope = (await response.json()) as { objects?: StixObject[]; more?: boolean; next?: string };
    out.push(...(envelope.objects ?? []));
    if (!envelope.more) return out;
    if (!envelope.next) throw new Error(`GET ${url.href}: more=true without next`);
    next = envelope.next;
  }
  throw new Error('too many pages');
}

/** POSTs an envelope and returns the status resource the server answered. */
export async function postObjects(target: TaxiiTarget, objects: readonly unknown[]): Promise<TaxiiStatusResource> {
  const url = new URL(`collections/${target.collectionId}/objects/`, target.apiRoot);
  const response = await fetch(url, {
    method: 'POST',
    headers: { accept: TAXII_MEDIA, 'content-type': TAXII_MEDIA, authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ objects }),
  });
  if (response.status !== 202) throw new Error(`POST ${url.href} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TaxiiStatusResource;
}

export interface TaxiiStatusResource {
  readonly id: string;
  readonly status: string;
  readonly total_count: number;
  readonly success_count: number;
  readonly failure_count: number;
  readonly pending_count: number;
  readonly successes?: readonly { id: string; version?: string; message?: string }[];
  readonly failures?: readonly { id: string; version?: string; message?: string }[];
}

/** One row of a node's objects table, as the database holds it. */
export interface StoredVersion {
  readonly key: VersionKey;
  readonly id: string;
  readonly owner: string;
  readonly readScope: string;
  readonly shareScope: string;
  readonly originPeer: string | null;
  readonly revoked: boolean;
  /** How many collection memberships point at this version (1 in a healthy node). */
  readonly memberships: number;
}

export type StoreAt =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };

const RAW_QUERY = `
  SELECT o.id, o.json, o.owner, o.read_scope, o.share_scope, o.origin_peer, o.revoked,
         (SELECT COUNT(*) FROM collection_objects co WHERE co.object_pk = o.pk) AS memberships
  FROM objects o`;

interface RawRow {
  id: string; json: string; owner: string; read_scope: string; share_scope: string;
  origin_peer: string | null; revoked: number | boolean; memberships: number | string;
}

function toStored(row: RawRow): StoredVersion {
  const object = JSON.parse(row.json) as StixObject;
  return {
    key: versionKeyOf(object), id: row.id, owner: row.owner, readScope: row.read_scope, shareScope: row.share_scope,
    originPeer: row.origin_peer, revoked: Boolean(Number(row.revoked)), memberships: Number(row.memberships),
  };
}

/** Every version in a node's database, visible or not. */
export async function readStoredVersions(at: StoreAt): Promise<StoredVersion[]> {
  if (at.kind === 'sqlite') {
    const db = new BetterSqlite3(at.file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 15000');
      return (db.prepare(RAW_QUERY).all() as RawRow[]).map(toStored);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: at.url, options: `-c search_path=${at.schema}` });
  await client.connect();
  try {
    return (await client.query<RawRow>(RAW_QUERY)).rows.map(toStored);
  } finally {
    await client.end();
  }
}

/** Counts, per key, how often it occurs; the keys seen more than once. */
export function duplicates(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

/** Versions a node holds that the node of `member` delivered. */
export async function countFromPeer(at: StoreAt, member: string): Promise<number> {
  const query = 'SELECT COUNT(*) AS n FROM objects WHERE origin_peer = ';
  if (at.kind === 'sqlite') {
    const db = new BetterSqlite3(at.file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 15000');
      return Number((db.prepare(`${query}?`).get(member) as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: at.url, options: `-c search_path=${at.schema}` });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`${query}$1`, [member])).rows[0]!.n);
  } finally {
    await client.end();
  }
}
