/**
 * A tiny local HTTP server that plays a broken TAXII peer, one misbehaviour per path
 * prefix, so tests can check that one bad peer never stops sync with the others.
 *
 *   /status-500/…          every request: 500 with an HTML body
 *   /invalid-json/…        200, TAXII media type, a body that is not JSON
 *   /wrong-content-type/…  200, a valid-looking envelope served as text/html
 *   /endless-more/…        200, envelopes that always announce more with the same next
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BAD_BEHAVIOURS = ['status-500', 'invalid-json', 'wrong-content-type', 'endless-more'] as const;
export type BadBehaviour = (typeof BAD_BEHAVIOURS)[number];

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
