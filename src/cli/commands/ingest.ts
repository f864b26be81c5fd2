import { Option, type Command } from 'commander';
import { badRequest } from '../../errors.js';
import { INGEST_FETCH_LIMITS } from '../../http/defaults.js';
import { FETCH_ALLOW_HELP } from '../../ingest/address-policy.js';
import { fetchDocument, fetchRouteFromEnv } from '../../ingest/fetch-url.js';
import { systemContext } from '../../services/context.js';
import type { DraftView } from '../../services/ingest-service.js';
import { TLP_LEVELS } from '../../stix/markings.js';
import { output, readStdin, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';
import { readNamedFile } from '../../util/byte-source.js';

async function readDocument(source: string): Promise<{ content: Uint8Array; contentType?: string; name: string }> {
  // Anything with a scheme is a URL: the fetcher itself refuses schemes other than http(s).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const fetched = await fetchDocument(source, { ...INGEST_FETCH_LIMITS, ...fetchRouteFromEnv() });
    return { content: fetched.bytes, name: fetched.finalUrl, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) };
  }
  if (source === '-') return { content: await readStdin(), name: 'stdin' };
  return { content: readNamedFile(source), name: source, ...(/\.html?$/i.test(source) ? { contentType: 'text/html' } : {}) };
}

function summary(draft: DraftView): string[] {
  const objects = draft.bundle?.objects ?? [];
  const count = (type: string) => objects.filter((o) => o.type === type).length;
  return [
    `draft ${draft.id} (${draft.language}) from ${draft.sourceName ?? 'input'}`,
    `  ${count('threat-actor')} threat actors, ${count('identity')} identities, ${count('location')} locations, ${count('relationship')} relationships, ${count('note')} notes`,
    ...draft.warnings.map((w) => `  warning: ${w}`),
  ];
}

export function registerIngest(program: Command): void {
  withStoreOptions(program.command('ingest <source>'))
    .description('extract a document (a file, - for standard input, or an http(s) URL) against this node\'s knowledge and store the draft, or publish it')
    .addHelpText('after', FETCH_ALLOW_HELP)
    .addOption(new Option('--lang <lang>', 'force the document language').choices(['ar', 'fr', 'en']))
    .option('--publish', 'publish the draft at once instead of leaving it for review')
    .addOption(new Option('--tlp <level>', 'TLP level when publishing').choices([...TLP_LEVELS]).default('amber'))
    .option('--rel <members>', 'release list when publishing, e.g. DZA,MLI,NER')
    .option('--json', 'print the draft (and publication) as JSON')
    .action(async (source: string, opts) => {
      const releaseTo = opts.rel ? String(opts.rel).split(',').map((m: string) => m.trim().toUpperCase()).filter(Boolean) : undefined;
      if (releaseTo && !opts.publish) throw badRequest('--rel applies when publishing; add --publish');
      const document = await readDocument(source);
      const { IngestService } = await import('../../services/ingest-service.js');
      const result = await withNode(opts, async (node) => {
        const ctx = systemContext(node.settings.member);
        const service = new IngestService(node);
        const draft = await service.ingest(ctx, { content: document.content, sourceName: document.name, ...(opts.lang ? { lang: opts.lang } : {}), ...(document.contentType ? { contentType: document.contentType } : {}) });
        const full = await service.get(ctx, draft.id);
        const published = opts.publish ? await service.publish(ctx, draft.id, { tlp: opts.tlp, ...(releaseTo ? { releaseTo } : {}) }) : undefined;
        return { draft: full, published };
      });
      const failures = result.published?.outcomes.filter((o) => !o.ok) ?? [];
      output(opts.json, { draft: result.draft, ...(result.published ? { published: { reportId: result.published.reportId, stored: result.published.stored, failures } } : {}) }, () => [
        ...summary(result.draft),
        ...(result.published ? [`published report ${result.published.reportId}: ${result.published.stored} objects stored, ${failures.length} refused`] : ['review it with GET /api/drafts/' + result.draft.id + ', then publish it']),
        ...failures.map((f) => `  refused ${f.id ?? ''}: ${f.message ?? ''}`),
      ]);
      if (failures.length > 0) process.exitCode = 1;
    });
}
