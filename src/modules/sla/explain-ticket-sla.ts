import type { Db } from '../../platform/db/connect.js';
import type { CalendarCache } from './calendar-cache.js';
import { computeClocks, isBreached } from './clock.js';
import { loadCoverage } from './coverage.js';
import { explainClock, localTime } from './explain.js';
import { presentBusinessDays } from './present-business-days.js';
import { reportedMinutes, usedMinutes } from './minutes.js';
import { activeContract, slaEvents } from './sla.repository.js';

/**
 * The clocks of a ticket as of `now`, each with its explanation in words and numbers. A client
 * (`audience: 'client'`) gets the clocks without the MSP's set-up: no contract, policy or calendar
 * names and ids, and no warning time (the policy's internal threshold).
 */
export async function explainTicketSla(deps: { db: Db; calendars: CalendarCache }, ticket: { id: string; organizationId: string; siteId: string | null; createdAt: string }, now: number, audience: 'staff' | 'client' = 'staff') {
  const staff = audience === 'staff';
  const coverage = await loadCoverage(deps.db, deps.calendars, ticket.organizationId, ticket.siteId, ticket.createdAt);
  if (!coverage) {
    return { ticketId: ticket.id, ...(staff ? { contract: null, policy: null } : {}), explanation: await whyUncovered(deps.db, ticket, staff), clocks: [] };
  }
  // Stored clocks count covered time up to the last change; a running clock is shown as of now.
  const clocks = computeClocks(await slaEvents(deps.db, ticket.id), coverage.policy, coverage.calendarFor).map((c) => {
    if (c.status !== 'running' || now <= c.since) return c;
    const covering = coverage.calendarFor(c.priority);
    return covering ? { ...c, elapsedMinutes: c.elapsedMinutes + covering.calendar.businessMinutesBetween(c.since, now) } : c;
  });
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    ticketId: ticket.id,
    ...(staff
      ? {
          contract: { id: coverage.contract.id, name: coverage.contract.name },
          policy: { id: coverage.policy.id, name: coverage.policy.name, warningPercent: coverage.policy.warningPercent, warningBeforeMinutes: coverage.policy.warningBeforeMinutes ?? null },
        }
      : {}),
    explanation: !clocks.length
      ? 'The contract covers no calendar for this ticket’s priority and site, so it has no SLA clocks.'
      : staff
        ? `Contract ${coverage.contract.name}, SLA policy ${coverage.policy.name}; clocks count only covered time and pause while the ticket waits on the client or a vendor.`
        : 'Your contract’s clocks count only covered time and pause while the ticket waits on you or a supplier.',
    clocks: clocks.map((c) => {
      const covering = coverage.calendarFor(c.priority)!;
      return {
        clock: c.clock,
        cycle: c.cycle,
        status: c.status,
        breached: isBreached(c, now),
        priority: c.priority,
        calendar: staff ? { id: covering.id, name: covering.name, timeZone: covering.calendar.timeZone } : { timeZone: covering.calendar.timeZone },
        targetMinutes: c.targetMinutes,
        businessDays: presentBusinessDays(c.businessDays),
        elapsedMinutes: usedMinutes(c.elapsedMinutes),
        pausedMinutes: reportedMinutes(c.pausedMs / 60_000),
        startedAt: iso(c.startedAt)!,
        stoppedAt: iso(c.stoppedAt),
        dueAt: iso(c.dueAt),
        dueAtLocal: c.dueAt === null ? null : localTime(c.dueAt, covering.calendar.timeZone),
        ...(staff ? { warnAt: iso(c.warnAt) } : {}),
        explanation: explainClock(c, covering.calendar.timeZone, now, staff),
      };
    }),
  };
}

/**
 * Why a ticket has no clocks: no contract, or one whose term does not cover when it was opened.
 * Only staff are told the contract's name.
 */
async function whyUncovered(db: Db, ticket: { organizationId: string; createdAt: string }, staff: boolean): Promise<string> {
  const contract = await activeContract(db, ticket.organizationId);
  if (!contract) return 'No active contract with an SLA policy covers this client, so the ticket has no SLA clocks.';
  const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const named = staff ? `Contract ${contract.name}` : 'Your contract';
  if (Date.parse(ticket.createdAt) < Date.parse(contract.startsAt)) {
    return `${named} covers tickets opened from ${utc(contract.startsAt)}; this ticket was opened before (${utc(ticket.createdAt)}), so it has no SLA clocks.`;
  }
  if (contract.endsAt !== null && Date.parse(ticket.createdAt) >= Date.parse(contract.endsAt)) {
    return `${named} covers tickets opened before ${utc(contract.endsAt)}; this ticket was opened after it ended (${utc(ticket.createdAt)}), so it has no SLA clocks.`;
  }
  return staff ? 'The client’s contract names no SLA policy that exists, so the ticket has no SLA clocks.' : 'Your contract sets no SLA for this ticket, so it has no SLA clocks.';
}
