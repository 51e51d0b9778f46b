import type { Clock as TimeSource } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { armDeadline, cancelDeadlines, notifyEngines } from '../../platform/engine/deadlines.repository.js';
import type { CalendarCache } from './calendar-cache.js';
import { computeClocks, type Clock } from './clock.js';
import { loadCoverage } from './coverage.js';
import { firedNotices, saveClocks, slaEvents, ticketFacts } from './sla.repository.js';

export const SLA_DEADLINE_KINDS = ['sla.warning', 'sla.breached'] as const;

export interface SlaDeps {
  db: Db;
  clock: TimeSource;
  calendars: CalendarCache;
  /** On PostgreSQL, arming a deadline notifies the engines of every node. */
  dialect?: DialectName;
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
  const fired = await firedNotices(deps.db, ticketId);
  let armed = 0;
  for (const c of clocks) {
    if (c.status !== 'running') continue;
    for (const [kind, at] of [['sla.warning', c.warnAt], ['sla.breached', c.dueAt]] as const) {
      const short = kind.slice(4);
      if (at === null || fired.has(`${c.clock}:${c.cycle}:${short}`)) continue;
      await armDeadline(deps.db, { id: `${kind}:${ticketId}:${c.clock}:${c.cycle}`, kind, subjectId: ticketId, dueAt: at, payload: { clock: c.clock, cycle: c.cycle }, nowIso });
      armed += 1;
    }
  }
  if (armed > 0 && deps.dialect) await notifyEngines(deps.db, deps.dialect);
  return clocks;
}
