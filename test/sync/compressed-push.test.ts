/**
 * `peers add --compress-push`: a node pushes its envelopes to such a peer gzip-compressed,
 * and to any other peer as plain JSON. The peer here is a crafted TAXII server that
 * records what arrives, since the point is the bytes on the wire.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemContext } from '../../src/services/context.js';
import { TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import { pushToPeer } from '../../src/sync/push.js';
import { PeerService } from '../../src/sync/peer-service.js';
import { sendJson, startCraftedServer, type CraftedServer, type RecordedRequest } from '../../src/sync/taxii-client/crafted-server.test-helper.js';
import { TaxiiClient } from '../../src/sync/taxii-client/index.js';
import { threatActor } from '../factories/stix.js';
import { createTestNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const backend = sqliteBackend();
let peer: CraftedServer;

/** The envelope a recorded POST carried, inflated if it says it is gzip. */
const envelopeOf = (request: RecordedRequest) =>
  JSON.parse((request.headers['content-encoding'] === 'gzip' ? gunzipSync(request.bytes) : request.bytes).toString('utf8')) as { objects: { id: string }[] };

beforeAll(async () => {
  peer = await startCraftedServer();
  peer.handle((request, response) => {
    if (request.method === 'GET') {
      sendJson(response, 200, { title: 'peer', versions: ['application/taxii+json;version=2.1'], max_content_length: 10_000_000 });
      return;
    }
    const count = envelopeOf(request).objects.length;
    sendJson(response, 202, { id: `s-${peer.requests.length}`, status: 'complete', total_count: count, success_count: count, failure_count: 0, pending_count: 0 });
  });
});
afterAll(async () => {
  await peer.close();
  await backend.cleanup();
});

it('pushes gzip-compressed envelopes to a peer added with compressPush, and plain ones to the others', async () => {
  const { store } = await backend.open();
  try {
    const { node, init } = await createTestNode(store, 'DZA');
    const ctx = systemContext('DZA');
    const shared = Array.from({ length: 50 }, (_, i) => threatActor({ name: `كتيبة ${i}`, object_marking_refs: [TLP2_MARKING_IDS.clear] }));
    await node.writer.add(ctx, init.collectionId, shared);
    const peers = new PeerService(node);
    const common = { url: `${peer.baseUrl}/api1/`, member: 'NER', token: 't', collection: 'c-1', verify: false, direction: 'push' as const };
    const compressed = await peers.add(ctx, { ...common, name: 'compressed', compressPush: true });
    const plain = await peers.add(ctx, { ...common, name: 'plain' });
    expect((await peers.status()).map((p) => [p.name, p.compressPush])).toEqual([['compressed', true], ['plain', false]]);

    for (const row of [compressed, plain]) {
      peer.requests.length = 0;
      const report = await pushToPeer(node, row, new TaxiiClient({ auth: { kind: 'bearer', token: 't' } }));
      expect(report.failed).toBe(0);
      const posts = peer.requests.filter((r) => r.method === 'POST');
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) expect(post.headers['content-encoding']).toBe(row === compressed ? 'gzip' : undefined);
      const pushed = posts.flatMap((post) => envelopeOf(post).objects.map((o) => o.id));
      // The node's own reference objects (its identity, markings) travel too.
      expect(pushed).toHaveLength(report.sent);
      expect(pushed).toEqual(expect.arrayContaining(shared.map((o) => o.id)));
      // Compression is worth its name on STIX text.
      if (row === compressed) expect(posts[0]!.bytes.length * 3).toBeLessThan(gunzipSync(posts[0]!.bytes).length);
    }
  } finally {
    await store.close();
  }
});
