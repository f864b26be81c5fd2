/**
 * A tiny local HTTP server that plays a broken TAXII peer, one misbehaviour per path
 * prefix, so tests can check that one bad peer never stops sync with the others.
 *
 *   /status-500/…          every request: 500 with an HTML body
 *   /invalid-json/…        200, TAXII media type, a body that is not JSON
 *   /wrong-content-type/…  200, a valid-looking envelope served as text/html
 *   /endless-more/…        200, envelopes that always announce more with the same next
 *   /refuses-all/…         a well-formed TAXII API root with an empty collection that
 *                          answers every add with a complete status failing each object
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BAD_BEHAVIOURS = ['status-500', 'invalid-json', 'wrong-content-type', 'endless-more'] as const;
export type BadBehaviour = (typeof BAD_BEHAVIOURS)[number] | 'refuses-all';

const TAXII = 'application/taxii+json;version=2.1';

export interface BadPeer {
  /** API root URL that misbehaves in this way. */
  urlFor(behaviour: BadBehaviour): string;
  /** Requests received so far, by behaviour. */
  readonly hits: ReadonlyMap<BadBehaviour, number>;
  close(): Promise<void>;
}

export async function startBadPeer(): Promise<BadPeer> {
  const hits = new Map<BadBehaviour, number>();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/refuses-all/')) {
      hits.set('refuses-all', (hits.get('refuses-all') ?? 0) + 1);
      refuseAll(req, res);
      return;
    }
    req.resume();
    const behaviour = BAD_BEHAVIOURS.find((b) => req.url?.startsWith(`/${b}/`));
    if (behaviour) hits.set(behaviour, (hits.get(behaviour) ?? 0) + 1);
    switch (behaviour) {
      case 'status-500':
        res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
        return;
      case 'invalid-json':
        res.writeHead(200, { 'content-type': TAXII }).end('{"objects": [ {"type": "indicator", ');
        return;
      case 'wrong-content-type':
        res.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify({ more: false, objects: [] }));
        return;
      case 'endless-more':
        res.writeHead(200, { 'content-type': TAXII }).end(JSON.stringify(
          req.url?.includes('/objects/') ? { more: true, next: 'same-again', objects: [] }
            : { title: 'endless', versions: ['application/taxii+json;version=2.1'], max_content_length: 1_000_000 },
        ));
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (behaviour) => `http://127.0.0.1:${port}/${behaviour}/`,
    hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Answers like a TAXII 2.1 API root whose one collection takes nothing. */
function refuseAll(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const send = (body: unknown, status = 200) => res.writeHead(status, { 'content-type': TAXII }).end(JSON.stringify(body));
    if (req.method === 'POST') {
      const objects = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { objects?: { id: string; modified?: string; created?: string }[] }).objects ?? [];
      send({
        id: randomUUID(), status: 'complete', total_count: objects.length, success_count: 0, pending_count: 0, failure_count: objects.length,
        failures: objects.map((o) => ({ id: o.id, version: o.modified ?? o.created ?? '', message: 'this collection takes nothing' })),
      }, 202);
    } else if (req.url?.includes('/objects/')) {
      send({ more: false });
    } else {
      send({ title: 'refuses everything', versions: [TAXII], max_content_length: 10_000_000 });
    }
  });
}
