/** The one media type TAXII 2.1 resources use, in requests and responses. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

interface MediaRange {
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  readonly q: number;
}

function parseMediaRange(text: string): MediaRange {
  const [type = '', ...rest] = text.split(';').map((part) => part.trim());
  const params = new Map<string, string>();
  for (const part of rest) {
    const at = part.indexOf('=');
    if (at > 0) params.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim().replace(/^"|"$/g, ''));
  }
  const q = params.has('q') ? Number(params.get('q')) : 1;
  return { type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 0 };
}

function isTaxii21(range: MediaRange): boolean {
  const version = range.params.get('version');
  return range.type === 'application/taxii+json' && (version === undefined || version === '2.1');
}

/**
 * Does this Accept header admit a TAXII 2.1 response? No header, a wildcard, or the
 * TAXII type without a version or with version 2.1 does; anything else (another type,
 * another TAXII version) is a 406.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').map(parseMediaRange).some((range) => range.q > 0 &&
    (isTaxii21(range) || range.type === '*/*' || range.type === 'application/*'));
}

/** Is this request Content-Type a TAXII 2.1 envelope? */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  return contentType !== undefined && isTaxii21(parseMediaRange(contentType));
}
