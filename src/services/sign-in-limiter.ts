import { HoggarError } from '../errors.js';

export interface SignInLimits {
  /** Failed password checks allowed per user name within `windowMs`. */
  readonly maxFailures: number;
  readonly windowMs: number;
  /** How many user names are tracked at most; the oldest are forgotten first. */
  readonly maxNames: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { maxFailures: 10, windowMs: 15 * 60_000, maxNames: 10_000 };

/**
 * Slows password guessing: after `maxFailures` failed checks of one user name within the
 * window, that name is refused without checking until its oldest failure leaves the window.
 * Names that do not exist are counted alike, so the limiter does not tell them apart. API
 * tokens are not affected: a peer node syncing with a token keeps working while someone
 * guesses at a person's password.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();
  /** Checks under way per name: counted too, so a burst of parallel guesses cannot pass the limit. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    private readonly now: () => number = Date.now,
    /** Called once each time a name becomes locked out (the node audits it). */
    private readonly lockedOut: (name: string, limits: SignInLimits) => void = () => undefined,
  ) {}

  /** Throws while `name` is locked out; otherwise counts a check of it as under way until `settle`. */
  begin(name: string): void {
    const recent = this.recent(name);
    const underWay = this.inFlight.get(name) ?? 0;
    if (recent.length + underWay < this.limits.maxFailures) {
      this.inFlight.set(name, underWay + 1);
      return;
    }
    // Locked by checks still under way only: they settle within a second or so.
    const seconds = recent[0] === undefined ? 1 : Math.ceil((recent[0] + this.limits.windowMs - this.now()) / 1000);
    throw new HoggarError('rate_limited', `too many failed sign-ins for ${name}: try again in ${seconds} s, or use an API token`, { retryAfterSeconds: seconds });
  }

  /** Ends a check `begin` let through: a success forgets the name's failures, a failure counts. */
  settle(name: string, succeeded: boolean): void {
    const underWay = (this.inFlight.get(name) ?? 1) - 1;
    if (underWay > 0) this.inFlight.set(name, underWay);
    else this.inFlight.delete(name);
    if (succeeded) this.failures.delete(name);
    else this.failed(name);
  }

  private failed(name: string): void {
    const recent = this.recent(name);
    recent.push(this.now());
    // Re-inserted, so the map's order is that of the latest failure and the oldest go first.
    this.failures.delete(name);
    this.failures.set(name, recent);
    if (recent.length === this.limits.maxFailures) this.lockedOut(name, this.limits);
    for (const oldest of this.failures.keys()) {
      if (this.failures.size <= this.limits.maxNames) break;
      this.failures.delete(oldest);
    }
  }

  private recent(name: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(name) ?? []).filter((at) => at > since);
  }
}
