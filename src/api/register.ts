import type { FastifyInstance } from 'fastify';
import type { Node } from '../node/node.js';
import { coreRoutes } from './core-routes.js';
import { ingestRoutes } from './ingest-routes.js';
import { peerRoutes } from './peer-routes.js';
import { openApiDocument } from './openapi.js';
import { registerApiRoutes, type AnyApiRoute } from './route.js';

export const VERSION = '0.1.0';

/** Route groups of the JSON API; later capabilities add theirs here. */
export type RouteGroup = (node: Node) => AnyApiRoute[];

/** The JSON API and its OpenAPI document (served without authentication). */
export function jsonApi(groups: readonly RouteGroup[] = []) {
  return (app: FastifyInstance, node: Node) => {
    const routes = [coreRoutes, peerRoutes, ingestRoutes, ...groups].flatMap((group) => group(node));
    registerApiRoutes(app, routes);
    const document = JSON.stringify(openApiDocument(routes, VERSION));
    app.get('/api/openapi.json', async (_req, reply) => reply.type('application/json').send(document));
  };
}
