import { randomUUID } from 'node:crypto';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { badRequest } from '../../errors.js';
import { parseWith } from '../../http/validate.js';
import { defaultCollectionId } from '../../node/init-node.js';
import type { Node } from '../../node/node.js';
import { systemContext } from '../../services/context.js';
import { isTimestamp } from '../../stix/timestamps.js';
import { isStixTypeName } from '../../stix/ids.js';
import { readEntries, scanBundle, type SpanList } from '../../util/bundle-scanner.js';
import { openSource, type ByteSource, type OpenSource } from '../../util/byte-source.js';
import { openTextSink, type TextSink } from '../../util/text-sink.js';
import { output, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';

const BATCH = 1000;
/** The bundle's own properties; its objects are scanned apart (util/bundle-scanner.ts). */
const bundleHeaderSchema = z.object({
  type: z.literal('bundle', { message: 'the file must hold a STIX bundle ("type": "bundle")' }),
  id: z.string().optional(),
});

/** The most refusals an import lists one by one; the rest are counted. */
const MAX_LISTED_FAILURES = 10_000;

interface ImportSummary {
  total: number;
  stored: number;
  unchanged: number;
  failed: number;
  failures: { index: number; id?: string; message?: string }[];
  /** Objects stored with the validator's advice (an open vocabulary's unknown value, say). */
  warned: number;
  warnings: { index: number; id?: string; message: string }[];
}

/**
 * Imports the bundle's entries a batch at a time, so only one batch is ever parsed in memory,
 * and keeps counts rather than every outcome (a bundle may hold millions of entries).
 */
async function importObjects(node: Node, collectionId: string, source: ByteSource, entries: SpanList, showProgress: boolean): Promise<ImportSummary> {
  const ctx = systemContext(node.settings.member);
  const bar = showProgress ? new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} objects', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(entries.length, 0);
  const summary: ImportSummary = { total: entries.length, stored: 0, unchanged: 0, failed: 0, failures: [], warned: 0, warnings: [] };
  const fail = (failure: ImportSummary['failures'][number]) => {
    summary.failed++;
    if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push(failure);
  };
  for (let first = 0; first < entries.length; first += BATCH) {
    const inputs: unknown[] = [];
    const positions: number[] = [];
    const refused: ImportSummary['failures'] = [];
    const batch = readEntries(source, entries, first, Math.min(first + BATCH, entries.length));
    for (const [offset, entry] of batch.entries()) {
      const index = first + offset;
      if (entry.ok) {
        inputs.push(entry.value);
        positions.push(index);
      } else {
        refused.push({ index, message: entry.message });
      }
    }
    const { outcomes } = await node.writer.add(ctx, collectionId, inputs);
    for (const o of outcomes) {
      if (!o.ok) refused.push({ index: positions[o.index]!, ...(o.id ? { id: o.id } : {}), ...(o.message ? { message: o.message } : {}) });
      else if (o.addedUs !== undefined) summary.stored++;
      else summary.unchanged++;
      if (o.ok && o.warnings !== undefined) {
        summary.warned++;
        if (summary.warnings.length < MAX_LISTED_FAILURES) summary.warnings.push({ index: positions[o.index]!, ...(o.id ? { id: o.id } : {}), message: o.warnings });
      }
    }
    for (const failure of refused.sort((a, b) => a.index - b.index)) fail(failure);
    bar?.update(Math.min(first + BATCH, entries.length));
  }
  bar?.stop();
  return summary;
}

/**
 * Opens and outlines a bundle before the store is opened, so a broken file stores nothing.
 * Its entries are read again from the source while they are stored: memory holds one batch,
 * never the file, whatever its size.
 */
