import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { badRequest } from '../../errors.js';
import { sqliteFile } from '../../store/open-store.js';
import { backupSqlite, restoreSqlite, type SnapshotSummary } from '../../store/sqlite/sqlite-backup.js';
import { checkSqliteStore } from '../../store/sqlite/sqlite-check.js';
import { DEFAULT_DATA_DIR, output, storeLocation, withStoreOptions } from '../options.js';

const describeSnapshot = (verb: string, s: SnapshotSummary) => [
  `${verb} ${s.file} (${s.bytes} bytes, schema version ${s.schemaVersion})`,
  `node "${s.node.name}" (${s.node.member}): ${s.objects} object versions, ${s.users} users`,
];

export function registerBackup(program: Command): void {
  withStoreOptions(program.command('backup'))
    .description('write a consistent, private copy of the node\'s SQLite store, safe while the node serves (for PostgreSQL, use pg_dump)')
    .requiredOption('--out <file>', 'the backup file to create (never overwritten)')
    .option('--json', 'print the result as JSON')
    .action((opts) => {
      const location = storeLocation(opts);
      if (location.kind !== 'sqlite') {
        throw badRequest('hoggar backup copies the embedded SQLite store; back a PostgreSQL store up with pg_dump (see the README)');
      }
      const summary = backupSqlite(sqliteFile(location.dataDir), resolve(opts.out));
      output(opts.json, summary, () => [...describeSnapshot('backed up to', summary), 'Restore it with: hoggar restore FILE --data NEW_DIR']);
    });

  program.command('restore')
    .description('put a backup made by hoggar backup in place as the store of a data directory that holds no node yet')
    .argument('<file>', 'the backup file')
    .addOption(new Option('--data <dir>', 'the data directory to restore into; it must not hold a node').default(DEFAULT_DATA_DIR))
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts) => {
      const summary = await restoreSqlite(resolve(file), sqliteFile(opts.data));
      output(opts.json, summary, () => [...describeSnapshot('restored into', summary), `Start it with: hoggar serve --data ${opts.data}`]);
    });
}

export function registerCheck(program: Command): void {
  withStoreOptions(program.command('check'))
    .description('check a SQLite node without changing it, safe while it serves: file permissions, page integrity, and a schema exactly as Hoggar makes it (exit status 1 if anything is wrong)')
    .option('--json', 'print the findings as JSON')
    .action(async (opts) => {
      const location = storeLocation(opts);
      if (location.kind !== 'sqlite') throw badRequest('hoggar check reads the embedded SQLite store; check PostgreSQL with its own tools (amcheck, pg_dump)');
      const findings = await checkSqliteStore(sqliteFile(location.dataDir));
      output(opts.json, findings, () => findings.map((f) => `${f.ok ? 'ok     ' : 'PROBLEM'}  ${f.check}: ${f.detail}`));
      if (findings.some((f) => !f.ok)) process.exitCode = 1;
    });
}
