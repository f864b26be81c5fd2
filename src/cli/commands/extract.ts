/**
 * `hoggar extract FILE|- [--lang ar|fr|en] [--json]`: reads a document and
 * prints the draft STIX bundle the extractor proposes. Needs no node.
 */
import { Option, type Command } from 'commander';
import { IngestError } from '../../ingest/errors.js';
import { SOURCE_EXTENSION_ID } from '../../ingest/extensions.js';
import type { DocLang, DraftResult } from '../../ingest/index.js';
import { readStdin } from '../options.js';
import { HoggarError } from '../../errors.js';
import { readNamedFile } from '../../util/byte-source.js';

function summary(draft: DraftResult): string[] {
  const objects = draft.bundle.objects;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const nameOf = (id: unknown): string => {
    const o = byId.get(id as string);
    return typeof o?.name === 'string' ? o.name : String(id);
  };
  const report = objects.find((o) => o.type === 'report')!;
  const lines = [`report: ${String(report.name)}`, `language: ${draft.language} (${draft.paragraphs.length} paragraph${draft.paragraphs.length === 1 ? '' : 's'})`];
  for (const type of ['threat-actor', 'identity', 'location'] as const) {
    const found = objects.filter((o) => o.type === type && !(o.extensions as Record<string, { anonymous?: boolean }> | undefined)?.[SOURCE_EXTENSION_ID]?.anonymous);
    if (found.length > 0) lines.push(`${type} (${found.length}): ${found.map((o) => o.name).join(', ')}`);
  }
  const relationships = objects.filter((o) => o.type === 'relationship');
  if (relationships.length > 0) {
    lines.push(`relationships (${relationships.length}):`);
    for (const r of relationships) lines.push(`  ${nameOf(r.source_ref)} —${String(r.relationship_type)}→ ${nameOf(r.target_ref)}`);
  }
  const notes = objects.filter((o) => o.type === 'note');
  if (notes.length > 0) {
    lines.push(`claims (${notes.length}):`);
    for (const note of notes) {
      const grading = (note.extensions as Record<string, Record<string, unknown>>)[SOURCE_EXTENSION_ID] ?? {};
      const via = grading.via_ref ? ` via ${nameOf(grading.via_ref)}` : '';
      lines.push(`  [${String(grading.reliability)}${String(grading.credibility)}] ${nameOf(grading.source_ref)}${via}: ${String(note.abstract)}`);
    }
  }
  for (const warning of draft.warnings) lines.push(`warning: ${warning}`);
  return lines;
}

/** Adds `hoggar extract` to the program. */
export function registerExtract(program: Command): void {
  program.command('extract <file>')
    .description('propose a draft STIX report from a document (a file, or - for standard input); needs no node')
    .addOption(new Option('--lang <lang>', 'force the document language').choices(['ar', 'fr', 'en']))
    .option('--json', 'print the draft bundle as JSON')
    .action(async (file: string, opts: { lang?: DocLang; json?: boolean }) => {
      try {
        const input = file === '-' ? await readStdin() : readNamedFile(file);
        const { extractDocument } = await import('../../ingest/index.js');
        const draft = extractDocument(new Uint8Array(input), { ...(opts.lang ? { lang: opts.lang } : {}), sourceName: file === '-' ? 'stdin' : file });
        if (opts.json) process.stdout.write(`${JSON.stringify(draft.bundle, null, 2)}\n`);
        else process.stdout.write(`${summary(draft).join('\n')}\n`);
      } catch (error) {
        const code = error instanceof IngestError || error instanceof HoggarError ? error.code : 'failed';
        process.stderr.write(`error: ${(error as Error).message} (${code})\n`);
        process.exitCode = 2;
      }
    });
}
