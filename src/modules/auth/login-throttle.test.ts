import { describe, expect, it } from 'vitest';
import { accountPolicy, addressPolicy, afterSuccess, claimAttempt, delayAfter, describeWait, type ThrottleState } from './login-throttle.js';

/** Claims attempts one after another at `now`, failing each; returns the final state. */
function failTimes(n: number, now: number, policy = accountPolicy(3), from?: ThrottleState): ThrottleState | undefined {
  let state = from;
  for (let i = 0; i < n; i += 1) {
    const outcome = claimAttempt(state, now, policy);
    if (!('next' in outcome)) throw new Error(`attempt ${i + 1} was refused`);
    state = outcome.next;
  }
  return state;
}

describe('login throttle', () => {
  it('lets the allowance through, then makes each further attempt wait 1 s, 2 s, 4 s … up to 15 minutes', () => {
    const policy = accountPolicy(3);
    expect([0, 1, 2, 3, 4, 5, 6, 13, 14, 40, 5000].map((f) => delayAfter(f, policy))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 900_000, 900_000, 900_000, 900_000]);
    let now = 1_000_000;
    let state = failTimes(3, now, policy);
    expect(claimAttempt(state, now, policy)).toEqual({ waitMs: 1000 });
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const wait = claimAttempt(state, now, policy);
      if (!('waitMs' in wait)) throw new Error('expected a wait');
      waits.push(wait.waitMs);
      now += wait.waitMs;
      state = failTimes(1, now, policy, state);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 900_000, 900_000]);
  });

  it('does not lengthen the wait for attempts refused during it', () => {
    const policy = accountPolicy(2);
    const state = failTimes(2, 0, policy);
    for (let t = 0; t < 1000; t += 100) expect(claimAttempt(state, t, policy)).toEqual({ waitMs: 1000 - t });
    expect('next' in claimAttempt(state, 1000, policy)).toBe(true);
  });

  it('counts an attempt when it is let through, so parallel guesses cannot all pass before one is recorded', () => {
    const policy = accountPolicy(3);
    let state: ThrottleState | undefined;
    const passed: boolean[] = [];
    for (let i = 0; i < 10; i += 1) {
      const outcome = claimAttempt(state, 5000, policy);
      passed.push('next' in outcome);
      if ('next' in outcome) state = outcome.next;
    }
    expect(passed.filter(Boolean)).toHaveLength(3);
  });

  it('clears an account on success, and takes back only its own attempt from a shared address', () => {
    const account = failTimes(3, 0, accountPolicy(3));
    expect(afterSuccess(account, 0, accountPolicy(3))).toBeNull();
    const address = failTimes(1, 1000, addressPolicy(3), failTimes(3, 0, addressPolicy(3)));
    expect(address).toEqual({ failures: 4, updatedAt: 1000, nextAttemptAt: 3000 });
    expect(afterSuccess(address, 1000, addressPolicy(3))).toEqual({ failures: 3, updatedAt: 1000, nextAttemptAt: 2000 });
    expect(afterSuccess(failTimes(1, 0, addressPolicy(3)), 0, addressPolicy(3))).toBeNull();
  });

  it('forgets failures after a quiet period: a day for accounts, a quarter of an hour for addresses', () => {
    const account = failTimes(3, 0, accountPolicy(3));
    expect(claimAttempt(account, 23 * 3600_000, accountPolicy(3))).toMatchObject({ next: { failures: 4 } });
    expect(claimAttempt(account, 24 * 3600_000, accountPolicy(3))).toMatchObject({ next: { failures: 1, nextAttemptAt: null } });
    const address = failTimes(3, 0, addressPolicy(3));
    expect(claimAttempt(address, 15 * 60_000, addressPolicy(3))).toMatchObject({ next: { failures: 1 } });
  });

  it('tells people how long to wait in seconds, then minutes', () => {
    expect([1, 999, 1000, 1001, 60_000, 89_000, 90_000, 900_000].map(describeWait)).toEqual(['1 second', '1 second', '1 second', '2 seconds', '60 seconds', '89 seconds', '2 minutes', '15 minutes']);
  });
});
