import { z } from 'zod';
import type { Node } from '../node/node.js';
import { PeerService } from '../sync/peer-service.js';
import { apiRoute, type AnyApiRoute } from './route.js';

const direction = z.object({
  lastAttempt: z.string().nullable(), lastSuccess: z.string().nullable(), lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(), objectsTotal: z.number(), rejectedTotal: z.number(),
});

/** Federation status for the UI and for monitoring. */
export function peerRoutes(node: Node): AnyApiRoute[] {
  const peers = new PeerService(node);
  return [
    apiRoute({
      method: 'GET', path: '/api/peers', tag: 'federation', summary: 'Peers with their last sync, lag (objects and seconds) and errors',
      response: z.object({ peers: z.array(z.object({
        name: z.string(), url: z.string(), member: z.string(), remoteCollection: z.string(), localCollection: z.string(),
        direction: z.enum(['both', 'pull', 'push']), relay: z.boolean(), compressPush: z.boolean(),
        pull: direction, push: direction.extend({ backlog: z.number(), failures: z.number() }),
        lag: z.object({ objects: z.number(), seconds: z.number().nullable() }),
      })) }),
      async handle() {
        return { peers: await peers.status() };
      },
    }),
  ];
}
