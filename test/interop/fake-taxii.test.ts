/**
 * Proves the conformance suite (and Hoggar's TAXII client) against a TAXII 2.1 server
 * Hoggar did not write: the Python fake in this folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaxiiClient } from '../../src/sync/taxii-client/index.js';
import { defineTaxiiConformance } from '../taxii-conformance/index.js';
import { identity, indicator } from '../taxii-conformance/factories.js';
import { FAKE_SEED_OBJECT_ID, startFakeTaxii, type FakeTaxii } from './fake-taxii.js';

defineTaxiiConformance('Python fake server (envelopes settle after 40 ms)', async () => {
  const fake = await startFakeTaxii({ pendingMs: 40, maxContentLength: 200_000 });
  return {
    discoveryUrl: fake.discoveryUrl,
    apiRootUrl: fake.apiRootUrl,
    readWriteCollectionId: fake.collections.readWrite,
    readOnlyCollectionId: fake.collections.readOnly,
    noAccessCollectionId: fake.collections.noAccess,
    auth: fake.auth,
    invalidAuth: fake.invalidAuth,
    maxContentLength: fake.maxContentLength,
    stop: fake.stop,
  };
});

describe('the fake server itself', () => {
  let fake: FakeTaxii;
  beforeAll(async () => {
    fake = await startFakeTaxii({ pendingMs: 40 });
  });
  afterAll(() => fake.stop());

  it('answers an add with a pending status, then completes it', async () => {
    const client = new TaxiiClient({ auth: fake.auth });
    const first = await client.addObjects(fake.apiRootUrl, fake.collections.readWrite, [indicator(), identity()]);
    expect(first).toMatchObject({ status: 'pending', pending_count: 2, success_count: 0 });
    expect(first.pendings).toHaveLength(2);
    const final = await client.waitForStatus(fake.apiRootUrl, first.id, { pollMs: 20, timeoutMs: 5_000 });
    expect(final).toMatchObject({ status: 'complete', pending_count: 0, success_count: 2 });
  });

  it('accepts its user by Bearer token as well as Basic', async () => {
    const root = await new TaxiiClient({ auth: fake.bearerAuth }).apiRoot(fake.apiRootUrl);
    expect(root.max_content_length).toBe(fake.maxContentLength);
  });

  it('serves its seeded object from the read-only collection', async () => {
    const page = await new TaxiiClient({ auth: fake.auth }).getObjects(fake.apiRootUrl, fake.collections.readOnly);
    expect(page.items.map((o) => o.id)).toEqual([FAKE_SEED_OBJECT_ID]);
  });

  it('gives date_added with microsecond precision', async () => {
    const client = new TaxiiClient({ auth: fake.auth });
    const manifest = await client.getManifest(fake.apiRootUrl, fake.collections.readOnly);
    expect(manifest.items[0]?.date_added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(manifest.dateAddedFirst).toBe(manifest.items[0]?.date_added);
  });

  it('stops cleanly', async () => {
    const other = await startFakeTaxii();
    await other.stop();
    await expect(new TaxiiClient({ auth: other.auth, timeoutMs: 2_000 }).apiRoot(other.apiRootUrl)).rejects.toMatchObject({ code: 'network' });
  });
});