async function readBundle(file: string, showProgress: boolean): Promise<{ source: OpenSource; entries: SpanList }> {
  const source = await openSource(file, process.stdin);
  // Checking a large file's outline takes a while (about 3 s a GB here): show it.
  const bar = showProgress && source.size > CHECK_BAR_BYTES
    ? new cliProgress.SingleBar({ format: 'checking [{bar}] {percentage}% of {size}', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(source.size, 0, { size: `${(source.size / 1e6).toFixed(0)} MB` });
  try {
    const { header, objects } = scanBundle(source, bar ? (position) => bar.update(position) : undefined);
    bar?.update(source.size);
    parseWith(bundleHeaderSchema, header, 'bundle');
    return { source, entries: objects };
  } catch (error) {
    source.close();
    throw error;
  } finally {
    bar?.stop();
  }
}

/** Files smaller than this are checked too fast for a bar to be worth drawing. */
const CHECK_BAR_BYTES = 64 * 1024 * 1024;

export function registerImportExport(program: Command): void {
  withStoreOptions(program.command('import <file>'))
    .description('import a STIX 2.1 bundle (a file, or - for standard input; gzip-compressed or not) into a collection')
    .option('--collection <id>', 'target collection (default: the node\'s default collection)')
    .option('--no-progress', 'do not show a progress bar')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts) => {
      const showProgress = opts.progress && process.stderr.isTTY === true;
      const bundle = await readBundle(file, showProgress);
      const summary = await withNode(opts, async (node) => {
        const collectionId = opts.collection ?? (await defaultCollectionId(node.store));
        await node.collections.require(systemContext(node.settings.member), collectionId, 'write');
        return importObjects(node, collectionId, bundle.source, bundle.entries, showProgress);
      }).finally(() => bundle.source.close());
      output(opts.json, summary, () => [
        `${summary.total} objects: ${summary.stored} stored, ${summary.unchanged} already present, ${summary.failed} failed, ${summary.warned} with warnings`,
        ...summary.failures.slice(0, 20).map((f) => `  #${f.index} ${f.id ?? '(no id)'}: ${f.message}`),
        ...(summary.failed > 20 ? [`  … and ${summary.failed - 20} more (--json lists the first ${MAX_LISTED_FAILURES})`] : []),
        ...summary.warnings.slice(0, 5).map((w) => `  warning #${w.index} ${w.id ?? '(no id)'}: ${w.message}`),
        ...(summary.warned > 5 ? [`  … and ${summary.warned - 5} more warnings (--json lists the first ${MAX_LISTED_FAILURES})`] : []),
      ]);
      if (summary.failed > 0) process.exitCode = 1;
    });

  withStoreOptions(program.command('export'))
    .description('export objects as a STIX 2.1 bundle')
    .option('--type <type...>', 'only these STIX types')
    .option('--since <timestamp>', 'only objects this node added after this time (RFC 3339)')
    .option('--collection <id>', 'only this collection (default: every collection)')
    .option('--all-versions', 'every version, not only the latest')
    .option('--out <file>', 'write to a file (mode 600, complete or not at all) instead of standard output')
    .option('--gzip', 'compress the bundle with gzip (implied by an --out name ending in .gz)')
    .action(async (opts) => {
      if (opts.since !== undefined && !isTimestamp(opts.since)) throw badRequest(`--since must be an RFC 3339 UTC timestamp, got "${opts.since}"`);
      const badType = (opts.type as string[] | undefined)?.find((type) => !isStixTypeName(type));
      if (badType !== undefined) throw badRequest(`--type takes STIX type names (lowercase letters, digits and single hyphens, 3 to 250 characters), got "${badType}"`);
      const sink = await openTextSink(opts.out, process.stdout, { gzip: Boolean(opts.gzip) || (opts.out?.endsWith('.gz') ?? false) });
      try {
        await withNode(opts, (node) => exportBundle(node, opts, sink));
        await sink.finish();
      } catch (error) {
        sink.abort();
        throw error;
      }
    });
}

interface ExportOptions {
  readonly type?: string[];
  readonly since?: string;
  readonly collection?: string;
  readonly allVersions?: boolean;
}

/** Writes one bundle of what the options select, each version once, page by page. */
async function exportBundle(node: Node, opts: ExportOptions, sink: TextSink): Promise<void> {
  const ctx = systemContext(node.settings.member);
  const collections = opts.collection ? [opts.collection] : (await node.store.accounts.collections()).map((c) => c.id);
  const seen = new Set<string>();
  let first = true;
  await sink.write(`{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`);
  for (const collectionId of collections) {
    await node.collections.require(ctx, collectionId, 'read');
    let next: string | undefined;
    do {
      const page = await node.reader.page(ctx, collectionId, {
        ...(opts.type ? { types: opts.type } : {}), ...(opts.since ? { addedAfter: opts.since } : {}),
        ...(opts.allVersions ? { versions: ['all'] } : {}), ...(next ? { next } : {}),
      });
      for (const row of page.rows) {
        const key = `${row.object_id}|${row.version_key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await sink.write(`${first ? '' : ','}${row.json}`);
        first = false;
      }
      next = page.next;
    } while (next);
  }
  await sink.write(']}\n');
  node.audit.recordRead(ctx, { action: 'export', detail: { collections, count: seen.size, types: opts.type, since: opts.since } });
}
