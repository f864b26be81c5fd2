/**
 * Every error status a TAXII 2.1 server owes its clients (sections 3.6, 3.2, 1.6.8):
 * each answered with a TAXII error message in a JSON media type. Requests the client
 * cannot express (no credentials, a wrong Accept or Content-Type, a malformed filter)
 * are sent raw.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TaxiiClient } from '../../src/sync/taxii-client/index.js';
import { expectClientError, expectTaxiiError, type ConformanceContext, type ContextSource } from './context.js';
import { indicator, oversized } from './factories.js';
import { rawRequest } from './raw-http.js';

function rootUrl(ctx: ConformanceContext): string {
  return ctx.target.apiRootUrl.endsWith('/') ? ctx.target.apiRootUrl : `${ctx.target.apiRootUrl}/`;
}

function collectionUrl(ctx: ConformanceContext, id: string, rest = ''): string {
  return `${rootUrl(ctx)}collections/${encodeURIComponent(id)}/${rest}`;
}

const envelope = (...objects: object[]) => JSON.stringify({ objects });

export function defineErrorChecks(ctx: ContextSource): void {
  describe('401 Unauthorized', () => {
    it('without credentials, as a TAXII error message', async () => {
      const c = ctx();
      expectTaxiiError(await rawRequest(rootUrl(c)), 401, 'API root without credentials');
      expectTaxiiError(await rawRequest(c.objectsUrl), 401, 'objects without credentials');
      expectTaxiiError(await rawRequest(c.objectsUrl, { body: envelope(indicator()) }), 401, 'add objects without credentials');
    });

    it('names the authentication scheme in WWW-Authenticate', async () => {
      const answer = await rawRequest(rootUrl(ctx()));
      expect(answer.headers['www-authenticate'], 'WWW-Authenticate header of a 401').toBeTruthy();
    });

    it('with wrong credentials', async () => {
      const c = ctx();
      const intruder = new TaxiiClient({ auth: c.target.invalidAuth });
      await expectClientError(intruder.apiRoot(c.target.apiRootUrl), 401, 'API root with wrong credentials');
      await expectClientError(intruder.collections(c.target.apiRootUrl), 401, 'collections with wrong credentials');
      await expectClientError(intruder.getObjects(c.target.apiRootUrl, c.target.readWriteCollectionId), 401, 'objects with wrong credentials');
      expectTaxiiError(await rawRequest(c.objectsUrl, { auth: c.target.invalidAuth }), 401, 'raw objects with wrong credentials');
    });
  });

  describe('403 Forbidden', () => {
    it('adding to a collection the caller may only read', async () => {
      const c = ctx();
      await expectClientError(c.client.addObjects(c.target.apiRootUrl, c.target.readOnlyCollectionId, [indicator()]), 403, 'add to read-only');
      const raw = await rawRequest(collectionUrl(c, c.target.readOnlyCollectionId, 'objects/'), { auth: c.target.auth, body: envelope(indicator()) });
      expectTaxiiError(raw, 403, 'raw add to read-only');
    });

    it('reading a collection the caller has no right to', async () => {
      const c = ctx();
      const id = c.target.noAccessCollectionId;
      await expectClientError(c.client.getObjects(c.target.apiRootUrl, id), 403, 'objects of no-access collection');
      await expectClientError(c.client.getManifest(c.target.apiRootUrl, id), 403, 'manifest of no-access collection');
      expectTaxiiError(await rawRequest(collectionUrl(c, id, 'objects/'), { auth: c.target.auth }), 403, 'raw objects of no-access');
    });

    it('describing a collection the caller has no right to reveals no rights', async () => {
      const c = ctx();
      const answer = await rawRequest(collectionUrl(c, c.target.noAccessCollectionId), { auth: c.target.auth });
      if (answer.status === 200) expect(answer.json).toMatchObject({ can_read: false, can_write: false });
      else expectTaxiiError(answer, 403, 'no-access collection resource');
    });
  });

  describe('404 Not Found', () => {
    it('an unknown API root', async () => {
      const c = ctx();
      const unknownRoot = new URL(`../no-such-root-${randomUUID()}/`, rootUrl(c)).href;
      expectTaxiiError(await rawRequest(unknownRoot, { auth: c.target.auth }), 404, 'unknown API root');
      await expectClientError(c.client.apiRoot(unknownRoot), 404, 'client: unknown API root');
    });

    it('an unknown collection', async () => {
      const c = ctx();
      const unknown = randomUUID();
      expectTaxiiError(await rawRequest(collectionUrl(c, unknown), { auth: c.target.auth }), 404, 'unknown collection');
      await expectClientError(c.client.getObjects(c.target.apiRootUrl, unknown), 404, 'objects of unknown collection');
    });

    it('an unknown object and its versions', async () => {
      const c = ctx();
      const unknown = `indicator--${randomUUID()}`;
      expectTaxiiError(await rawRequest(`${c.objectsUrl}${unknown}/`, { auth: c.target.auth }), 404, 'unknown object');
      await expectClientError(c.client.getVersions(c.target.apiRootUrl, c.target.readWriteCollectionId, unknown), 404, 'versions of unknown object');
    });

    it('an unknown status', async () => {
      const c = ctx();
      const unknown = randomUUID();
      expectTaxiiError(await rawRequest(`${rootUrl(c)}status/${unknown}/`, { auth: c.target.auth }), 404, 'unknown status');
      await expectClientError(c.client.getStatus(c.target.apiRootUrl, unknown), 404, 'client: unknown status');
    });
  });

  describe('406, 415 and 413', () => {
    it('406 for an Accept header that excludes TAXII 2.1', async () => {
      const c = ctx();
      for (const accept of ['application/xml', 'text/html']) {
        expectTaxiiError(await rawRequest(rootUrl(c), { auth: c.target.auth, accept }), 406, `API root, Accept ${accept}`);
        expectTaxiiError(await rawRequest(c.objectsUrl, { auth: c.target.auth, accept }), 406, `objects, Accept ${accept}`);
      }
    });

    it('415 for an envelope sent with another Content-Type', async () => {
      const c = ctx();
      for (const contentType of ['text/plain', 'application/xml']) {
        const answer = await rawRequest(c.objectsUrl, { auth: c.target.auth, body: envelope(indicator()), contentType });
        expectTaxiiError(answer, 415, `Content-Type ${contentType}`);
      }
    });

    it('413 for a body over max_content_length', async () => {
      const c = ctx();
      const big = envelope(oversized(c.target.maxContentLength));
      expectTaxiiError(await rawRequest(c.objectsUrl, { auth: c.target.auth, body: big }), 413, 'raw oversized envelope');
      await expectClientError(
        c.client.addObjects(c.target.apiRootUrl, c.target.readWriteCollectionId, [oversized(c.target.maxContentLength)]),
        413,
        'client: oversized envelope',
      );
    });
  });

  describe('400 Bad Request', () => {
    const badFilters = [
      'added_after=not-a-timestamp',
      'added_after=2026-13-45T99:00:00Z',
      'limit=abc',
      'limit=-3',
      'match[version]=sometimes',
      `next=not-a-token-${randomUUID()}`,
    ];
    for (const query of badFilters) {
      it(`for the filter ${query}`, async () => {
        const c = ctx();
        expectTaxiiError(await rawRequest(`${c.objectsUrl}?${query}`, { auth: c.target.auth }), 400, `objects?${query}`);
      });
    }

    it('for a malformed added_after on the manifest', async () => {
      const c = ctx();
      const url = collectionUrl(c, c.target.readWriteCollectionId, 'manifest/?added_after=yesterday');
      expectTaxiiError(await rawRequest(url, { auth: c.target.auth }), 400, 'manifest?added_after=yesterday');
    });

    it('for a body that is not a JSON envelope', async () => {
      const c = ctx();
      expectTaxiiError(await rawRequest(c.objectsUrl, { auth: c.target.auth, body: '{"objects": [' }), 400, 'truncated JSON body');
      expectTaxiiError(await rawRequest(c.objectsUrl, { auth: c.target.auth, body: '{"objects": 7}' }), 400, 'objects not a list');
    });
  });
}
