/** Which calendar and policy cover a ticket, from its organisation's active contract. */
import type { Db } from '../../platform/db/connect.js';
import type { CalendarCache, CoveringCalendar } from './calendar-cache.js';
import type { CalendarFor, ClockPolicy, Priority } from './clock.js';
import { activeCoverageRecords, type ContractRecord, type CoverageRule } from './sla.repository.js';

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
 * The coverage of an organisation's tickets: its active contract, that contract's policy and
 * calendars — one statement when every calendar is compiled already, one more per calendar to
 * compile.
 */
export async function loadCoverage(db: Db, cache: CalendarCache, organizationId: string, siteId: string | null): Promise<Coverage | undefined> {
  const found = await activeCoverageRecords(db, organizationId);
  if (!found) return undefined;
  const { contract, policy } = found;
  const calendars: Map<string, CoveringCalendar> = await cache.getMany(db, contract.coverage.map((r) => r.calendarId), found.calendarVersions);
  const calendarFor: CalendarFor = (priority) => {
    const rule = ruleFor(contract.coverage, priority, siteId);
    return rule ? (calendars.get(rule.calendarId) ?? null) : null;
  };
  return { contract, policy, calendarFor, zoneFor: (p) => calendarFor(p)?.calendar.timeZone ?? 'UTC' };
}
