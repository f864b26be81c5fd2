import { formatMicros } from '../stix/timestamps.js';
import type { CollectionView } from '../services/collection-service.js';
import type { ObjectPage } from '../services/object-reader.js';
import type { StatusDetail, StatusDetails } from '../services/object-writer.js';
import type { StatusRow } from '../store/queries/status-queries.js';
import type { PageRow } from '../store/queries/membership-queries.js';
import { STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE } from './media-types.js';
import { spliceJson } from '../util/json-splice.js';

/**
 * Turns rows into TAXII resources, so no database column leaks into a response.
 * Objects are written out as the exact JSON text they were stored as.
 */

/** The original-looking version string from its sortable key (the object's own precision, at least ms). */
export function versionFromKey(key: string): string {
  const fraction = key.slice(20, 29).replace(/0+$/, '').padEnd(3, '0');
  return `${key.slice(0, 19)}.${fraction}Z`;
}

/** TAXII's version of a row: its modified/created, else (SCOs) its date_added. */
function versionOfRow(row: PageRow): string {
  return row.version_key === '' ? formatMicros(BigInt(row.added_us)) : versionFromKey(row.version_key);
}

function paging(page: ObjectPage): string {
  return `"more":${page.more}${page.next ? `,"next":${JSON.stringify(page.next)}` : ''}`;
}

/** The envelope as UTF-8 bytes, the stored texts spliced in (util/json-splice.ts). */
export function envelopeBytes(page: ObjectPage): Buffer {
  if (page.rows.length === 0) return Buffer.from(`{${paging(page)}}`, 'utf8');
  return spliceJson(`{${paging(page)},"objects":[`, page.rows.map((r) => r.json), ']}');
}

export function manifestResource(page: ObjectPage) {
  return {
    more: page.more,
    ...(page.next ? { next: page.next } : {}),
    ...(page.rows.length ? {
      objects: page.rows.map((row) => ({
        id: row.object_id,
        date_added: formatMicros(BigInt(row.added_us)),
        version: versionOfRow(row),
        media_type: STIX_MEDIA_TYPE,
      })),
    } : {}),
  };
}

export function versionsResource(page: ObjectPage) {
  return {
    more: page.more,
    ...(page.next ? { next: page.next } : {}),
    ...(page.rows.length ? { versions: page.rows.map(versionOfRow) } : {}),
  };
}

/** The X-TAXII-Date-Added-First/-Last headers of a page (none when it is empty). */
export function dateAddedHeaders(rows: readonly PageRow[]): Record<string, string> {
  if (rows.length === 0) return {};
  return {
    'X-TAXII-Date-Added-First': formatMicros(BigInt(rows[0]!.added_us)),
    'X-TAXII-Date-Added-Last': formatMicros(BigInt(rows[rows.length - 1]!.added_us)),
  };
}

export function collectionResource(c: CollectionView) {
  return {
    id: c.id,
    title: c.title,
    ...(c.description ? { description: c.description } : {}),
    ...(c.alias ? { alias: c.alias } : {}),
    can_read: c.canRead,
    can_write: c.canWrite,
    media_types: [STIX_MEDIA_TYPE],
  };
}

/** A status resource; `details` is the row's details_json already parsed, when the caller holds it. */
export function statusResource(row: StatusRow, details = JSON.parse(row.details_json) as StatusDetails) {
  // status-details require id and version; an object too broken to have them is named by its message.
  const present = (d: StatusDetail) => ({ id: d.id ?? '', version: d.version ?? '', ...(d.message ? { message: d.message } : {}) });
  return {
    id: row.id,
    status: row.status,
    request_timestamp: formatMicros(BigInt(row.request_us)),
    total_count: row.total_count,
    success_count: row.success_count,
    successes: details.successes.map(present),
    failure_count: row.failure_count,
    failures: details.failures.map(present),
    pending_count: row.pending_count,
    pendings: [],
  };
}

export function apiRootResource(title: string, maxContentLength: number) {
  return {
    title,
    description: 'Hoggar node: STIX 2.1 intelligence with releasability markings',
    versions: [TAXII_MEDIA_TYPE],
    max_content_length: maxContentLength,
  };
}

export function discoveryResource(title: string, apiRootUrl: string) {
  return {
    title,
    description: 'Hoggar intelligence-exchange node (TAXII 2.1)',
    default: apiRootUrl,
    api_roots: [apiRootUrl],
  };
}
