/**
 * `npm run eval:extract -- GOLD.json… [--json] [--verbose]`: runs the extractor on
 * each gold file's document and prints precision, recall and F1 for entities,
 * alias pairs, relations and sources, per file and overall. A folder argument
 * means every *.gold.json in it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createExtractor } from '../index.js';
import { loadGold } from './gold.js';
import { addCounts, counts, scoreDraft, type Counts, type FileScore } from './score.js';

const ASPECTS = ['entities', 'aliases', 'relations', 'sources'] as const;

function expand(args: readonly string[]): string[] {
  return args.flatMap((arg) => (statSync(arg).isDirectory()
    ? readdirSync(arg).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(arg, f))
    : [arg]));
}

function line(label: string, c: Counts): string {
  const pct = (x: number): string => x.toFixed(3);
  return `  ${label.padEnd(10)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export interface EvalReport {
  readonly files: { readonly gold: string; readonly score: FileScore }[];
  readonly overall: Record<(typeof ASPECTS)[number], Counts>;
}

/** Scores every gold file; the extractor (and its matcher) is built once. */
export function evaluate(goldPaths: readonly string[]): EvalReport {
  const extractor = createExtractor();
  const files = goldPaths.map((goldPath) => {
    const { gold, text, documentPath } = loadGold(goldPath);
    // The language is detected, not taken from the gold file: mixed documents are part of what is measured.
    const draft = extractor.extract(text, { sourceName: path.basename(documentPath), now: new Date('2026-01-01T00:00:00.000Z') });
    return { gold: goldPath, score: scoreDraft(draft, gold) };
  });
  const zero = counts(0, 0, 0);
  const overall = Object.fromEntries(ASPECTS.map((a) => [a, files.reduce((acc, f) => addCounts(acc, f.score[a]), zero)])) as EvalReport['overall'];
  return { files, overall };
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const paths = expand(argv.filter((a) => !a.startsWith('--')));
  if (paths.length === 0) {
    console.error('usage: npm run eval:extract -- GOLD.json… [--json] [--verbose]');
    process.exitCode = 2;
    return;
  }
  const report = evaluate(paths);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const { gold, score } of report.files) {
    console.log(path.basename(gold));
    for (const aspect of ASPECTS) console.log(line(aspect, score[aspect]));
    if (verbose) {
      for (const [name, list] of Object.entries(score.details)) if (list.length > 0) console.log(`    ${name}: ${list.join(' · ')}`);
    }
  }
  console.log(`overall (${report.files.length} file${report.files.length === 1 ? '' : 's'})`);
  for (const aspect of ASPECTS) console.log(line(aspect, report.overall[aspect]));
}

// Run only as a command, not when imported for `evaluate`.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
