import { z } from 'zod';
import { TAXII_OPERATIONS } from '../taxii/openapi-paths.js';
import type { AnyApiRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Query or path parameters from an object schema. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const described = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(described.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (described.required ?? []).includes(name), schema: s,
  }));
}

const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } };

/** The OpenAPI 3.1 description of the node's HTTP interface: TAXII 2.1 and the JSON API. */
export function openApiDocument(routes: readonly AnyApiRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      tags: [route.tag],
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses: {
        [String(route.status ?? 200)]: { description: 'success', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
        default: { description: 'error', content: { 'application/json': { schema: errorSchema } } },
      },
    };
  }
  for (const op of TAXII_OPERATIONS) {
    const path = openApiPath(op.path);
    paths[path] ??= {};
    paths[path][op.method] = {
      tags: ['taxii'],
      summary: op.summary,
      parameters: op.parameters,
      ...(op.requestBody ? { requestBody: op.requestBody } : {}),
      responses: op.responses,
    };
  }
  const health = (description: string) => ({ description, content: { 'application/json': { schema: {
    type: 'object', required: ['ok', 'node', 'member'],
    properties: { ok: { type: 'boolean' }, problem: { type: 'string' }, node: { type: 'string' }, member: { type: 'string' } },
  } } } });
  paths['/healthz'] = { get: {
    tags: ['node'], summary: 'Whether the node can serve, for load balancers and supervisors (no authentication)', security: [],
    responses: { '200': health('the store answers'), '503': health('the store cannot serve (problem says why); restart the node') },
  } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hoggar node',
      version,
      description: 'TAXII 2.1 (media type application/taxii+json;version=2.1) and the JSON API the web UI uses. Authenticate with HTTP Basic or a Bearer token. After 10 wrong passwords for one user name within 15 minutes, Basic sign-ins for that name get 429 with Retry-After until the oldest failure is 15 minutes old; tokens are not affected. At most two password checks run at once; more get 503 with Retry-After.',
    },
    components: {
      securitySchemes: { basic: { type: 'http', scheme: 'basic' }, bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ basic: [] }, { bearer: [] }],
    paths,
  };
}
