/**
 * Adding objects and the status resource, one object, manifest, versions and delete
 * (TAXII 2.1 sections 4.3, 5.4 to 5.8).
 */
import { describe, expect, it } from 'vitest';
import { parseMediaType } from '../../src/sync/taxii-client/index.js';
import { isTimestamp } from '../../src/stix/timestamps.js';
import { addAndSettle, allManifestRecords, expectClientError, idsOf, instant, type ContextSource } from './context.js';
import { identity, indicator, threatActor, versionsOf } from './factories.js';

export function defineObjectChecks(ctx: ContextSource): void {
  describe('add objects and status', () => {
    it('adds an envelope and reports every object as a success', async () => {
      const objects = [indicator(), identity(), threatActor()];
      const status = await addAndSettle(ctx(), objects);
      expect(status).toMatchObject({ status: 'complete', total_count: 3, success_count: 3, failure_count: 0, pending_count: 0 });
      if (status.successes) expect(idsOf(status.successes).sort()).toEqual(idsOf(objects).sort());
    });

    it('returns each added object exactly as it was sent', async () => {
      const { client, target } = ctx();
      const objects = [indicator(), identity(), threatActor()];
      await addAndSettle(ctx(), objects);
      for (const object of objects) {
        const page = await client.getObject(target.apiRootUrl, target.readWriteCollectionId, object.id);
        expect(page.items).toEqual([object]);
      }
    });

    it('stores the valid objects of an envelope and reports each invalid one with a reason', async () => {
      const { client, target } = ctx();
      const good = [indicator(), identity()];
      const badId = indicator({ id: 'indicator--not-a-uuid' });
      const backwards = threatActor({ created: '2026-03-01T00:00:00.000Z', modified: '2026-02-01T00:00:00.000Z' });
      const status = await addAndSettle(ctx(), [good[0]!, badId, good[1]!, backwards]);
      expect(status).toMatchObject({ status: 'complete', total_count: 4, success_count: 2, failure_count: 2, pending_count: 0 });
      expect(await ctx().client.getStatus(ctx().target.apiRootUrl, status.id)).toEqual(status);
      const failures = status.failures ?? [];
      expect(failures.map((f) => f.id).sort()).toEqual([badId.id, backwards.id].sort());
      for (const failure of failures) expect(failure.message ?? '', `reason for ${failure.id}`).not.toBe('');
      for (const object of good) {
        const page = await client.getObject(target.apiRootUrl, target.readWriteCollectionId, object.id);
        expect(page.items).toEqual([object]);
      }
      await expectClientError(client.getObject(target.apiRootUrl, target.readWriteCollectionId, backwards.id), 404, 'invalid object was not stored');
    });

    it('keeps every count consistent from the first answer to the last, pending included', async () => {
      const { client, target } = ctx();
      const objects = [indicator(), identity(), threatActor(), indicator()];
      const first = await client.addObjects(target.apiRootUrl, target.readWriteCollectionId, objects);
      // The client's schema already refuses counts that do not add up; here the totals must be ours.
      expect(first.total_count).toBe(4);
      if (first.status === 'pending') {
        expect(first.pending_count).toBeGreaterThan(0);
        if (first.pendings) expect(first.pendings.length).toBe(first.pending_count);
      }
      const final = await client.waitForStatus(target.apiRootUrl, first.id, { pollMs: 50, timeoutMs: 30_000 });
      expect(final).toMatchObject({ id: first.id, status: 'complete', total_count: 4, success_count: 4, pending_count: 0 });
      const again = await client.getStatus(target.apiRootUrl, first.id);
      expect(again).toMatchObject({ id: first.id, status: 'complete', success_count: 4 });
      // What the POST answered is what the stored status resource says, entry for entry.
      if (first.status === 'complete') expect(again).toEqual(first);
    });

    it('accepts the very same version again without storing a duplicate', async () => {
      const { client, target } = ctx();
      const object = identity();
      await addAndSettle(ctx(), [object]);
      const again = await addAndSettle(ctx(), [object]);
      expect(again).toMatchObject({ success_count: 1, failure_count: 0 });
      const versions = await client.getVersions(target.apiRootUrl, target.readWriteCollectionId, object.id);
      expect(versions.items).toHaveLength(1);
    });
  });

  describe('one object, versions and manifest', () => {
    it('returns the latest version by default and every version with match[version]=all', async () => {
      const { client, target } = ctx();
      const versions = versionsOf(indicator(), 3);
      await addAndSettle(ctx(), versions);
      const latest = await client.getObject(target.apiRootUrl, target.readWriteCollectionId, versions[0]!.id);
      expect(latest.items).toEqual([versions[2]]);
      const all = await client.getObject(target.apiRootUrl, target.readWriteCollectionId, versions[0]!.id, { version: ['all'] });
      expect(all.items.map((o) => o.modified).sort()).toEqual(versions.map((v) => v.modified).sort());
    });

    it('lists every version of an object', async () => {
      const { client, target } = ctx();
      const versions = versionsOf(threatActor(), 3);
      await addAndSettle(ctx(), versions);
      const page = await client.getVersions(target.apiRootUrl, target.readWriteCollectionId, versions[0]!.id);
      expect(page.items.map(instant).sort()).toEqual(versions.map((v) => instant(v.modified!)).sort());
    });

    it('describes objects in the manifest with date_added, version and media type', async () => {
      const versions = versionsOf(identity(), 2);
      const other = indicator();
      await addAndSettle(ctx(), [...versions, other]);
      const ids = [versions[0]!.id, other.id];
      const latest = await allManifestRecords(ctx(), { id: ids });
      expect(latest.map((r) => `${r.id} ${instant(r.version)}`).sort()).toEqual(
        [`${versions[1]!.id} ${instant(versions[1]!.modified!)}`, `${other.id} ${instant(other.modified!)}`].sort(),
      );
      const all = await allManifestRecords(ctx(), { id: ids, version: ['all'] });
      expect(all).toHaveLength(3);
      for (const record of all) {
        expect(isTimestamp(record.date_added), `date_added ${record.date_added}`).toBe(true);
        if (record.media_type !== undefined) {
          const media = parseMediaType(record.media_type);
          expect(media?.essence).toBe('application/stix+json');
          expect(media?.parameters.get('version')).toBe('2.1');
        }
      }
    });
  });

  describe('delete', () => {
    it('deletes an object, which is then not found', async () => {
      const { client, target } = ctx();
      const object = indicator();
      await addAndSettle(ctx(), [object]);
      await client.deleteObject(target.apiRootUrl, target.readWriteCollectionId, object.id);
      await expectClientError(client.getObject(target.apiRootUrl, target.readWriteCollectionId, object.id), 404, 'deleted object');
      expect(await allManifestRecords(ctx(), { id: [object.id] })).toEqual([]);
    });

    it('deletes only the version match[version] names', async () => {
      const { client, target } = ctx();
      const versions = versionsOf(identity(), 2);
      await addAndSettle(ctx(), versions);
      await client.deleteObject(target.apiRootUrl, target.readWriteCollectionId, versions[0]!.id, { version: [versions[0]!.modified!] });
      const remaining = await client.getVersions(target.apiRootUrl, target.readWriteCollectionId, versions[0]!.id);
      expect(remaining.items.map(instant)).toEqual([instant(versions[1]!.modified!)]);
    });

    it('deletes nothing when match[spec_version] names no stored version', async () => {
      const { client, target } = ctx();
      const object = indicator();
      await addAndSettle(ctx(), [object]);
      await expectClientError(client.deleteObject(target.apiRootUrl, target.readWriteCollectionId, object.id, { specVersion: ['2.0'] }), 404, 'delete of 2.0 versions');
      expect((await client.getObject(target.apiRootUrl, target.readWriteCollectionId, object.id)).items).toEqual([object]);
      await client.deleteObject(target.apiRootUrl, target.readWriteCollectionId, object.id, { specVersion: ['2.1'] });
      await expectClientError(client.getObject(target.apiRootUrl, target.readWriteCollectionId, object.id), 404, 'deleted object');
    });
  });
}
