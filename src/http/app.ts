import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { HoggarError } from '../errors.js';
import { jsonApi, type RouteGroup } from '../api/register.js';
import type { Node } from '../node/node.js';
import { acceptsTaxii, TAXII_MEDIA_TYPE } from '../taxii/media-types.js';
import { registerTaxiiRoutes, sendTaxii, type TaxiiOptions } from '../taxii/routes.js';
import { authenticate, WWW_AUTHENTICATE } from './authenticate.js';
import { apiErrorBody, taxiiErrorBody, toProblem, type HttpProblem } from './errors.js';
import { answeredRequest, clientErrorAnswerer, readingRequest } from './client-errors.js';
import { BodyBudget } from './body-budget.js';
import { decodedBody } from './body-encoding.js';
import { chooseCoding, MIN_COMPRESSED_BYTES } from './response-encoding.js';
import { compress } from '../util/content-coding.js';
import { MIN_TLS_VERSION, type TlsCredentials } from './tls.js';
import { BODIES_IN_FLIGHT, DEFAULT_REQUEST_TIMEOUT_SECONDS } from './defaults.js';

export interface AppOptions extends TaxiiOptions {
  readonly logger?: boolean;
  /** Request bodies held at once, in bytes (default: BODIES_IN_FLIGHT of the largest allowed). */
  readonly maxBodyBytesInFlight?: number;
  /** How long a client may take to send one whole request (default DEFAULT_REQUEST_TIMEOUT_SECONDS). */
  readonly requestTimeoutMs?: number;
  /** JSON API route groups beyond the core ones (ingest, peers...). */
  readonly apiGroups?: readonly RouteGroup[];
  /** Serve HTTPS with this certificate and key instead of plain HTTP. */
  readonly tls?: TlsCredentials;
  /** Compress answers of MIN_COMPRESSED_BYTES or more for clients that accept br or gzip. */
  readonly compressResponses?: boolean;
}

const isTaxiiPath = (url: string) => url.startsWith('/taxii2');
/** Paths anyone may fetch: the API description and the liveness probe. */
const PUBLIC_PATHS = new Set(['/api/openapi.json', '/healthz']);

function taxiiError(reply: FastifyReply, p: HttpProblem) {
  return sendTaxii(reply, p.status, taxiiErrorBody(p));
}

function apiError(reply: FastifyReply, p: HttpProblem) {
  return reply.code(p.status).type('application/json').send(apiErrorBody(p));
}

/** Builds the HTTP server of a node: TAXII 2.1, plus whatever extensions add. */
export function buildApp(node: Node, options: AppOptions): FastifyInstance {
  const respond = (error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const p = toProblem(error);
    // The answer promises the failure is logged: without a request logger it goes to stderr.
    // A refusal that says when to retry (a full body budget) is the server working as meant.
    if (p.status >= 500 && p.details?.retryAfterSeconds === undefined) {
      if (options.logger) req.log.error(error);
      else console.error(`hoggar: ${p.status} on ${req.method} ${req.url}:`, error);
    }
    if (p.status === 401) reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
    if (typeof p.details?.retryAfterSeconds === 'number') reply.header('Retry-After', String(p.details.retryAfterSeconds));
    return isTaxiiPath(req.url) ? taxiiError(reply, p) : apiError(reply, p);
  };
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000;
  const serverOptions = { requestTimeout, connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 4))) };
  const app = Fastify({
    logger: options.logger ?? false,
    // A request still arriving after this is answered 408 and its connection closed. Node 20
    // enforces it only when given to the server's constructor (the `http` options), not when
    // set on the server afterwards as the framework does; both are given. Node looks for such
    // requests every 30 s; a short timeout is looked for more often.
    requestTimeout,
    ...(options.tls
      ? { https: { ...options.tls, minVersion: MIN_TLS_VERSION, ...serverOptions } }
      : { http: serverOptions }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    bodyLimit: options.maxContentLength,
    // Errors the router raises before any route runs (bad or over-long URLs) get the same answers.
    frameworkErrors: (error, req, reply) => respond(error, req, reply),
    // And so do requests Node's parser refuses before there is a request to route.
    clientErrorHandler: clientErrorAnswerer(requestTimeout, isTaxiiPath),
  });

  // Bodies are taken as bytes; each route decides what media types it accepts, so a
  // wrong Content-Type becomes a precise 415 rather than the framework's guess.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  const bodies = new BodyBudget(options.maxBodyBytesInFlight ?? BODIES_IN_FLIGHT * options.maxContentLength, options.maxContentLength);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    // Only a request still sending its body can time out after it was routed.
    if (bodies.sizeOf(req.headers) > 0) {
      readingRequest(req.raw.socket, req.url);
      reply.raw.once('finish', () => answeredRequest(req.raw.socket));
    }
    if (isTaxiiPath(req.url) && !acceptsTaxii(req.headers.accept)) {
      throw new HoggarError('not_acceptable', `this server answers only ${TAXII_MEDIA_TYPE}; the Accept header asked for ${req.headers.accept}`);
    }
    const path = req.url.split('?')[0]!;
    if (PUBLIC_PATHS.has(path)) return;
    req.hoggarContext = { principal: await authenticate(node.auth, req.headers.authorization) };
    // Only after authentication: a stranger cannot take the budget from the node's users.
    const release = bodies.reserve(bodies.sizeOf(req.headers));
    reply.raw.once('close', release);
  });

  // A compressed body is inflated here, before the route reads it, within the route's limit.
  app.addHook('preParsing', async (req, _reply, payload) =>
    decodedBody(req.headers['content-encoding'], payload, req.routeOptions.bodyLimit ?? options.maxContentLength));

  if (options.compressResponses) {
    app.addHook('onSend', async (req, reply, payload) => {
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (!Buffer.isBuffer(body) || body.length < MIN_COMPRESSED_BYTES || reply.hasHeader('content-encoding')) return payload;
      reply.header('vary', 'Accept-Encoding');
      const coding = chooseCoding(req.headers['accept-encoding']);
      if (!coding) return payload;
      reply.header('content-encoding', coding).removeHeader('content-length');
      return compress(body, coding);
    });
  }

  app.setErrorHandler((error, req, reply) => respond(error, req, reply));

  app.setNotFoundHandler((req, reply) => {
    const p = toProblem(new HoggarError('not_found', `no resource at ${req.method} ${req.url.split('?')[0]}`));
    return isTaxiiPath(req.url) ? taxiiError(reply, p) : apiError(reply, p);
  });

  // For load balancers and supervisors: 503 once the store cannot serve, so the node is restarted
  // (a SQLite store that failed to sync its log refuses writes until then).
  app.get('/healthz', async (_req, reply) => {
    const health = await node.store.health();
    return reply.code(health.ok ? 200 : 503).send({ ...health, node: node.settings.name, member: node.settings.member });
  });
  registerTaxiiRoutes(app, node, options);
  jsonApi(options.apiGroups)(app, node);
  return app;
}
