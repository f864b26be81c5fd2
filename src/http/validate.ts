import type { z } from 'zod';
import { badRequest } from '../errors.js';
import { describeNonUtf8, firstNonUtf8Byte } from '../util/utf8.js';

/** Parses input at the edge; a failure becomes a precise bad_request naming each field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // The first few issues say what is wrong; thousands (one per bad list entry) would only bloat the answer.
  const all = result.error.issues;
  const issues = all.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const more = all.length > MAX_ISSUES ? ` (and ${all.length - MAX_ISSUES} more)` : '';
  const text = issues.map((i) => (i.path === '(root)' ? i.message : `${i.path}: ${i.message}`)).join('; ');
  throw badRequest(`invalid ${what}: ${text}${more}`, { issues, ...(more ? { issueCount: all.length } : {}) });
}

const MAX_ISSUES = 20;

/** Decoding would turn bytes that are not UTF-8 into U+FFFD and store text nobody sent. */
function strictUtf8(bytes: Buffer): string {
  const bad = firstNonUtf8Byte(bytes);
  if (bad >= 0) throw badRequest(`the request body is not valid JSON text: ${describeNonUtf8(bytes, bad)}`, { offset: bad });
  return bytes.toString('utf8');
}

/** Parses a JSON request body held as bytes, with a clear error for anything else. */
export function parseJsonBody(body: unknown): unknown {
  if (body === undefined || body === null) throw badRequest('the request has no body; send JSON');
  const decoded = Buffer.isBuffer(body) ? strictUtf8(body) : String(body);
  // RFC 8259 lets a parser ignore a byte order mark, which some Windows tools write.
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === '') throw badRequest('the request body is empty; send JSON');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`the request body is not valid JSON: ${(error as Error).message}`);
  }
}
