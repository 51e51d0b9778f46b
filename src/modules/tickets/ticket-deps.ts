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

/** A ticket about to be written, as what follows a new ticket (SLA clocks, escalation ladders) needs to know it. */
export interface NewTicketFacts {
  id: string;
  organizationId: string;
  siteId: string | null;
  priority: string;
  status: string;
  channel: string;
  businessCritical: boolean;
  createdAt: string;
  /** Whether staff opened it (a phone ticket logged by staff has had its first response). */
  byStaff: boolean;
}

/** What follows a new ticket, worked out before its row is written (`slaDueAt` goes into the row); `apply` writes it after. */
export interface NewTicketFollowUp<Handle = Db> {
  slaDueAt: string | null;
  apply(db: Handle): Promise<void>;
}

/**
 * For a new ticket, in the creating transaction: the equivalent of `onChanged` for a ticket with no
 * history yet, split so that reading and deciding happen before the ticket's row is written and
 * the writes after — the row then carries its SLA due time from the start.
 */
export type OnTicketCreating = (db: Db, ticket: NewTicketFacts) => Promise<NewTicketFollowUp>;
