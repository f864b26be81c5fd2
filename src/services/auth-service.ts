import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { HoggarError, badRequest } from '../errors.js';
import { isMemberCode } from '../members/registry.js';
import { nowMicros } from '../stix/timestamps.js';
import type { AuditEntry, AuditLog } from '../audit/audit-log.js';
import type { UserRow } from '../store/queries/account-queries.js';
import type { Queries, Store } from '../store/store.js';
import { onUniqueViolation } from '../store/unique-violation.js';
import { ROLES, type Principal, type RequestContext, type Role } from './context.js';
import { SignInLimiter } from './sign-in-limiter.js';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1 };
const USER_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const TOKEN_PREFIX = 'hgr_';

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A generated password: 24 characters from a URL-safe alphabet. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Password checks run at once, at most. Each is about 50 ms of scrypt on libuv's thread pool,
 * which also syncs the store's log: a flood of sign-ins with made-up names must not queue
 * ahead of the syncs every acknowledged write waits for.
 */
export const MAX_PASSWORD_CHECKS = 2;

/**
 * Users, passwords and API tokens. Tokens are random 256-bit values stored only as
 * SHA-256 hashes. Passwords use scrypt; because a sync peer may send Basic credentials
 * on every request, a successful check is remembered for a few minutes (keyed by a
 * hash of the credentials and the stored hash, so a password change voids it).
 */
