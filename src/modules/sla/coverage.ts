/** Which calendar and policy cover a ticket, from its organisation's active contract. */
import type { Db } from '../../platform/db/connect.js';
import type { CalendarCache, CoveringCalendar } from './calendar-cache.js';
import type { Priority } from '../tickets/index.js';
import type { CalendarFor, ClockPolicy } from './clock.js';
import { activeCoverageRecords, contractCovers, type ContractRecord, type CoverageRule } from './sla.repository.js';

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
 * start, never to tickets opened before it (or after its end). The contract, its policy and its
 * calendars' versions come in one statement; a calendar is compiled again only when it changed.
 */
export async function loadCoverage(db: Db, cache: CalendarCache, organizationId: string, siteId: string | null, openedAt?: string): Promise<Coverage | undefined> {
  const found = await activeCoverageRecords(db, organizationId);
  if (!found) return undefined;
  const { contract, policy } = found;
  if (openedAt !== undefined && !contractCovers(contract, openedAt)) return undefined;
  const calendars: Map<string, CoveringCalendar> = await cache.getMany(db, contract.coverage.map((r) => r.calendarId), found.calendarVersions);
  const calendarFor: CalendarFor = (priority) => {
    const rule = ruleFor(contract.coverage, priority, siteId);
    return rule ? (calendars.get(rule.calendarId) ?? null) : null;
  };
  return { contract, policy, calendarFor, zoneFor: (p) => calendarFor(p)?.calendar.timeZone ?? 'UTC' };
}
