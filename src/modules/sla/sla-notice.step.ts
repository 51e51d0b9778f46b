/**
 * Engine step for `sla.warning` and `sla.breached`: load the ticket's clocks as they are now,
 * decide whether the notice is due, and apply it — a ticket event, recorded exactly once.
 */
import type { Db } from '../../platform/db/connect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import { insertTicketEvent } from '../tickets/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { computeClocks, type Clock, type ClockName } from './clock.js';
import { loadCoverage } from './coverage.js';
import { explainClock } from './explain.js';
import { recordNotice, slaEvents, ticketFacts } from './sla.repository.js';

export type NoticeKind = 'warning' | 'breached';

export type Decision = { action: 'fire' } | { action: 'reschedule'; at: number } | { action: 'drop'; reason: string };

/** Pure: whether a notice of `kind` for this clock cycle should fire at `now`. */
export function decideNotice(clock: Clock | undefined, cycle: number, kind: NoticeKind, now: number): Decision {
  if (!clock || clock.cycle !== cycle) return { action: 'drop', reason: 'clock_gone' };
  if (clock.status !== 'running') return { action: 'drop', reason: `clock_${clock.status}` };
  const at = kind === 'warning' ? clock.warnAt : clock.dueAt;
  if (at === null) return { action: 'drop', reason: 'no_due_time' };
  if (at > now) return { action: 'reschedule', at };
  return { action: 'fire' };
}

export function slaNoticeHandlers(deps: {
  calendars: CalendarCache;
  nodeId: string;
  publish: (e: DomainEvent) => void;
  /** Runs in the same transaction when a notice fires (escalation ladders triggered by SLA). */
  onNotice?: (trx: Db, ticketId: string, kind: 'sla.warning' | 'sla.breached') => Promise<void>;
}): DeadlineHandler[] {
  const make = (kind: NoticeKind): DeadlineHandler => ({
    kind: `sla.${kind}`,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const ticket = await ticketFacts(trx, deadline.subjectId);
      if (!ticket) return { outcome: 'ticket_gone' };
      const coverage = await loadCoverage(trx, deps.calendars, ticket.organizationId, ticket.siteId, ticket.createdAt);
      if (!coverage) return { outcome: 'no_coverage' };
      const clocks = computeClocks(await slaEvents(trx, ticket.id), coverage.policy, coverage.calendarFor);
      const name = deadline.payload.clock as ClockName;
      const cycle = Number(deadline.payload.cycle);
      const clock = clocks.find((c) => c.clock === name && c.cycle === cycle);
      const decision = decideNotice(clock, cycle, kind, now);
      if (decision.action === 'reschedule') return { retryAt: decision.at };
      if (decision.action === 'drop') return { outcome: decision.reason };
      const at = new Date(now).toISOString();
      if (!(await recordNotice(trx, { ticketId: ticket.id, clock: name, cycle, kind, at, node: deps.nodeId }))) return { outcome: 'already_fired' };
      const explanation = explainClock(clock!, coverage.zoneFor(clock!.priority), now);
      const data = { clock: name, cycle, dueAt: clock!.dueAt === null ? null : new Date(clock!.dueAt).toISOString(), explanation };
      await insertTicketEvent(trx, { ticketId: ticket.id, actorUserId: null, type: `sla.${kind}`, field: name, before: null, after: data, internal: false, at });
      await deps.onNotice?.(trx, ticket.id, `sla.${kind}`);
      const event: DomainEvent = { type: `sla.${kind}`, ticketId: ticket.id, organizationId: ticket.organizationId, contactId: null, internal: true, at, data };
      return { outcome: 'fired', after: () => deps.publish(event) };
    },
  });
  return [make('warning'), make('breached')];
}
