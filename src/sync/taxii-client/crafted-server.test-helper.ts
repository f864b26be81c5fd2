/**
 * A local node:http server whose answers each test crafts, good or hostile, and
 * which records what the client sent. Test support only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TAXII_MEDIA_TYPE } from './media-type.js';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** The body's bytes as received (a compressed body is not text). */
  readonly bytes: Buffer;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface CraftedServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Answers the next requests with `handler` (default: 500). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startCraftedServer(): Promise<CraftedServer> {
  let handler: Handler = (_request, response) => {
    response.statusCode = 500;
    response.end();
  };
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: bytes.toString('utf8'), bytes };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes a JSON answer with the TAXII media type unless told otherwise. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': TAXII_MEDIA_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
