import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HoggarError, notFound } from '../errors.js';
import { parseWith } from '../http/validate.js';
import { requireContext } from '../http/request-context.js';
import type { Node } from '../node/node.js';
import type { ObjectPage, ObjectQuery } from '../services/object-reader.js';
import { EnvelopeReader } from './envelope-reader.js';
import { isTaxiiContentType, TAXII_MEDIA_TYPE } from './media-types.js';
import {
  apiRootResource, collectionResource, dateAddedHeaders, discoveryResource, envelopeBytes,
  manifestResource, statusResource, versionsResource,
} from './presenters.js';
import {
  collectionParams, objectParams, objectQuerySchema, objectsQuerySchema, statusParams,
  versionsQuerySchema, type ObjectsQuery,
} from './schemas.js';

import { API_ROOT_PATH, DISCOVERY_PATH } from './paths.js';

export { API_ROOT_PATH, DISCOVERY_PATH };

export interface TaxiiOptions {
  readonly maxContentLength: number;
  /** Public base URL (scheme://host:port) when behind a proxy; else taken from the request. */
  readonly publicUrl?: string;
}

function toObjectQuery(q: Partial<ObjectsQuery>): ObjectQuery {
  return {
    ...(q.added_after !== undefined ? { addedAfter: q.added_after } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
    ...(q.next !== undefined ? { next: q.next } : {}),
    ...(q['match[id]'] ? { ids: q['match[id]'] } : {}),
    ...(q['match[type]'] ? { types: q['match[type]'] } : {}),
    ...(q['match[version]'] ? { versions: q['match[version]'] } : {}),
    ...(q['match[spec_version]'] ? { specVersions: q['match[spec_version]'] } : {}),
  };
}

/**
 * Sends a TAXII resource. The body goes out as bytes so the framework leaves the
 * Content-Type exactly `application/taxii+json;version=2.1` (for a string it would add
 * a charset and quote the version, which strict clients such as taxii2-client reject).
 */
export function sendTaxii(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}) {
  reply.code(status).headers(headers).header('content-type', TAXII_MEDIA_TYPE);
  return reply.send(Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8'));
}
const send = sendTaxii;

/** The TAXII 2.1 resources: short handlers that authenticate, validate, call a service, present. */
export function registerTaxiiRoutes(app: FastifyInstance, node: Node, options: TaxiiOptions): void {
  const base = (req: FastifyRequest) => options.publicUrl ?? `${req.protocol}://${req.host}`;
  const root = API_ROOT_PATH;
  const envelopes = new EnvelopeReader();
  app.addHook('onClose', () => envelopes.close());

  app.get(DISCOVERY_PATH, async (req, reply) => {
    requireContext(req);
    return send(reply, 200, discoveryResource(`Hoggar ${node.settings.name}`, `${base(req)}${root}`));
  });

  app.get(root, async (req, reply) => {
    requireContext(req);
    return send(reply, 200, apiRootResource(`Hoggar ${node.settings.name} (${node.settings.member})`, options.maxContentLength));
  });

  app.get(`${root}status/:statusId/`, async (req, reply) => {
    const ctx = requireContext(req);
    const { statusId } = parseWith(statusParams, req.params, 'path');
    const row = await node.store.statuses.get(statusId);
    // A status is visible to the user who caused it, or an admin.
    if (!row || (row.user_name !== ctx.principal.name && ctx.principal.role !== 'admin')) throw notFound(`status ${statusId}`);
    return send(reply, 200, statusResource(row));
  });

  app.get(`${root}collections/`, async (req, reply) => {
    const ctx = requireContext(req);
    const list = await node.collections.list(ctx);
    return send(reply, 200, list.length ? { collections: list.map(collectionResource) } : {});
  });

  app.get(`${root}collections/:collectionId/`, async (req, reply) => {
    const ctx = requireContext(req);
    const { collectionId } = parseWith(collectionParams, req.params, 'path');
    const view = await node.collections.require(ctx, collectionId, 'any');
    return send(reply, 200, collectionResource(view));
  });

  /** Objects and manifest answer the same filtered page, presented two ways. */
  const collectionPage = (action: string, present: (page: ObjectPage) => unknown) => async (req: FastifyRequest, reply: FastifyReply) => {
    const ctx = requireContext(req);
    const { collectionId } = parseWith(collectionParams, req.params, 'path');
    const query = parseWith(objectsQuerySchema, req.query, 'query');
    await node.collections.require(ctx, collectionId, 'read');
    const page = await node.reader.page(ctx, collectionId, toObjectQuery(query));
    auditRead(node, ctx, action, collectionId, query, page.rows);
    return send(reply, 200, present(page), dateAddedHeaders(page.rows));
  };
  app.get(`${root}collections/:collectionId/objects/`, collectionPage('objects.read', envelopeBytes));
  app.get(`${root}collections/:collectionId/manifest/`, collectionPage('manifest.read', manifestResource));

  app.post(`${root}collections/:collectionId/objects/`, { bodyLimit: options.maxContentLength }, async (req, reply) => {
    const ctx = requireContext(req);
    const { collectionId } = parseWith(collectionParams, req.params, 'path');
    if (!isTaxiiContentType(req.headers['content-type'])) {
      throw new HoggarError('unsupported_media_type', `Content-Type must be ${TAXII_MEDIA_TYPE} (got ${req.headers['content-type'] ?? 'none'})`);
    }
    await node.collections.require(ctx, collectionId, 'write');
    const batch = await envelopes.read(req.body);
    // A peer node is known by its member: deliveries pushed to us and pulled by us are recorded alike.
    const originPeer = ctx.principal.role === 'peer' ? ctx.principal.member : undefined;
    const result = await node.writer.addPrepared(ctx, collectionId, batch, originPeer ? { originPeer } : {});
    return send(reply, 202, statusResource(result.status, result.statusDetails));
  });

  app.get(`${root}collections/:collectionId/objects/:objectId/`, async (req, reply) => {
    const ctx = requireContext(req);
    const { collectionId, objectId } = parseWith(objectParams, req.params, 'path');
    const query = parseWith(objectQuerySchema, req.query, 'query');
    await node.collections.require(ctx, collectionId, 'read');
    const page = await node.reader.page(ctx, collectionId, { ...toObjectQuery(query), ids: [objectId] });
    if (page.rows.length === 0 && !query.next) throw notFound(`object ${objectId} in collection ${collectionId}`);
    auditRead(node, ctx, 'object.read', collectionId, { id: objectId, ...query }, page.rows);
    return send(reply, 200, envelopeBytes(page), dateAddedHeaders(page.rows));
  });

  app.delete(`${root}collections/:collectionId/objects/:objectId/`, async (req, reply) => {
    const ctx = requireContext(req);
    const { collectionId, objectId } = parseWith(objectParams, req.params, 'path');
    const query = parseWith(objectQuerySchema, req.query, 'query');
    await node.collections.require(ctx, collectionId, 'write');
    await node.deleter.delete(ctx, collectionId, objectId, {
      ...(query['match[version]'] ? { versions: query['match[version]'] } : {}),
      ...(query['match[spec_version]'] ? { specVersions: query['match[spec_version]'] } : {}),
    });
    return reply.code(200).header('content-type', TAXII_MEDIA_TYPE).send(Buffer.alloc(0));
  });

  app.get(`${root}collections/:collectionId/objects/:objectId/versions/`, async (req, reply) => {
    const ctx = requireContext(req);
    const { collectionId, objectId } = parseWith(objectParams, req.params, 'path');
    const query = parseWith(versionsQuerySchema, req.query, 'query');
    await node.collections.require(ctx, collectionId, 'read');
    const page = await node.reader.page(ctx, collectionId, { ...toObjectQuery(query), ids: [objectId], versions: ['all'] });
    if (page.rows.length === 0 && !query.next && !query.added_after) throw notFound(`object ${objectId} in collection ${collectionId}`);
    return send(reply, 200, versionsResource(page), dateAddedHeaders(page.rows));
  });
}

function auditRead(node: Node, ctx: ReturnType<typeof requireContext>, action: string, collectionId: string, query: object, rows: readonly { added_us: number }[]) {
  // Recording the filter and the date_added window lets an auditor reproduce exactly what was served.
  node.audit.recordRead(ctx, {
    action, target: collectionId,
    detail: { query, count: rows.length, first_added_us: rows[0]?.added_us, last_added_us: rows[rows.length - 1]?.added_us },
  });
}
