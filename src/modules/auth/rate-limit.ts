/**
 * Failed-login limiter: a sliding window of failures per key (an account, a client address).
 * Kept in memory per node; with several nodes each enforces the limit on its own share of traffic.
 * Keys that stop failing are swept once their window has passed, and the number of keys is capped,
 * so a spray of made-up accounts cannot grow the node's memory without bound.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return recent[0] + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    this.sweep(now);
    const recent = this.recent(key, now);
    recent.push(now);
    // Map order is insertion order: at the cap, the key that failed longest ago goes first.
    this.failures.delete(key);
    if (this.failures.size >= this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, recent);
  }

  /** How many keys are held (for tests and metrics). */
  get size(): number {
    return this.failures.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.failures) {
      if (times[times.length - 1] <= now - this.windowMs) this.failures.delete(key);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
