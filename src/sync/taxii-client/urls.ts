/**
 * URL building for TAXII endpoints. Every TAXII URL ends with a slash (spec 3.1), ids
 * are path segments (encoded), and filters are the query parameters of section 3.5.
 */

/** Filters a TAXII request may carry (spec 3.5). Values are sent as given, comma-joined. */
export interface ObjectFilter {
  /** Only objects the server added after this timestamp (the server's `date_added`). */
  readonly addedAfter?: string;
  /** Page size asked for; the server may return fewer. */
  readonly limit?: number;
  /** The server's opaque `next` from a previous page, passed back untouched. */
  readonly next?: string;
  readonly id?: readonly string[];
  readonly type?: readonly string[];
  /** `first`, `last`, `all` or version timestamps. */
  readonly version?: readonly string[];
  readonly specVersion?: readonly string[];
}

export type FilterKey = keyof ObjectFilter;

/** Which filters each endpoint accepts (spec 5.3, 5.5, 5.6, 5.7, 5.8). */
export const ENDPOINT_FILTERS = {
  objects: ['addedAfter', 'limit', 'next', 'id', 'type', 'version', 'specVersion'],
  manifest: ['addedAfter', 'limit', 'next', 'id', 'type', 'version', 'specVersion'],
  object: ['addedAfter', 'limit', 'next', 'version', 'specVersion'],
  deleteObject: ['version', 'specVersion'],
  versions: ['addedAfter', 'limit', 'next', 'specVersion'],
} as const satisfies Record<string, readonly FilterKey[]>;

const MATCH_PARAMETER: Readonly<Record<'id' | 'type' | 'version' | 'specVersion', string>> = {
  id: 'match[id]',
  type: 'match[type]',
  version: 'match[version]',
  specVersion: 'match[spec_version]',
};

/**
 * The absolute URL of `segments` below `base`, with the trailing slash TAXII requires.
 * A query or fragment on `base` is dropped: TAXII base URLs do not carry one.
 */
export function endpointUrl(base: string, ...segments: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new RangeError(`not an absolute URL: ${base}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError(`TAXII needs an http(s) URL, got ${url.protocol}`);
  }
  let path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') throw new RangeError(`not a path segment: "${segment}"`);
    path += `${encodeURIComponent(segment)}/`;
  }
  url.pathname = path;
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * Appends the filters to `url` as TAXII spells them: `added_after`, `limit`, `next`,
 * `match[type]=a,b`. Brackets and commas stay literal; values are percent-encoded, so
 * the server decodes exactly the string we were given (notably an opaque `next`).
 * A filter the endpoint does not define is a programming error, not something to drop.
 */
export function withFilters(url: URL, filter: ObjectFilter | undefined, allowed: readonly FilterKey[]): URL {
  if (!filter) return url;
  const parts: string[] = [];
  for (const key of Object.keys(filter) as FilterKey[]) {
    const value = filter[key];
    if (value === undefined) continue;
    if (!allowed.includes(key)) throw new RangeError(`filter "${key}" is not defined for this endpoint`);
    switch (key) {
      case 'addedAfter':
        parts.push(`added_after=${encodeURIComponent(value as string)}`);
        break;
      case 'next':
        parts.push(`next=${encodeURIComponent(value as string)}`);
        break;
      case 'limit': {
        const limit = value as number;
        if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
        parts.push(`limit=${limit}`);
        break;
      }
      default: {
        const list = value as readonly string[];
        if (list.length === 0) break;
        for (const item of list) {
          // A comma inside one value would split it in two on the server.
          if (item === '' || item.includes(',')) throw new RangeError(`invalid ${key} filter value: "${item}"`);
        }
        parts.push(`${MATCH_PARAMETER[key]}=${list.map(encodeURIComponent).join(',')}`);
      }
    }
  }
  const result = new URL(url);
  result.search = parts.length > 0 ? `?${parts.join('&')}` : '';
  return result;
}

/** Resolves an `api_roots` entry of a discovery resource against the discovery URL. */
export function resolveApiRootUrl(discoveryUrl: string, apiRoot: string): string {
  return endpointUrl(new URL(apiRoot, discoveryUrl).href).href;
}
