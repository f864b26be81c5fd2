import { describe, expect, it } from 'vitest';
import { HoggarError } from '../errors.js';
import { SignInLimiter } from './sign-in-limiter.js';

describe('SignInLimiter', () => {
  const limits = { maxFailures: 3, windowMs: 60_000, maxNames: 2 };

  it('locks a name out after its failures within the window, and says for how long', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) { limiter.check('amina'); limiter.failed('amina'); now += 1000; }
    const locked = (() => { try { limiter.check('amina'); } catch (error) { return error; } })();
    expect(locked).toBeInstanceOf(HoggarError);
    expect(locked).toMatchObject({ code: 'rate_limited', message: 'too many failed sign-ins for amina: try again in 57 s, or use an API token', details: { retryAfterSeconds: 57 } });
    limiter.check('omar');
    now += 57_000;
    expect(() => limiter.check('amina')).not.toThrow();
  });

  it('forgets a name once it signs in', () => {
    const limiter = new SignInLimiter(limits, () => 0);
    limiter.failed('amina');
    limiter.failed('amina');
    limiter.succeeded('amina');
    limiter.failed('amina');
    limiter.failed('amina');
    expect(() => limiter.check('amina')).not.toThrow();
  });

  it('tracks at most maxNames names, forgetting the one whose last failure is oldest', () => {
    const limiter = new SignInLimiter(limits, () => 0);
    for (const name of ['a', 'b', 'a', 'c']) limiter.failed(name);
    limiter.failed('a');
    // 'b' was forgotten when 'c' came; 'a' kept its three failures.
    expect(() => limiter.check('a')).toThrow(/too many failed sign-ins for a/);
    for (let i = 0; i < 2; i++) limiter.failed('b');
    expect(() => limiter.check('b')).not.toThrow();
  });
});
