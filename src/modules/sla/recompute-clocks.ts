import type { Clock as TimeSource } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { armDeadlines, cancelDeadlines, type DeadlineToArm } from '../../platform/engine/deadlines.repository.js';
import type { CalendarCache } from './calendar-cache.js';
import type { Priority } from '../tickets/index.js';
import { computeClocks, type Clock } from './clock.js';
import { loadCoverage } from './coverage.js';
import { firedNotices, insertClocks, nearestDue, saveClocks, slaEvents, ticketFacts } from './sla.repository.js';

export const SLA_DEADLINE_KINDS = ['sla.warning', 'sla.breached'] as const;

export interface SlaDeps {
  db: Db;
  clock: TimeSource;
  calendars: CalendarCache;
  /** On PostgreSQL, arming a deadline notifies the engines of every node. */
  dialect?: DialectName;
}

/** The warning and breach deadlines of a ticket's running clocks, leaving out notices that already fired. */
function deadlinesOf(ticketId: string, clocks: Clock[], fired: Set<string>): DeadlineToArm[] {
  const out: DeadlineToArm[] = [];
  for (const c of clocks) {
    if (c.status !== 'running') continue;
    for (const [kind, at] of [['sla.warning', c.warnAt], ['sla.breached', c.dueAt]] as const) {
      if (at === null || fired.has(`${c.clock}:${c.cycle}:${kind.slice(4)}`)) continue;
      out.push({ id: `${kind}:${ticketId}:${c.clock}:${c.cycle}`, kind, subjectId: ticketId, dueAt: at, payload: { clock: c.clock, cycle: c.cycle } });
    }
  }
  return out;
}

/**
 * Derives a ticket's clocks from its event log, stores them (and the ticket's nearest due time),
 * and arms the warning and breach deadlines that have not fired yet. Runs inside the transaction
 * of the change that caused it, so clocks and history never disagree.
 */
export async function recomputeClocks(deps: SlaDeps, ticketId: string): Promise<Clock[]> {
  const ticket = await ticketFacts(deps.db, ticketId);
  if (!ticket) return [];
  const nowIso = deps.clock.iso();
  const coverage = await loadCoverage(deps.db, deps.calendars, ticket.organizationId, ticket.siteId, ticket.createdAt);
  const clocks = coverage ? computeClocks(await slaEvents(deps.db, ticketId), coverage.policy, coverage.calendarFor) : [];
  await saveClocks(deps.db, ticket, clocks, nowIso);
  await cancelDeadlines(deps.db, ticketId, [...SLA_DEADLINE_KINDS], nowIso);
  await armDeadlines(deps.db, deps.dialect, deadlinesOf(ticketId, clocks, await firedNotices(deps.db, ticketId)), nowIso);
  return clocks;
}

/** A ticket about to be created, as its clocks see it. */
export interface NewTicketClocks {
  id: string;
  organizationId: string;
  siteId: string | null;
  priority: Priority;
  status: string;
  /** Epoch milliseconds of its creation. */
  createdAt: number;
  /** Staff logged it from a phone call: the first response happened on the call. */
  respondedAtCreation: boolean;
}

/** A new ticket's clocks, worked out before its row is written; `apply` stores them once it is. */
export interface NewClocksPlan {
  clocks: Clock[];
  /** The nearest due time, for the ticket row. */
  slaDueAt: string | null;
  apply(db: Db): Promise<void>;
}

/**
 * The clocks of a ticket that is being created: the same clocks `recomputeClocks` derives from a
 * history holding only the ticket's creation, without reading that history back. A new ticket has
 * no clocks, deadlines or fired notices yet, so `apply` only inserts (two statements); its row
 * carries `slaDueAt` from the start instead of being updated after.
 */
export async function planNewTicketClocks(deps: SlaDeps, ticket: NewTicketClocks): Promise<NewClocksPlan> {
  const nowIso = deps.clock.iso();
  // As recomputeClocks: the contract must cover a ticket opened now (its term), not merely be active.
  const coverage = await loadCoverage(deps.db, deps.calendars, ticket.organizationId, ticket.siteId, new Date(ticket.createdAt).toISOString());
  const created = { at: ticket.createdAt, kind: 'created', priority: ticket.priority, status: ticket.status, respondedAtCreation: ticket.respondedAtCreation } as const;
  const clocks = coverage ? computeClocks([created], coverage.policy, coverage.calendarFor) : [];
  return {
    clocks,
    slaDueAt: nearestDue(clocks),
    async apply(db) {
      await insertClocks(db, ticket, clocks, nowIso);
      await armDeadlines(db, deps.dialect, deadlinesOf(ticket.id, clocks, new Set()), nowIso);
    },
  };
}
