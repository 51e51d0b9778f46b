/** Which calendar and policy cover a ticket, from its organisation's active contract. */
import type { Db } from '../../platform/db/connect.js';
import type { CalendarCache, CoveringCalendar } from './calendar-cache.js';
import type { Priority } from '../tickets/index.js';
import type { CalendarFor, ClockPolicy } from './clock.js';
import { activeContract, contractCovers, findPolicy, type ContractRecord, type CoverageRule } from './sla.repository.js';

export interface Coverage {
  contract: ContractRecord;
  policy: ClockPolicy & { id: string; name: string };
  calendarFor: CalendarFor;
  /** Time zone for explanations: the calendar covering the ticket's current priority. */
  zoneFor(priority: Priority): string;
}

/** The first rule that names the priority (or all priorities) and the site (or all sites) applies. */
export function ruleFor(rules: CoverageRule[], priority: Priority, siteId: string | null): CoverageRule | undefined {
  return rules.find(
    (r) => (!r.priorities?.length || r.priorities.includes(priority)) && (!r.siteIds?.length || (siteId !== null && r.siteIds.includes(siteId))),
  );
}

/**
 * The coverage of a ticket of the organisation (at the site), from its active contract; with
 * `openedAt`, only if the contract's term covers a ticket opened then: a contract applies from its
 * start, never to tickets opened before it (or after its end).
 */
export async function loadCoverage(db: Db, cache: CalendarCache, organizationId: string, siteId: string | null, openedAt?: string): Promise<Coverage | undefined> {
  const contract = await activeContract(db, organizationId);
  if (!contract) return undefined;
  if (openedAt !== undefined && !contractCovers(contract, openedAt)) return undefined;
  const policy = await findPolicy(db, contract.slaPolicyId);
  if (!policy) return undefined;
  const calendars = new Map<string, CoveringCalendar>();
  for (const rule of contract.coverage) {
    if (calendars.has(rule.calendarId)) continue;
    const compiled = await cache.get(db, rule.calendarId);
    if (compiled) calendars.set(rule.calendarId, compiled);
  }
  const calendarFor: CalendarFor = (priority) => {
    const rule = ruleFor(contract.coverage, priority, siteId);
    return rule ? (calendars.get(rule.calendarId) ?? null) : null;
  };
  return { contract, policy, calendarFor, zoneFor: (p) => calendarFor(p)?.calendar.timeZone ?? 'UTC' };
}
