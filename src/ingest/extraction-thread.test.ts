import { afterAll, describe, expect, it } from 'vitest';
import type { StixObject } from '../stix/types.js';
import { ExtractionThread } from './extraction-thread.js';
import { createExtractor } from './index.js';

const TEXT = "Le groupe Front Alpha, dirigé par Issa Diallo, opère près de Gao, selon une source sécuritaire.";
const NOW = new Date('2026-01-01T00:00:00.000Z');
const KNOWN: StixObject[] = [{ type: 'intrusion-set', spec_version: '2.1', id: 'intrusion-set--8b0c5c2e-1f2a-4d3b-9c4d-5e6f7a8b9c0d', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', name: 'Front Alpha', aliases: ['FA'] } as StixObject];
const KNOWN_JSON = KNOWN.map((o) => JSON.stringify(o));

/** What a draft says, without the ids and times that differ from one run to the next. */
const gist = (objects: readonly StixObject[]) => objects.map((o) => `${o.type}:${String(o.name ?? o.relationship_type ?? '')}`).sort();

const thread = new ExtractionThread();
afterAll(() => thread.close());

describe('ExtractionThread', () => {
  it('extracts on its worker exactly what the extractor gives in this thread', async () => {
    let loads = 0;
    const load = async () => { loads++; return KNOWN_JSON; };
    const onWorker = await thread.extract('DZA', '1', load, TEXT, { lang: 'fr', now: NOW });
    const here = createExtractor({ knowledgeBase: KNOWN }).extract(TEXT, { lang: 'fr', now: NOW });
    expect(gist(onWorker.bundle.objects)).toEqual(gist(here.bundle.objects));
    expect([onWorker.language, onWorker.text]).toEqual([here.language, here.text]);
    // The knowledge base is sent again only when its stamp changes, and per key.
    await thread.extract('DZA', '1', load, TEXT, { now: NOW });
    expect(loads).toBe(1);
    await thread.extract('DZA', '2', load, TEXT, { now: NOW });
    await thread.extract('MLI', '2', load, TEXT, { now: NOW });
    expect(loads).toBe(3);
  });

  it('passes the extractor refusals on with their codes', async () => {
    const refused = thread.extract('DZA', '2', async () => KNOWN_JSON, new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), {});
    await expect(refused).rejects.toMatchObject({ name: 'IngestError', code: 'binary_input' });
  });

  it('fails what a dying worker held, then starts a new one that is sent the knowledge base again', async () => {
    const pending = thread.extract('DZA', '2', async () => KNOWN_JSON, TEXT.repeat(20_000), { now: NOW });
    // About 1.9 MB, a second or more of extraction: stop the worker while it works.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await thread.current!.terminate();
    await expect(pending).rejects.toMatchObject({ code: 'extraction_failed', message: expect.stringContaining('send the document again') });
    let loads = 0;
    const again = await thread.extract('DZA', '2', async () => { loads++; return KNOWN_JSON; }, TEXT, { now: NOW });
    expect(loads).toBe(1);
    expect(again.bundle.objects.length).toBeGreaterThan(0);
  });
});