export class AuthService {
  private readonly verified = new Map<string, { principal: Principal; until: number }>();
  private checking = 0;
  /** A hash no password matches, checked for names without one so that both cost the same time. */
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly limiter = new SignInLimiter(),
  ) {}

  /** Each account change is audited in its own transaction, naming who made it. */
  private change(ctx: RequestContext, entry: AuditEntry, work: (q: Queries) => Promise<unknown>): Promise<void> {
    return this.store.write(async (q) => {
      await work(q);
      await this.audit.recordChange(q, ctx, entry);
    });
  }

  async addUser(ctx: RequestContext, input: { name: string; member: string; role: Role; password?: string }): Promise<void> {
    if (!USER_NAME.test(input.name)) throw badRequest(`invalid user name "${input.name}": 1-64 letters, digits, '.', '_' or '-'`);
    if (!isMemberCode(input.member)) throw badRequest(`unknown member "${input.member}": use an ISO 3166-1 alpha-3 code such as DZA`);
    if (!ROLES.includes(input.role)) throw badRequest(`unknown role "${input.role}": use ${ROLES.join(', ')}`);
    if (input.password !== undefined && input.password.length < 8) throw badRequest('the password must have at least 8 characters');
    const exists = () => new HoggarError('conflict', `user ${input.name} already exists`);
    if (await this.store.accounts.user(input.name)) throw exists();
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    await onUniqueViolation(() => this.change(ctx, { action: 'users.add', target: input.name, detail: { member: input.member, role: input.role } }, (q) => q.accounts.insertUser({
      name: input.name, member: input.member, role: input.role, password_hash: passwordHash, created_us: Number(nowMicros()),
    })), exists);
  }

  async setPassword(ctx: RequestContext, name: string, password: string): Promise<void> {
    if (password.length < 8) throw badRequest('the password must have at least 8 characters');
    await this.requireUser(name);
    const hash = await hashPassword(password);
    await this.change(ctx, { action: 'users.passwd', target: name }, (q) => q.accounts.setPassword(name, hash));
  }

  /**
   * Disables an account, or enables it again. A disabled account can neither sign in nor use
   * its tokens, from its next request on, on every server of the store; it is kept, so its
   * name still explains the audit log and what it wrote. The last enabled admin cannot be
   * disabled: the node would be left with no one to administer it.
   */
  async setDisabled(ctx: RequestContext, name: string, disabled: boolean): Promise<{ changed: boolean }> {
    const user = await this.requireUser(name);
    if ((user.disabled_us !== null) === disabled) return { changed: false };
    await this.change(ctx, { action: disabled ? 'users.disable' : 'users.enable', target: name }, async (q) => {
      // Counted inside the write transaction: writes are serialised, so two admins disabling
      // each other at once cannot both pass.
      if (disabled && user.role === 'admin') {
        const admins = (await q.accounts.users()).filter((u) => u.role === 'admin' && u.disabled_us === null);
        if (admins.length <= 1) throw new HoggarError('conflict', `${name} is the last enabled admin; add or enable another admin first`);
      }
      await q.accounts.setDisabled(name, disabled ? Number(nowMicros()) : null);
    });
    return { changed: true };
  }

  /**
   * Creates an API token for a user; the token itself is returned once and never stored.
   * `expiresUs`: when it stops opening the node (none: it lasts until revoked).
   */
  async createToken(ctx: RequestContext, userName: string, options: { label?: string; expiresUs?: number } = {}): Promise<{ id: string; token: string }> {
    await this.requireUser(userName);
    const createdUs = Number(nowMicros());
    if (options.expiresUs !== undefined && options.expiresUs <= createdUs) throw badRequest('a token must expire in the future');
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const label = options.label ?? null;
    const expiresUs = options.expiresUs ?? null;
    const expires = expiresUs === null ? null : new Date(expiresUs / 1000).toISOString();
    await this.change(ctx, { action: 'tokens.create', target: userName, detail: { token_id: id, label, expires } }, (q) => q.accounts.insertToken({
      id, user_name: userName, token_hash: sha256(token), label, created_us: createdUs, expires_us: expiresUs,
    }));
    return { id, token };
  }

  async revokeToken(ctx: RequestContext, id: string): Promise<void> {
    const missing = () => new HoggarError('not_found', `no token with id ${id}`);
    const token = await this.store.accounts.token(id);
    if (!token) throw missing();
    // Deleted under the write lock: a token revoked twice at once is revoked (and audited) once.
    await this.change(ctx, { action: 'tokens.revoke', target: token.user_name, detail: { token_id: id } }, async (q) => {
      if (!(await q.accounts.deleteToken(id))) throw missing();
    });
  }

  private async requireUser(name: string): Promise<UserRow> {
    const user = await this.store.accounts.user(name);
    if (!user) throw new HoggarError('not_found', `user ${name} does not exist`);
    return user;
  }

  async byToken(token: string): Promise<Principal | undefined> {
    const user = await this.store.accounts.userByTokenHash(sha256(token));
    const usable = user && user.disabled_us === null && (user.token_expires_us === null || user.token_expires_us > Date.now() * 1000);
    return usable ? { name: user.name, member: user.member, role: user.role as Role } : undefined;
  }

  async byPassword(name: string, password: string): Promise<Principal | undefined> {
    // A disabled account is checked like an unknown name: the same scrypt cost, the same refusal.
    const found = await this.store.accounts.user(name);
    const user = found?.disabled_us === null ? found : undefined;
    const key = user?.password_hash ? sha256(`${name}\0${password}\0${user.password_hash}`) : undefined;
    const principal: Principal | undefined = user && { name: user.name, member: user.member, role: user.role as Role };
    // A password verified a moment ago is let in even while guessers have the name locked out.
    const cached = key ? this.verified.get(key) : undefined;
    if (principal && cached && cached.until > Date.now()) return principal;
    if (this.checking >= MAX_PASSWORD_CHECKS) {
      throw new HoggarError('unavailable', 'too many sign-ins are being checked at once; send this again in a moment, or use an API token', { retryAfterSeconds: 1 });
    }
    this.limiter.begin(name);
    this.checking++;
    let matches = false;
    try {
      matches = user?.password_hash
        ? await verifyPassword(password, user.password_hash)
        : await verifyPassword(password, await (this.decoy ??= hashPassword(randomBytes(32).toString('base64url'))));
    } finally {
      this.checking--;
      this.limiter.settle(name, matches && principal !== undefined);
    }
    if (!matches || !principal || !key) return undefined;
    if (this.verified.size > 1000) this.verified.clear();
    this.verified.set(key, { principal, until: Date.now() + 5 * 60_000 });
    return principal;
  }
}
