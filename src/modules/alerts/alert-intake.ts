/**
 * The way in for received alerts: every sender's alerts are folded through one group commit, so a
 * storm of webhooks is written in a few transactions instead of one each (measured in
 * bench/alert-storm.ts). A sender's request is answered only after its alerts committed.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { AppError } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { GroupCommit } from '../../platform/group-commit.js';
import type { FoldEntry } from './alert-source.js';
import { foldAlerts, type FoldOutcome } from './fold-alerts.js';
import type { SuspicionRules } from './suspicion.js';

export interface AlertIntakeDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** Publishes a live event once its transaction committed. */
  publish: (event: DomainEvent) => void;
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  incidents: SuspicionRules;
  /** Alerts per transaction at most. */
  maxBatch?: number;
}

export class AlertIntake {
  private readonly group: GroupCommit<FoldEntry, FoldOutcome>;

  constructor(private readonly deps: AlertIntakeDeps) {
    this.group = new GroupCommit({
      commit: (entries) => this.commit(entries),
      maxItems: deps.maxBatch ?? 500,
      // SQLite has one writer; on PostgreSQL a few batches may run side by side (rows are locked in key order).
      concurrency: deps.dialect === 'postgres' ? 4 : 1,
      // A refusal stays a refusal; anything else (a deadlock, a ticket changed under us) may pass on a retry.
      retryable: (error) => !(error instanceof AppError),
    });
  }

  /** Folds `entries` (one sender's alerts, in order); resolves once they are committed. */
  receive(entries: FoldEntry[]): Promise<FoldOutcome[]> {
    return entries.length === 0 ? Promise.resolve([]) : this.group.submit(entries);
  }

  private async commit(entries: FoldEntry[]): Promise<FoldOutcome[]> {
    const outbox: DomainEvent[] = [];
    const { db, dialect, clock, onTicketChanged, incidents } = this.deps;
    const outcomes = await db.transaction().execute((trx) => foldAlerts({ db: trx, dialect, clock, onTicketChanged, incidents, emit: (e) => outbox.push(e) }, entries));
    for (const e of outbox) this.deps.publish(e);
    return outcomes;
  }
}
