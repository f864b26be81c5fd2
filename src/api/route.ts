import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseJsonBody, parseWith } from '../http/validate.js';
import { requireContext } from '../http/request-context.js';
import type { RequestContext } from '../services/context.js';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface ApiRouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify path, e.g. '/api/objects/:id'. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Shape of a successful answer, for the OpenAPI document. */
  readonly response: Schema;
  readonly status?: number;
  readonly bodyLimit?: number;
  handle(input: { ctx: RequestContext; params: Infer<P>; query: Infer<Q>; body: Infer<B>; request: FastifyRequest; reply: FastifyReply }): Promise<unknown>;
}

export type AnyApiRoute = ApiRouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

/** Declares a JSON API route; its schemas both validate requests and describe the route in OpenAPI. */
export function apiRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  spec: ApiRouteSpec<P, Q, B>,
): AnyApiRoute {
  return spec as unknown as AnyApiRoute;
}

/** Registers routes: authenticate → validate → service → present, errors through the one handler. */
export function registerApiRoutes(app: FastifyInstance, routes: readonly AnyApiRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: async (request, reply) => {
        const ctx = requireContext(request);
        const params = route.params ? parseWith(route.params, request.params, 'path parameters') : undefined;
        const query = route.query ? parseWith(route.query, request.query, 'query parameters') : undefined;
        const body = route.body ? parseWith(route.body, parseJsonBody(request.body), 'request body') : undefined;
        const result = await route.handle({ ctx, params, query, body, request, reply });
        if (reply.sent) return reply;
        return reply.code(route.status ?? 200).type('application/json').send(JSON.stringify(result));
      },
    });
  }
}
