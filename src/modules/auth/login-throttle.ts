/**
 * Failed-login throttling, as pure rules. Each key (an account, a client address) may fail a few
 * times freely; after that every further attempt must wait a delay that doubles with each failure,
 * up to a cap. Nobody can lock an account for good: once the wait has passed, the right password
 * logs in (and clears the account's count), whoever has been guessing meanwhile.
 *
 * An attempt is counted as a failure when it is let through — before its password is checked — so
 * a burst of parallel guesses cannot all pass before the first of them is recorded. A successful
 * login then clears the account, and takes back its own count from the address.
 */

export interface ThrottlePolicy {
  /** Failed attempts allowed before each further attempt must wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key that has not failed for this long starts again from zero. */
  forgetAfterMs: number;
  /** Whether a successful login clears the key (an account), or only takes back its own attempt (an address, shared by many people). */
  clearOnSuccess: boolean;
}

export interface ThrottleState {
  failures: number;
  /** When `failures` last changed, epoch ms. */
  updatedAt: number;
  /** No attempt is checked before this instant, epoch ms; null when the key may try now. */
  nextAttemptAt: number | null;
}

const MINUTE = 60_000;

/** Accounts: failures are kept for a day, so a patient guesser does not get a fresh allowance each hour. */
export function accountPolicy(freeFailures: number): ThrottlePolicy {
  return { freeFailures, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE, clearOnSuccess: true };
}

/** Client addresses: many people may share one (an office behind NAT), so failures are forgotten after a quiet quarter of an hour. */
export function addressPolicy(freeFailures: number): ThrottlePolicy {
  return { freeFailures, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE, clearOnSuccess: false };
}

/** How long a key must wait after this many failures: nothing up to the allowance, then doubling to the cap. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^doublings overflows to Infinity long after the cap is reached; min() keeps the cap.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(doublings, 40));
}

/** Milliseconds until the key may try again (0: now). */
export function waitFor(state: ThrottleState | undefined, now: number): number {
  return state?.nextAttemptAt != null && state.nextAttemptAt > now ? state.nextAttemptAt - now : 0;
}

function current(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState {
  if (!state || (waitFor(state, now) === 0 && state.updatedAt <= now - policy.forgetAfterMs)) return { failures: 0, updatedAt: now, nextAttemptAt: null };
  return state;
}

/**
 * Lets an attempt through, counting it as a failure until it succeeds, or refuses it with the
 * time left to wait. A refused attempt changes nothing, so hammering does not lengthen the wait.
 */
export function claimAttempt(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): { waitMs: number } | { next: ThrottleState } {
  const from = current(state, now, policy);
  const waitMs = waitFor(from, now);
  if (waitMs > 0) return { waitMs };
  const failures = from.failures + 1;
  const delay = delayAfter(failures, policy);
  return { next: { failures, updatedAt: now, nextAttemptAt: delay > 0 ? now + delay : null } };
}

/** The key after a claimed attempt turned out to be a successful login; null deletes it. */
export function afterSuccess(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState | null {
  if (policy.clearOnSuccess || !state) return null;
  const failures = Math.max(0, state.failures - 1);
  if (failures === 0) return null;
  const delay = delayAfter(failures, policy);
  return { failures, updatedAt: state.updatedAt, nextAttemptAt: delay > 0 ? Math.min(state.nextAttemptAt ?? now + delay, now + delay) : null };
}

/** A wait for people: "12 seconds", "4 minutes". */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
