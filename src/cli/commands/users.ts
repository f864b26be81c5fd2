import { Option, type Command } from 'commander';
import { badRequest } from '../../errors.js';
import { generatePassword } from '../../services/auth-service.js';
import { ROLES } from '../../services/context.js';
import { memberOption, output, readStdin, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';

async function passwordFromStdin(): Promise<string> {
  const password = (await readStdin()).toString('utf8').replace(/\r?\n$/, '');
  if (!password) throw badRequest('no password on standard input');
  return password;
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage the users of this node');

  withStoreOptions(users.command('add <name>'))
    .description('add a user; prints a generated password unless --password-stdin is given')
    .addOption(memberOption().makeOptionMandatory())
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).default('analyst'))
    .option('--password-stdin', 'read the password from standard input')
    .option('--json', 'print the result as JSON')
    .action(async (name: string, opts) => {
      const password = opts.passwordStdin ? await passwordFromStdin() : generatePassword();
      await withNode(opts, (node) => node.auth.addUser({ name, member: opts.member, role: opts.role, password }));
      const result = { name, member: opts.member, role: opts.role, ...(opts.passwordStdin ? {} : { password }) };
      output(opts.json, result, () => [
        `user ${name} (${opts.member}, ${opts.role}) added`,
        ...(opts.passwordStdin ? [] : [`password: ${password}  (shown only now)`]),
      ]);
    });

  withStoreOptions(users.command('list'))
    .description('list the users')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const rows = await withNode(opts, (node) => node.store.accounts.users());
      const list = rows.map((u) => ({ name: u.name, member: u.member, role: u.role, created: new Date(u.created_us / 1000).toISOString() }));
      output(opts.json, list, () => list.map((u) => `${u.name}\t${u.member}\t${u.role}\t${u.created}`));
    });

  withStoreOptions(users.command('passwd <name>'))
    .description('set a user\'s password, read from standard input')
    .action(async (name: string, opts) => {
      const password = await passwordFromStdin();
      await withNode(opts, (node) => node.auth.setPassword(name, password));
      process.stdout.write(`password of ${name} changed\n`);
    });
}

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('manage API tokens');

  withStoreOptions(tokens.command('create <user>'))
    .description('create an API token for a user (printed once)')
    .option('--label <label>', 'what the token is for')
    .option('--json', 'print the result as JSON')
    .action(async (user: string, opts) => {
      const created = await withNode(opts, (node) => node.auth.createToken(user, opts.label));
      output(opts.json, { user, ...created }, () => [`token for ${user}: ${created.token}`, '(shown only now)']);
    });

  withStoreOptions(tokens.command('list <user>'))
    .description('list a user\'s tokens (ids and labels, never the tokens)')
    .option('--json', 'print the result as JSON')
    .action(async (user: string, opts) => {
      const rows = await withNode(opts, (node) => node.store.accounts.tokens(user));
      const list = rows.map((t) => ({ id: t.id, label: t.label, created: new Date(t.created_us / 1000).toISOString() }));
      output(opts.json, list, () => list.map((t) => `${t.id}\t${t.created}\t${t.label ?? ''}`));
    });

  withStoreOptions(tokens.command('revoke <id>'))
    .description('revoke a token by its id')
    .action(async (id: string, opts) => {
      const removed = await withNode(opts, (node) => node.store.write((q) => q.accounts.deleteToken(id)));
      if (!removed) throw badRequest(`no token with id ${id}`);
      process.stdout.write(`token ${id} revoked\n`);
    });
}
