/**
 * TAXII 2.1 media types (specification section 1.6.8) and the parsing the client
 * needs to judge a server's Content-Type without trusting it.
 */

/** Every TAXII 2.1 request and response body uses this media type. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';

/** The media type of a STIX 2.1 object inside a collection (manifest `media_type`). */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export interface MediaType {
  /** `type/subtype`, lower-cased. */
  readonly essence: string;
  /** Parameters with lower-cased names; quoted values unquoted. */
  readonly parameters: ReadonlyMap<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

/** Parses a Content-Type value (RFC 9110 section 8.3.1); undefined when it is not one. */
export function parseMediaType(value: string | null | undefined): MediaType | undefined {
  if (!value) return undefined;
  const [head = '', ...rest] = value.split(';');
  const essence = head.trim().toLowerCase();
  const [type, subtype, extra] = essence.split('/');
  if (!type || !subtype || extra !== undefined || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const parameters = new Map<string, string>();
  for (const part of rest) {
    const at = part.indexOf('=');
    if (at <= 0) {
      if (part.trim() === '') continue; // tolerate a trailing ';'
      return undefined;
    }
    const name = part.slice(0, at).trim().toLowerCase();
    let raw = part.slice(at + 1).trim();
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) raw = raw.slice(1, -1);
    if (!TOKEN.test(name)) return undefined;
    parameters.set(name, raw);
  }
  return { essence, parameters };
}

/** True when the value names the TAXII 2.1 media type (version parameter required, as the spec sends it). */
export function isTaxii21MediaType(value: string | null | undefined): boolean {
  const parsed = parseMediaType(value);
  return parsed?.essence === 'application/taxii+json' && parsed.parameters.get('version') === '2.1';
}

/** True for any JSON media type (`application/json` or a `+json` suffix), the forms error bodies arrive in. */
export function isJsonMediaType(value: string | null | undefined): boolean {
  const parsed = parseMediaType(value);
  if (!parsed) return false;
  return parsed.essence === 'application/json' || parsed.essence.endsWith('+json');
}
