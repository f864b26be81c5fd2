import type { FastifyRequest } from 'fastify';
import { HoggarError } from '../errors.js';
import type { RequestContext } from '../services/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    hoggarContext?: RequestContext;
  }
}

/** The authenticated caller of a request (set by the authentication hook). */
export function requireContext(req: FastifyRequest): RequestContext {
  if (!req.hoggarContext) throw new HoggarError('unauthenticated', 'credentials required');
  return req.hoggarContext;
}
