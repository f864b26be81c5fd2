import type { Command } from 'commander';
import type { Grant } from '../../services/collection-service.js';
import { operatorContext } from '../../services/context.js';
import { output, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Turns --read/--write principal lists into grants. */
function grantsFrom(read: string[] = [], write: string[] = []): Grant[] {
  const principals = [...new Set([...read, ...write])];
  return principals.map((principal) => ({ principal, canRead: read.includes(principal), canWrite: write.includes(principal) }));
}

export function registerCollections(program: Command): void {
  const collections = program.command('collections').description('manage TAXII collections and who may read or write them');

  withStoreOptions(collections.command('add'))
    .description('add a collection; rights go to user:NAME, member:ISO3 or member:* (repeat the options)')
    .requiredOption('--title <title>', 'title of the collection')
    .option('--description <text>', 'what it holds')
    .option('--alias <alias>', 'a short unique name')
    .option('--read <principal>', 'who may read (repeatable)', collect)
    .option('--write <principal>', 'who may write (repeatable)', collect)
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const grants = grantsFrom(opts.read, opts.write);
      const id = await withNode(opts, (node) => node.collections.create(operatorContext(node.settings.member), {
        title: opts.title, grants, ...(opts.description ? { description: opts.description } : {}), ...(opts.alias ? { alias: opts.alias } : {}),
      }));
      output(opts.json, { id, title: opts.title, grants }, () => [`collection ${id} ("${opts.title}") added`]);
    });

  withStoreOptions(collections.command('grant <collection> <principal>'))
    .description('set the rights of user:NAME, member:ISO3 or member:* on a collection')
    .option('--read', 'may read')
    .option('--write', 'may write')
    .action(async (collection: string, principal: string, opts) => {
      await withNode(opts, (node) => node.collections.grant(operatorContext(node.settings.member), collection, { principal, canRead: Boolean(opts.read), canWrite: Boolean(opts.write) }));
      process.stdout.write(`${principal} on ${collection}: read=${Boolean(opts.read)} write=${Boolean(opts.write)}\n`);
    });

  withStoreOptions(collections.command('list'))
    .description('list the collections with their rights')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const list = await withNode(opts, (node) => node.collections.listWithGrants());
      const shaped = list.map(({ collection, grants }) => ({ id: collection.id, title: collection.title, alias: collection.alias, grants }));
      output(opts.json, shaped, () => shaped.map((c) => `${c.id}\t${c.alias ?? '-'}\t${c.title}\t${c.grants
        .map((g) => `${g.principal}:${g.canRead ? 'r' : ''}${g.canWrite ? 'w' : ''}`).join(' ')}`));
    });
}
