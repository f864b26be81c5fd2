import { Option, type Command } from 'commander';
import { badRequest } from '../../errors.js';
import { generatePassword } from '../../services/auth-service.js';
import type { Node } from '../../node/node.js';
import { ROLES, operatorContext } from '../../services/context.js';
import { memberOption, numberIn, output, readStdin, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';

const isoTime = (us: number) => new Date(us / 1000).toISOString();
const operator = (node: Node) => operatorContext(node.settings.member);

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
      await withNode(opts, (node) => node.auth.addUser(operator(node), { name, member: opts.member, role: opts.role, password }));
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
      const list = rows.map((u) => ({
        name: u.name, member: u.member, role: u.role, created: isoTime(u.created_us),
        disabled: u.disabled_us === null ? null : isoTime(u.disabled_us),
      }));
      output(opts.json, list, () => list.map((u) => `${u.name}\t${u.member}\t${u.role}\t${u.created}${u.disabled ? `\tdisabled since ${u.disabled}` : ''}`));
    });

  withStoreOptions(users.command('passwd <name>'))
    .description('set a user\'s password, read from standard input')
    .action(async (name: string, opts) => {
      const password = await passwordFromStdin();
      await withNode(opts, (node) => node.auth.setPassword(operator(node), name, password));
      process.stdout.write(`password of ${name} changed\n`);
    });

  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    withStoreOptions(users.command(`${verb} <name>`))
      .description(disabled
        ? 'disable an account: from its next request on it can neither sign in nor use its tokens (it is kept, and audited)'
        : 'enable a disabled account again, with its password and tokens')
      .action(async (name: string, opts) => {
        const { changed } = await withNode(opts, (node) => node.auth.setDisabled(operator(node), name, disabled));
        process.stdout.write(`user ${name} ${changed ? `${verb}d` : `was already ${verb}d`}\n`);
      });
  }
}

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('manage API tokens');

  withStoreOptions(tokens.command('create <user>'))
    .description('create an API token for a user (printed once)')
    .option('--label <label>', 'what the token is for')
    .addOption(new Option('--expires-in <days>', 'the token stops working after so many days (default: when revoked)').argParser(numberIn(1, 3650)))
    .option('--json', 'print the result as JSON')
    .action(async (user: string, opts) => {
      const expiresUs = opts.expiresIn === undefined ? undefined : Date.now() * 1000 + opts.expiresIn * 86_400_000_000;
      const created = await withNode(opts, (node) => node.auth.createToken(operator(node), user, { label: opts.label, ...(expiresUs ? { expiresUs } : {}) }));
      const expires = expiresUs === undefined ? null : isoTime(expiresUs);
      output(opts.json, { user, ...created, expires }, () => [`token for ${user}: ${created.token}`, `(shown only now; ${expires ? `expires ${expires}` : 'valid until revoked'})`]);
    });

  withStoreOptions(tokens.command('list <user>'))
    .description('list a user\'s tokens (ids and labels, never the tokens)')
    .option('--json', 'print the result as JSON')
    .action(async (user: string, opts) => {
      const rows = await withNode(opts, (node) => node.store.accounts.tokens(user));
      const now = Date.now() * 1000;
      const list = rows.map((t) => ({
        id: t.id, label: t.label, created: isoTime(t.created_us),
        expires: t.expires_us === null ? null : isoTime(t.expires_us), expired: t.expires_us !== null && t.expires_us <= now,
      }));
      output(opts.json, list, () => list.map((t) => `${t.id}\t${t.created}\t${t.expires ? `${t.expired ? 'expired' : 'expires'} ${t.expires}` : 'no expiry'}\t${t.label ?? ''}`));
    });

  withStoreOptions(tokens.command('revoke <id>'))
    .description('revoke a token by its id')
    .action(async (id: string, opts) => {
      await withNode(opts, (node) => node.auth.revokeToken(operator(node), id));
      process.stdout.write(`token ${id} revoked\n`);
    });
}
