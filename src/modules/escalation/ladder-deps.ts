import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { CompiledCalendar } from '../calendars/index.js';

/** What ladders need: a database handle (usually a transaction), time, and the ticket's covering calendar. */
export interface LadderDeps {
  db: Db;
  clock: Clock;
  dialect?: DialectName;
  /** Prefix of human ticket numbers (config ticketPrefix), for page subjects. */
  ticketPrefix: string;
  /** The calendar covering a ticket now (by its client's contract and priority); null when none. */
  coveringCalendar: (db: Db, ticket: { organizationId: string; siteId: string | null; priority: string }) => Promise<{ calendar: CompiledCalendar; alwaysOpen: boolean } | null>;
  /** Who is on call on a schedule at an instant (the on-call module). */
  onCall?: (db: Db, scheduleId: string, atMs: number) => Promise<{ userId: string; name: string }[]>;
  /** Whether an on-call schedule exists (the on-call module), to check a policy's targets when it is saved. */
  scheduleExists?: (db: Db, scheduleId: string) => Promise<boolean>;
  /** A schedule's name (the on-call module), so "why paged" names it rather than its id. */
  scheduleName?: (db: Db, scheduleId: string) => Promise<string | undefined>;
  /** Called after a step's notifications committed (wakes the delivery worker). */
  onQueued?: () => void;
  /** Publishes live events on the event bus; called only after the transaction that made them committed. */
  publish?: (event: DomainEvent) => void;
  /**
   * Collects the live events of ladder changes made in this transaction (`withLadders` sets it);
   * without it, ladder code emits none — the ticket's own event tells readers it changed.
   */
  emit?: (event: DomainEvent) => void;
}

export const STEP_KIND = 'escalation.step';
