import { z } from 'zod';
import { badRequest } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { fetchDocument, fetchRouteFromEnv } from '../ingest/fetch-url.js';
import type { Node } from '../node/node.js';
import { IngestService } from '../services/ingest-service.js';
import { TLP_LEVELS } from '../stix/markings.js';
import { parseJsonBody, parseWith } from '../http/validate.js';
import { INGEST_FETCH_LIMITS } from '../http/defaults.js';
import { apiRoute, type AnyApiRoute } from './route.js';

const lang = z.enum(['ar', 'fr', 'en']);
const jsonIngest = z.object({
  text: z.string().min(1).optional(),
  url: z.string().url().refine((u) => /^https?:/.test(u), 'url must be http or https').optional(),
  lang: lang.optional(),
  source_name: z.string().max(500).optional(),
}).refine((b) => Boolean(b.text) !== Boolean(b.url), 'give exactly one of text or url');

/** An analyst's corrections to one draft: far fewer in practice. The length is checked before the entries. */
const MAX_CORRECTIONS = 10_000;
const stixList = z.array(z.object({ type: z.string(), id: z.string() }).passthrough()).max(MAX_CORRECTIONS);
const publishBody = z.object({
  tlp: z.enum(TLP_LEVELS),
  release_to: z.array(z.string().regex(/^[A-Z]{3}$/, 'member codes are ISO 3166-1 alpha-3')).max(100).optional(),
  collection: z.string().optional(),
  corrections: z.object({ remove: z.array(z.string()).max(MAX_CORRECTIONS).optional(), replace: stixList.optional(), add: stixList.optional() }).optional(),
});
const draftParams = z.object({ id: z.string().uuid('draft ids are UUIDs') });
const draftView = z.object({
  id: z.string(), state: z.string(), createdAt: z.string(), author: z.string(), sourceName: z.string().nullable(), language: z.string(),
  warnings: z.array(z.string()), reportId: z.string().nullable(), publishedAt: z.string().nullable(),
  bundle: z.object({ type: z.literal('bundle'), id: z.string(), objects: z.array(z.unknown()) }).optional(), text: z.string().optional(),
});


/** Documents in, draft reports out, published on an analyst's word. */
export function ingestRoutes(node: Node): AnyApiRoute[] {
  const ingest = new IngestService(node);
  return [
    apiRoute({
      method: 'POST', path: '/api/ingest', tag: 'ingestion', status: 201, bodyLimit: DEFAULT_MAX_BYTES + 1024,
      summary: 'Extract a draft report from a document: JSON {text | url, lang?, source_name?}, or the file itself as the body (text/plain, text/html, application/octet-stream; ?lang=&name=)',
      query: z.object({ lang: lang.optional(), name: z.string().max(500).optional() }),
      response: draftView,
      async handle({ ctx, query, request }) {
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type === 'application/json') {
          const body = parseWith(jsonIngest, parseJsonBody(request.body), 'request body');
          const fetched = body.url ? await fetchDocument(body.url, { ...INGEST_FETCH_LIMITS, ...fetchRouteFromEnv() }) : undefined;
          return ingest.ingest(ctx, {
            content: fetched ? fetched.bytes : body.text!, ...(body.lang ? { lang: body.lang } : {}),
            ...(fetched?.contentType ? { contentType: fetched.contentType } : {}),
            ...(body.source_name ?? body.url ? { sourceName: body.source_name ?? body.url! } : {}),
          });
        }
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw badRequest('send the document as the request body, or JSON {"text": …} / {"url": …}');
        return ingest.ingest(ctx, {
          content: request.body, ...(query.lang ? { lang: query.lang } : {}), ...(query.name ? { sourceName: query.name } : {}),
          ...(type ? { contentType: type } : {}),
        });
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/drafts', tag: 'ingestion', summary: 'Drafts of your member state, newest first',
      response: z.object({ drafts: z.array(draftView) }),
      async handle({ ctx }) {
        return { drafts: await ingest.list(ctx) };
      },
    }),
    apiRoute({
      method: 'GET', path: '/api/drafts/:id', tag: 'ingestion', summary: 'A draft with its bundle and document text',
      params: draftParams, response: draftView,
      async handle({ ctx, params }) {
        return ingest.get(ctx, params.id);
      },
    }),
    apiRoute({
      method: 'POST', path: '/api/drafts/:id/publish', tag: 'ingestion',
      summary: 'Publish a draft with corrections (remove / replace / add objects) under a TLP level and an optional release list',
      params: draftParams, body: publishBody,
      response: z.object({ reportId: z.string(), stored: z.number(), failures: z.array(z.object({ id: z.string().optional(), message: z.string().optional() })) }),
      async handle({ ctx, params, body }) {
        const result = await ingest.publish(ctx, params.id, {
          tlp: body.tlp, ...(body.release_to ? { releaseTo: body.release_to } : {}), ...(body.collection ? { collectionId: body.collection } : {}),
          ...(body.corrections ? { corrections: body.corrections as never } : {}),
        });
        return { reportId: result.reportId, stored: result.stored, failures: result.outcomes.filter((o) => !o.ok).map((o) => ({ ...(o.id ? { id: o.id } : {}), ...(o.message ? { message: o.message } : {}) })) };
      },
    }),
    apiRoute({
      method: 'DELETE', path: '/api/drafts/:id', tag: 'ingestion', summary: 'Discard a draft', params: draftParams,
      response: z.object({ discarded: z.string() }),
      async handle({ ctx, params }) {
        await ingest.discard(ctx, params.id);
        return { discarded: params.id };
      },
    }),
  ];
}
