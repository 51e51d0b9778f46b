import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';

/** What the backups writes use: a transaction, time, and — for the tickets a backup opens — the dialect, the ticket-change hook and the outbox of live events. */
export interface BackupDeps {
  db: Db;
  clock: Clock;
  dialect: DialectName;
  /** A new or moved ticket's SLA clocks and ladders, as after any ticket change. */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Collects live events; published after commit. */
  emit: (event: DomainEvent) => void;
}
