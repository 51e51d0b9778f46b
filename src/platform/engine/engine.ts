/**
 * The deadline engine. Every deadline is a database row; this keeps a small in-memory list of what
 * falls due soon, sleeps until the earliest, is woken early by writes (in-process events, and
 * PostgreSQL NOTIFY from other nodes), and polls as a safety net. Each claimed deadline is handled
 * in one transaction that also marks it done, checked by version: handled once, whatever crashes.
 */
import { Gauge, Histogram, type Registry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import type { DialectName } from '../db/dialect.js';
import type { Logger } from '../logger.js';
import { WakeLoop } from '../wake-loop.js';
import { backlog, claimDue, completeDeadline, retryDeadline, upcoming, type Deadline } from './deadlines.repository.js';

/** `after` runs once the handling (or the retry it asked for) has committed: publishing live events. */
/**
 * What a handler did: finished with an outcome, or wants the same deadline again at `retryAt` —
 * with a new `payload` when what it carries has moved (a deferred ladder's round start).
 */
export type HandlerResult = { outcome: string; after?: () => void } | { retryAt: number; payload?: Record<string, unknown>; after?: () => void };

/** Handles one kind of deadline: load → decide(now) → apply, inside the given transaction. */
export interface DeadlineHandler {
  kind: string;
  handle(trx: Db, deadline: Deadline, now: number): Promise<HandlerResult>;
}

export interface EngineOptions {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  handlers: DeadlineHandler[];
  nodeId: string;
  /** How long a claim is exclusive; a node that dies mid-handling loses it after this. */
  leaseMs?: number;
  /** Safety-net poll interval. */
  pollMs?: number;
  batchSize?: number;
  /** Deadlines handled at once per claimed batch on PostgreSQL (SQLite has one connection: 1). */
  concurrency?: number;
  registry?: Registry;
}

export class Engine {
  private readonly loop: WakeLoop;
  private lastCycleAt: number | undefined;
  private readonly handlers: Map<string, DeadlineHandler>;
  private readonly lag: Histogram | undefined;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly concurrency: number;

  constructor(private readonly o: EngineOptions) {
    this.handlers = new Map(o.handlers.map((h) => [h.kind, h]));
    this.leaseMs = o.leaseMs ?? 30_000;
    this.pollMs = o.pollMs ?? 1_000;
    this.batch = o.batchSize ?? 200;
    this.loop = new WakeLoop({ name: 'engine', logger: o.logger, cycle: () => this.runOnce(), sleepMs: () => this.sleepMs() });
    this.concurrency = o.dialect === 'postgres' ? Math.max(1, o.concurrency ?? 4) : 1;
    if (o.registry) {
      this.lag = new Histogram({ name: 'switchboard_engine_lag_seconds', help: 'From a deadline falling due to its handling committing.', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30], registers: [o.registry] });
      const engine = this;
      new Gauge({ name: 'switchboard_engine_last_cycle_age_seconds', help: 'Seconds since the engine last finished a cycle.', registers: [o.registry], collect() { this.set(engine.health().lastCycleAgeMs / 1000); } });
      new Gauge({ name: 'switchboard_engine_backlog', help: 'Deadlines past due and not yet handled.', registers: [o.registry], async collect() { this.set(await backlog(o.db, o.clock.iso())); } });
    }
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * A write set or moved a deadline: look again now rather than at the next poll — unless it falls
   * due (`dueAt`, when the waker knows it) after the next poll, which will find it in time.
   */
  wake(dueAt?: number): void {
    if (dueAt !== undefined && dueAt >= this.o.clock.now() + this.pollMs) return;
    this.loop.wake();
  }

  /** Resolves once no cycle runs and the next sleep is set. */
  settled(): Promise<void> {
    return this.loop.settled();
  }

  health(): { lastCycleAt: string | null; lastCycleAgeMs: number } {
    const age = this.lastCycleAt === undefined ? Number.POSITIVE_INFINITY : Math.max(0, this.o.clock.now() - this.lastCycleAt);
    return { lastCycleAt: this.lastCycleAt === undefined ? null : new Date(this.lastCycleAt).toISOString(), lastCycleAgeMs: age };
  }

  /** Handles everything due now; returns how many deadlines were handled. Tests call it directly. */
  async runOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.o.clock.now();
      const claimed = await claimDue(this.o.db, this.o.dialect, this.o.nodeId, new Date(now).toISOString(), new Date(now + this.leaseMs).toISOString(), this.batch);
      // One subject's deadlines stay in due order on one worker; subjects go, earliest due first,
      // to whichever worker is free. Each deadline is still its own transaction.
      const bySubject = new Map<string, Deadline[]>();
      for (const d of claimed) bySubject.set(d.subjectId, [...(bySubject.get(d.subjectId) ?? []), d]);
      const queue = [...bySubject.values()];
      let next = 0;
      const worker = async () => {
        while (next < queue.length) {
          for (const deadline of queue[next++]) if (await this.handle(deadline)) handled += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
      if (claimed.length < this.batch) break;
    }
    this.lastCycleAt = this.o.clock.now();
    return handled;
  }

  private async handle(deadline: Deadline): Promise<boolean> {
    const handler = this.handlers.get(deadline.kind);
    const now = this.o.clock.now();
    try {
      let after: (() => void) | undefined;
      const done = await this.o.db.transaction().execute(async (trx) => {
        if (!handler) return completeDeadline(trx, deadline, 'no_handler', new Date(now).toISOString());
        const result = await handler.handle(trx, deadline, now);
        if ('retryAt' in result) {
          await retryDeadline(trx, deadline, result.retryAt, result.payload);
          after = result.after;
          return false;
        }
        // Re-armed by a write since we claimed it: roll back; the new version will be handled.
        if (!(await completeDeadline(trx, deadline, result.outcome, new Date(now).toISOString()))) throw new StaleClaim();
        after = result.after;
        return true;
      });
      if (done) this.lag?.observe(Math.max(0, this.o.clock.now() - deadline.dueAt) / 1000);
      after?.();
      return done;
    } catch (error) {
      if (error instanceof StaleClaim) return false;
      this.o.logger.error({ err: error, deadline: deadline.id }, 'deadline handling failed; retrying with backoff');
      const backoff = Math.min(300_000, 1_000 * 2 ** Math.min(deadline.attempts, 8));
      await retryDeadline(this.o.db, deadline, now + backoff).catch(() => undefined);
      return false;
    }
  }

  /** After a cycle: sleep until the next deadline falls due, at most one poll. */
  private async sleepMs(): Promise<number> {
    const now = this.o.clock.now();
    const soon = await upcoming(this.o.db, new Date(now + this.pollMs).toISOString(), 1).catch(() => [] as number[]);
    return soon.length ? Math.min(this.pollMs, soon[0] - now) : this.pollMs;
  }
}

class StaleClaim extends Error {}
