import type { FastifyInstance } from 'fastify';
import { HoggarError } from '../errors.js';
import type { Node } from '../node/node.js';
import type { Server as TlsServer } from 'node:tls';
import { buildApp, type AppOptions } from './app.js';
import { MIN_TLS_VERSION, type TlsCredentials } from './tls.js';

export { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT } from './defaults.js';
import { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT } from './defaults.js';

export interface ServeOptions extends Partial<AppOptions> {
  readonly host?: string;
  readonly port?: number;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Serves new connections with this certificate and key (an HTTPS server only). */
  replaceTlsCredentials(credentials: TlsCredentials): void;
  close(): Promise<void>;
}

/** Why the server could not listen, in the operator's terms (a port in use, an unknown address). */
function cannotListen(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EADDRINUSE' ? 'the port is already in use'
    : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'this machine has no such address'
      : code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)'
        : undefined;
  return why ? new HoggarError('unavailable', `cannot listen on ${host}:${port}: ${why}`) : error as Error;
}

/** Starts the node's HTTP server; resolves once it listens. */
export async function startServer(node: Node, options: ServeOptions = {}): Promise<RunningServer> {
  const app = buildApp(node, { ...options, maxContentLength: options.maxContentLength ?? DEFAULT_MAX_CONTENT_LENGTH });
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw cannotListen(error, host, port);
  }
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host !== '0.0.0.0' ? host : '127.0.0.1';
  return {
    app,
    url: `${options.tls ? 'https' : 'http'}://${urlHost.includes(':') ? `[${urlHost}]` : urlHost}:${boundPort}`,
    replaceTlsCredentials(credentials) {
      if (!options.tls) throw new HoggarError('bad_request', 'this server speaks plain HTTP: it has no certificate to replace');
      (app.server as unknown as TlsServer).setSecureContext({ ...credentials, minVersion: MIN_TLS_VERSION });
    },
    async close() {
      await app.close();
    },
  };
}
