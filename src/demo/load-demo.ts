import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defaultCollectionId } from '../node/init-node.js';
import type { Node } from '../node/node.js';
import { systemContext } from '../services/context.js';
import { IngestService } from '../services/ingest-service.js';
import { demoFile } from './demo-paths.js';
import { releasabilityMarking } from '../stix/markings.js';
import { DEMO_RELEASE, eventToStix, loadDemoEvents } from './events.js';

export interface DemoLoadReport {
  readonly events: number;
  readonly reports: number;
  readonly objects: number;
  readonly failed: number;
}

const reportIndex = z.array(z.object({
  file: z.string().regex(/^[a-z0-9.-]+\.txt$/), lang: z.enum(['ar', 'fr', 'en']), title: z.string(),
  published: z.string(), synthetic: z.literal(true),
}));

/** Ingests the demo reports like any document and publishes them, labelled synthetic. */
async function loadDemoReports(node: Node): Promise<{ reports: number; objects: number; failed: number }> {
  const ctx = systemContext(node.settings.member);
  const ingest = new IngestService(node);
  const index = reportIndex.parse(JSON.parse(readFileSync(demoFile('reports/index.json'), 'utf8')));
  let objects = 0, failed = 0;
  for (const entry of index) {
    const draft = await ingest.ingest(ctx, { content: readFileSync(demoFile(`reports/${entry.file}`)), lang: entry.lang, sourceName: `demo/${entry.file} (synthetic)` });
    const full = await ingest.get(ctx, draft.id);
    const report = full.bundle!.objects.find((o) => o.type === 'report')!;
    const labelled = { ...report, name: entry.title, labels: [...new Set([...((report.labels as string[] | undefined) ?? []), 'synthetic'])] };
    const result = await ingest.publish(ctx, draft.id, { tlp: 'green', releaseTo: DEMO_RELEASE, corrections: { replace: [labelled] } });
    objects += result.outcomes.length;
    failed += result.outcomes.filter((o) => !o.ok).length;
  }
  return { reports: index.length, objects, failed };
}

/**
 * Fills a node with the project's own demo data: clearly labelled synthetic events (and
 * the demo reports, ingested like any document). Loading twice adds nothing: ids are
 * derived from the data.
 */
export async function loadDemoData(node: Node): Promise<DemoLoadReport> {
  const ctx = systemContext(node.settings.member);
  const collectionId = await defaultCollectionId(node.store);
  const events = loadDemoEvents();
  const objects = [releasabilityMarking(DEMO_RELEASE), ...events.flatMap((event, i) => eventToStix(event, i))];
  const result = await node.writer.add(ctx, collectionId, objects);
  const reports = await loadDemoReports(node);
  return {
    events: events.length, reports: reports.reports, objects: objects.length + reports.objects,
    failed: result.outcomes.filter((o) => !o.ok).length + reports.failed,
  };
}
