import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { ResolveGuard } from './resolve-guard.js';

/** What ticket use cases need: a database handle (usually a transaction), time, and the outbox of live events. */
export interface TicketDeps {
  db: Db;
  clock: Clock;
  /** Collects live events; the caller publishes them after the transaction commits. */
  emit: (event: DomainEvent) => void;
  /** Runs inside the same transaction after a ticket changed (the SLA clocks are derived here). */
  onChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Checks that may hold a ticket open: run before it is resolved, closed or merged away. */
  resolveGuards?: readonly ResolveGuard[];
}
