import type { FastifyInstance } from 'fastify';
import type { Node } from '../node/node.js';
import { buildApp, type AppOptions } from './app.js';

export { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT } from './defaults.js';
import { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT } from './defaults.js';

export interface ServeOptions extends Partial<AppOptions> {
  readonly host?: string;
  readonly port?: number;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the node's HTTP server; resolves once it listens. */
export async function startServer(node: Node, options: ServeOptions = {}): Promise<RunningServer> {
  const app = buildApp(node, {
    maxContentLength: options.maxContentLength ?? DEFAULT_MAX_CONTENT_LENGTH,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(options.apiGroups ? { apiGroups: options.apiGroups } : {}),
  });
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    app,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async close() {
      await app.close();
    },
  };
}
