import { defaultCollectionId } from '../node/init-node.js';
import type { Node } from '../node/node.js';
import { systemContext } from '../services/context.js';
import { releasabilityMarking } from '../stix/markings.js';
import { DEMO_RELEASE, eventToStix, loadDemoEvents } from './events.js';

export interface DemoLoadReport {
  readonly events: number;
  readonly objects: number;
  readonly failed: number;
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
  return { events: events.length, objects: objects.length, failed: result.outcomes.filter((o) => !o.ok).length };
}
