/** Discovery, API root, collections and collection (TAXII 2.1 sections 4.1, 4.2, 5.1, 5.2). */
import { describe, expect, it } from 'vitest';
import { isTaxii21MediaType, parseMediaType, resolveApiRootUrl } from '../../src/sync/taxii-client/index.js';
import type { ContextSource } from './context.js';

function pathOf(url: string): string {
  const path = new URL(url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

export function defineServiceChecks(ctx: ContextSource): void {
  describe('discovery and API root', () => {
    it('discovery has a title and lists the API root under test', async () => {
      const { client, target } = ctx();
      const discovery = await client.discovery(target.discoveryUrl);
      expect(discovery.title.length).toBeGreaterThan(0);
      const roots = (discovery.api_roots ?? []).map((root) => resolveApiRootUrl(target.discoveryUrl, root));
      // Hosts may legitimately differ (a public name vs 127.0.0.1); the path may not.
      expect(roots.map(pathOf)).toContain(pathOf(target.apiRootUrl));
      if (discovery.default !== undefined) {
        expect(discovery.api_roots ?? []).toContain(discovery.default);
      }
    });

    it('the API root supports TAXII 2.1 and states its max_content_length', async () => {
      const { client, target } = ctx();
      const root = await client.apiRoot(target.apiRootUrl);
      expect(root.title.length).toBeGreaterThan(0);
      expect(root.versions.some((version) => isTaxii21MediaType(version))).toBe(true);
      expect(root.max_content_length).toBe(target.maxContentLength);
    });
  });

  describe('collections', () => {
    it('lists the read-write and read-only collections with the caller’s rights', async () => {
      const { client, target } = ctx();
      const collections = await client.collections(target.apiRootUrl);
      const ids = collections.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      const readWrite = collections.find((c) => c.id === target.readWriteCollectionId);
      const readOnly = collections.find((c) => c.id === target.readOnlyCollectionId);
      expect(readWrite).toMatchObject({ can_read: true, can_write: true });
      expect(readOnly).toMatchObject({ can_read: true, can_write: false });
    });

    it('shows the no-access collection, if at all, with no rights', async () => {
      const { client, target } = ctx();
      const noAccess = (await client.collections(target.apiRootUrl)).find((c) => c.id === target.noAccessCollectionId);
      if (noAccess) expect(noAccess).toMatchObject({ can_read: false, can_write: false });
    });

    it('describes one collection with its id, title and rights', async () => {
      const { client, target } = ctx();
      const readWrite = await client.collection(target.apiRootUrl, target.readWriteCollectionId);
      expect(readWrite).toMatchObject({ id: target.readWriteCollectionId, can_read: true, can_write: true });
      expect(readWrite.title.length).toBeGreaterThan(0);
      const readOnly = await client.collection(target.apiRootUrl, target.readOnlyCollectionId);
      expect(readOnly).toMatchObject({ id: target.readOnlyCollectionId, can_read: true, can_write: false });
    });

    it('declares STIX 2.1 among a collection’s media types when it lists any', async () => {
      const { client, target } = ctx();
      const { media_types: mediaTypes } = await client.collection(target.apiRootUrl, target.readWriteCollectionId);
      if (mediaTypes === undefined) return;
      const stix21 = mediaTypes.map(parseMediaType).some((m) => m?.essence === 'application/stix+json' && m.parameters.get('version') === '2.1');
      expect(stix21, `media_types: ${mediaTypes.join(', ')}`).toBe(true);
    });

    it('lets the read-only collection be read', async () => {
      const { client, target } = ctx();
      const page = await client.getObjects(target.apiRootUrl, target.readOnlyCollectionId, { limit: 5 });
      expect(page.items.length).toBeLessThanOrEqual(5);
      const manifest = await client.getManifest(target.apiRootUrl, target.readOnlyCollectionId, { limit: 5 });
      expect(manifest.items.length).toBeLessThanOrEqual(5);
    });
  });
}
