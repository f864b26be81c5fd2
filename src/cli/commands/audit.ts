import { Option, type Command } from 'commander';
import { presentAuditRow } from '../../audit/audit-log.js';
import { numberIn, output, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';

export function registerAudit(program: Command): void {
  withStoreOptions(program.command('audit'))
    .description('read the append-only audit log: who read, changed, published, shared or administered what, oldest first')
    .addOption(new Option('--after <seq>', 'only entries after this sequence number (the last one you read)').default(0).argParser(numberIn(0, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--limit <n>', 'at most this many entries').default(100).argParser(numberIn(1, 100_000)))
    .option('--json', 'print the entries as JSON')
    .action(async (opts) => {
      const entries = (await withNode(opts, (node) => node.store.audit.recent(opts.limit, opts.after))).map(presentAuditRow);
      output(opts.json, entries, () => entries.map((e) =>
        [e.seq, e.at, e.actor, e.action, e.target ?? '-', e.detail === null ? '' : JSON.stringify(e.detail)].join('\t')));
    });
}
