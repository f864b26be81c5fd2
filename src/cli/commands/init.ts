import type { Command } from 'commander';
import { initNode } from '../../node/init-node.js';
import { memberOption, output, withStoreOptions } from '../options.js';
import { withNewStore } from '../run.js';

export function registerInit(program: Command): void {
  withStoreOptions(program.command('init'))
    .description('create a new node: its identity, an admin user with a generated password and token, a default collection')
    .addOption(memberOption().default('DZA'))
    .option('--name <name>', 'name of this node', 'Hoggar node')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const result = await withNewStore(opts, (store) => initNode(store, { member: opts.member, name: opts.name }));
      output(opts.json, result, () => [
        `node "${result.settings.name}" (${result.settings.member}) created`,
        `admin user:     ${result.admin.user}`,
        `admin password: ${result.admin.password}`,
        `admin token:    ${result.admin.token}`,
        `default collection: ${result.collectionId}`,
        'The password and token are shown only now; keep them safe.',
      ]);
    });
}
