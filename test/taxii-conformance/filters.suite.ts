/**
 * Filters and pagination (TAXII 2.1 sections 3.4, 3.5, 5.3, 5.6): added_after against
 * the server's date_added, limit and next, every match[] filter, and the
 * X-TAXII-Date-Added-First/Last headers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ObjectFilter, Page } from '../../src/sync/taxii-client/index.js';
import type { StixObject } from '../../src/stix/types.js';
import { addAndSettle, allManifestRecords, dateAddedOf, idsOf, instant, type ContextSource } from './context.js';
import { identity, indicator, mixedObjects, threatActor, versionsOf } from './factories.js';

export function defineFilterChecks(ctx: ContextSource): void {
  describe('added_after', () => {
    it('filters on when the server added an object, not on its modified time', async () => {
      const { client, target } = ctx();
      const addedBefore = indicator({ created: '2026-01-01T00:00:00.000Z', modified: '2099-12-31T23:59:59.999Z' });
      await addAndSettle(ctx(), [addedBefore]);
      const marker = identity();
      await addAndSettle(ctx(), [marker]);
      const since = await dateAddedOf(ctx(), marker.id);
      const addedAfter = indicator({ created: '2001-01-01T00:00:00.000Z', modified: '2001-01-01T00:00:00.000Z', valid_from: '2001-01-01T00:00:00Z' });
      await addAndSettle(ctx(), [addedAfter]);
      const ids = [addedBefore.id, marker.id, addedAfter.id];

      const objects = await client.getObjects(target.apiRootUrl, target.readWriteCollectionId, { addedAfter: since, id: ids });
      expect(idsOf(objects.items)).toEqual([addedAfter.id]);
      const manifest = await allManifestRecords(ctx(), { addedAfter: since, id: ids });
      expect(idsOf(manifest)).toEqual([addedAfter.id]);
    });
  });

  describe('pagination', () => {
    const added: StixObject[] = mixedObjects(23);
    let since = '';
    const pages: Page<StixObject>[] = [];
    const limit = 5;

    beforeAll(async () => {
      const marker = identity();
      await addAndSettle(ctx(), [marker]);
      since = await dateAddedOf(ctx(), marker.id);
      await addAndSettle(ctx(), added);
    });

    /** The walk the next checks read; they fail, not pass vacuously, when it did not happen. */
    const walked = (): Page<StixObject>[] => {
      expect(pages.length, 'the paginated walk produced pages').toBeGreaterThan(0);
      return pages;
    };

    it('walks every object added since a point exactly once, following next', async () => {
      const { client, target } = ctx();
      for await (const page of client.pages(target.apiRootUrl, target.readWriteCollectionId, { addedAfter: since, limit })) {
        pages.push(page);
      }
      const seen = pages.flatMap((page) => idsOf(page.items));
      expect(seen.length, 'no object returned twice').toBe(new Set(seen).size);
      expect([...seen].sort()).toEqual(idsOf(added).sort());
      expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(added.length / limit));
      for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(limit);
      expect(pages.at(-1)?.more).toBe(false);
    });

    it('brackets each page with X-TAXII-Date-Added-First and -Last, in date_added order', async () => {
      const dateAdded = new Map((await allManifestRecords(ctx(), { id: idsOf(added) })).map((r) => [r.id, instant(r.date_added)]));
      let previousLast = '';
      for (const page of walked().filter((p) => p.items.length > 0)) {
        const dates = page.items.map((o) => dateAdded.get(o.id) ?? 'missing');
        expect(dates, 'objects sorted by date_added').toEqual([...dates].sort());
        expect(page.dateAddedFirst, 'X-TAXII-Date-Added-First').toBeDefined();
        expect(page.dateAddedLast, 'X-TAXII-Date-Added-Last').toBeDefined();
        expect(instant(page.dateAddedFirst!)).toBe(dates[0]);
        expect(instant(page.dateAddedLast!)).toBe(dates.at(-1));
        expect(instant(page.dateAddedFirst!) >= previousLast, 'pages follow each other in time').toBe(true);
        previousLast = instant(page.dateAddedLast!);
      }
    });

    it('walks the manifest the same way', async () => {
      const records = await allManifestRecords(ctx(), { addedAfter: since, limit: 4 });
      expect(idsOf(records).sort()).toEqual(idsOf(added).sort());
    });

    it('honours limit and says when there is more', async () => {
      const { client, target } = ctx();
      const page = await client.getObjects(target.apiRootUrl, target.readWriteCollectionId, { id: idsOf(added).slice(0, 6), limit: 2 });
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.more).toBe(true);
      expect(page.next !== undefined || page.dateAddedLast !== undefined, 'a way to continue').toBe(true);
    });
  });

  describe('match[]', () => {
    const anIndicator = indicator();
    const anIdentity = identity();
    const anActor = threatActor();
    const versions = versionsOf(identity(), 3);
    const ours = [anIndicator.id, anIdentity.id, anActor.id, versions[0]!.id];

    beforeAll(async () => {
      await addAndSettle(ctx(), [anIndicator, anIdentity, anActor, ...versions]);
    });

    const objectsMatching = async (filter: ObjectFilter) => {
      const { client, target } = ctx();
      return (await client.getObjects(target.apiRootUrl, target.readWriteCollectionId, filter)).items;
    };

    it('match[id] returns exactly the objects named', async () => {
      expect(idsOf(await objectsMatching({ id: [anIndicator.id, anActor.id] })).sort()).toEqual([anIndicator.id, anActor.id].sort());
    });

    it('match[type] with several types returns each of them and nothing else', async () => {
      const items = await objectsMatching({ id: ours, type: ['indicator', 'threat-actor'] });
      expect(idsOf(items).sort()).toEqual([anIndicator.id, anActor.id].sort());
    });

    it('match[version] selects first, last, all, a given version, or several', async () => {
      const modified = async (version?: string[]) =>
        (await objectsMatching({ id: [versions[0]!.id], ...(version ? { version } : {}) })).map((o) => o.modified).sort();
      const [v1, v2, v3] = versions.map((v) => v.modified!);
      expect(await modified()).toEqual([v3]);
      expect(await modified(['last'])).toEqual([v3]);
      expect(await modified(['first'])).toEqual([v1]);
      expect(await modified(['all'])).toEqual([v1, v2, v3].sort());
      expect(await modified([v2!])).toEqual([v2]);
      expect(await modified(['first', 'last'])).toEqual([v1, v3].sort());
    });

    it('match[spec_version] keeps 2.1 objects and excludes them for 2.0', async () => {
      expect(idsOf(await objectsMatching({ id: ours, specVersion: ['2.1'] })).sort()).toEqual([...ours].sort());
      expect(await objectsMatching({ id: ours, specVersion: ['2.0'] })).toEqual([]);
    });

    it('the manifest honours match[type] and match[version] too', async () => {
      const records = await allManifestRecords(ctx(), { id: ours, type: ['identity'], version: ['all'] });
      expect(records).toHaveLength(1 + versions.length);
      expect(new Set(idsOf(records))).toEqual(new Set([anIdentity.id, versions[0]!.id]));
    });
  });
}
