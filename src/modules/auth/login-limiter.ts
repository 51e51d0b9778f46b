/**
 * The failed-login limiter of every node: the rules of `login-throttle.ts` applied to an account
 * and to a client address, with their state in the database (shared by all nodes).
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { accountPolicy, addressPolicy, afterSuccess, claimAttempt, type ThrottlePolicy, type ThrottleState } from './login-throttle.js';
import { sweepThrottles, updateThrottles } from './login-throttle.repository.js';

const SWEEP_EVERY_MS = 10 * 60_000;

export class LoginLimiter {
  private readonly account: ThrottlePolicy;
  private readonly address: ThrottlePolicy;
  private lastSweep = 0;

  constructor(
    private readonly deps: { db: Db; dialect: DialectName; clock: Clock },
    freeFailures: number,
  ) {
    this.account = accountPolicy(freeFailures);
    this.address = addressPolicy(freeFailures);
  }

  private keys(email: string, ip: string): [string, ThrottlePolicy][] {
    return [
      [`account:${email}`, this.account],
      [`ip:${ip}`, this.address],
    ];
  }

  /**
   * Lets a login attempt through (counted as a failure until `succeeded`), or answers how many
   * milliseconds the account or address must still wait.
   */
  async claim(email: string, ip: string): Promise<number> {
    const now = this.deps.clock.now();
    await this.sweep(now);
    const keys = this.keys(email, ip);
    return updateThrottles(this.deps.db, this.deps.dialect, keys.map(([k]) => k), now, (states) => {
      const outcomes = keys.map(([key, policy]) => [key, claimAttempt(states.get(key), now, policy)] as const);
      const waitMs = Math.max(0, ...outcomes.map(([, o]) => ('waitMs' in o ? o.waitMs : 0)));
      // Refused: nothing is counted, so waiting it out is always enough.
      const writes = new Map<string, ThrottleState | null | undefined>(waitMs > 0 ? [] : outcomes.map(([key, o]) => [key, 'next' in o ? o.next : undefined]));
      return { result: waitMs, writes };
    });
  }

  /** The attempt claimed for this account and address logged in. */
  async succeeded(email: string, ip: string): Promise<void> {
    const now = this.deps.clock.now();
    const keys = this.keys(email, ip);
    await updateThrottles(this.deps.db, this.deps.dialect, keys.map(([k]) => k), now, (states) => ({
      result: undefined,
      writes: new Map(keys.map(([key, policy]) => [key, afterSuccess(states.get(key), now, policy)])),
    }));
  }

  /** Made-up accounts leave rows behind; they go once they have been quiet for longer than any key remembers. */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await sweepThrottles(this.deps.db, now - Math.max(this.account.forgetAfterMs, this.address.forgetAfterMs), now);
  }
}
