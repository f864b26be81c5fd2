import type { z } from 'zod';
import { badRequest } from '../errors.js';

/** Parses input at the edge; a failure becomes a precise bad_request naming each field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const text = issues.map((i) => (i.path === '(root)' ? i.message : `${i.path}: ${i.message}`)).join('; ');
  throw badRequest(`invalid ${what}: ${text}`, { issues });
}

/** Parses a JSON request body held as bytes, with a clear error for anything else. */
export function parseJsonBody(body: unknown): unknown {
  if (body === undefined || body === null) throw badRequest('the request has no body; send JSON');
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
  if (text.trim() === '') throw badRequest('the request body is empty; send JSON');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`the request body is not valid JSON: ${(error as Error).message}`);
  }
}
