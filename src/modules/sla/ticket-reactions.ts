/**
 * The SLA module's part in a ticket's life: a changed ticket's clocks are derived again from its
 * history; a new ticket's clocks are planned before its row is written, so the row carries its SLA
 * due time from the start, and stored after.
 */
import type { Clock as TimeSource } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { CompiledCalendar } from '../calendars/index.js';
import { isPriority, type TicketReactions } from '../tickets/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { loadCoverage } from './coverage.js';
import { planNewTicketClocks, recomputeClocks, type SlaDeps } from './recompute-clocks.js';

const WEEK_MINUTES = 7 * 1440;

/** Registers the SLA clocks' reactions to changed and new tickets. */
export function registerTicketReactions(reactions: TicketReactions, deps: Omit<SlaDeps, 'db'>): void {
  reactions.onChanged((db, ticketId) => recomputeClocks({ ...deps, db }, ticketId));
  reactions.onCreating(async (db, ticket) => {
    // Priorities are checked where tickets are written; a priority without targets has no clocks.
    if (!isPriority(ticket.priority)) return {};
    const plan = await planNewTicketClocks(
      { ...deps, db },
      { ...ticket, priority: ticket.priority, createdAt: Date.parse(ticket.createdAt), respondedAtCreation: ticket.channel === 'phone' && ticket.byStaff },
    );
    return { slaDueAt: plan.slaDueAt, apply: (trx) => plan.apply(trx) };
  });
}

/**
 * The calendar covering a ticket now (its client's contract, site and priority), as escalation
 * ladders ask for it to count their delays in business time; null when none covers it.
 */
export function coveringCalendarNow(deps: { clock: TimeSource; calendars: CalendarCache }) {
  return async (db: Db, ticket: { organizationId: string; siteId: string | null; priority: string }): Promise<{ calendar: CompiledCalendar; alwaysOpen: boolean } | null> => {
    if (!isPriority(ticket.priority)) return null;
    const covering = (await loadCoverage(db, deps.calendars, ticket.organizationId, ticket.siteId))?.calendarFor(ticket.priority);
    if (!covering) return null;
    const now = deps.clock.now();
    // Open every minute of the coming week: ladders count wall-clock time on it.
    return { calendar: covering.calendar, alwaysOpen: covering.calendar.businessMinutesBetween(now, now + WEEK_MINUTES * 60_000) >= WEEK_MINUTES };
  };
}
