import { describe, expect, it } from 'vitest';
import { HoggarError } from '../errors.js';
import { SignInLimiter } from './sign-in-limiter.js';

const limits = { maxFailures: 3, windowMs: 60_000, maxNames: 2 };

/** One sign-in that fails: begun, then settled as a failure. */
const fail = (limiter: SignInLimiter, name: string) => { limiter.begin(name); limiter.settle(name, false); };

const refusal = (limiter: SignInLimiter, name: string) => {
  try {
    limiter.begin(name);
    limiter.settle(name, false);
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('SignInLimiter', () => {
  it('locks a name out after its failures within the window, and says for how long', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) { fail(limiter, 'amina'); now += 1000; }
    const locked = refusal(limiter, 'amina');
    expect(locked).toBeInstanceOf(HoggarError);
    expect(locked).toMatchObject({ code: 'rate_limited', message: 'too many failed sign-ins for amina: try again in 57 s, or use an API token', details: { retryAfterSeconds: 57 } });
    expect(refusal(limiter, 'omar')).toBeUndefined();
    now += 57_000;
    expect(refusal(limiter, 'amina')).toBeUndefined();
  });

  it('counts checks still under way, so parallel guesses cannot pass the limit', () => {
    const limiter = new SignInLimiter(limits, () => 0);
    for (let i = 0; i < 3; i++) limiter.begin('amina');
    expect(() => limiter.begin('amina')).toThrow(/try again in 1 s/);
    limiter.settle('amina', false);
    limiter.settle('amina', false);
    limiter.settle('amina', false);
    expect(() => limiter.begin('amina')).toThrow(/try again in 60 s/);
  });

  it('reports each lockout once, when the name becomes locked', () => {
    const locked: string[] = [];
    const limiter = new SignInLimiter(limits, () => 0, (name) => locked.push(name));
    for (let i = 0; i < 3; i++) fail(limiter, 'amina');
    expect(refusal(limiter, 'amina')).toBeInstanceOf(HoggarError);
    fail(limiter, 'omar');
    expect(locked).toEqual(['amina']);
  });

  it('forgets a name once it signs in', () => {
    const limiter = new SignInLimiter(limits, () => 0);
    fail(limiter, 'amina');
    fail(limiter, 'amina');
    limiter.begin('amina');
    limiter.settle('amina', true);
    fail(limiter, 'amina');
    fail(limiter, 'amina');
    expect(refusal(limiter, 'amina')).toBeUndefined();
  });

  it('tracks at most maxNames names, forgetting the one whose last failure is oldest', () => {
    const limiter = new SignInLimiter(limits, () => 0);
    for (const name of ['a', 'b', 'a', 'c', 'a']) fail(limiter, name);
    // 'b' was forgotten when 'c' came; 'a' kept its three failures.
    expect(refusal(limiter, 'a')).toBeInstanceOf(HoggarError);
    fail(limiter, 'b');
    expect(refusal(limiter, 'b')).toBeUndefined();
  });
});
