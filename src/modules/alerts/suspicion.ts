/**
 * Suspected incidents, pure: many clients alerting with one signature inside a short window look
 * like one outage (a vendor, a carrier, a shared service) rather than many, and are proposed as one
 * incident. No I/O.
 */

export interface SuspicionRules {
  /** This many different clients (or more) alerting with one signature make a proposal. */
  minClients: number;
  /** …within this long of each other. */
  windowMs: number;
}

/**
 * What a new firing of `signature` does, given how many clients started firing with it within the
 * window and the proposal already open for it: nothing yet, join the open proposal (its clients
 * gain this one), propose, or replace a proposal whose window passed long ago without anyone
 * acting on it.
 */
export type Suspicion = 'none' | 'join' | 'propose' | 'replace';

export function decideSuspicion(clients: number, open: { lastAlertAt: number } | null, rules: SuspicionRules, now: number): Suspicion {
  const stale = open !== null && open.lastAlertAt < now - rules.windowMs;
  if (open && !stale) return 'join';
  if (clients < rules.minClients) return 'none';
  return stale ? 'replace' : 'propose';
}
