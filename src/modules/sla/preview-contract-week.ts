import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { organizationWithSites } from '../clients/index.js';
import { weekFrame } from '../calendars/index.js';
import { PRIORITIES } from '../tickets/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { sourceCalendar, type SourcedCalendar } from './calendar-source.js';
import { ruleFor } from './coverage.js';
import type { ContractWeekBody, CoverageWeek } from './preview.schema.js';
import { checkCoverage } from './save-contract.js';
import type { CoverageRule } from './sla.repository.js';
import { calendarWeek, weekDays } from './week-answer.js';

/**
 * What a contract's coverage rules (saved or a draft) mean over a week in the client's time zone:
 * the hours of each calendar they name, and which calendar covers a ticket of each priority at each
 * site — chosen by the same first-matching-rule code as the clocks.
 */
export async function previewContractWeek(deps: { db: Db; calendars: CalendarCache }, body: ContractWeekBody): Promise<CoverageWeek> {
  const org = await organizationWithSites(deps.db, body.organizationId);
  if (!org) throw notFound('Organization', '/organizationId');
  const rules = body.coverage as CoverageRule[];
  await checkCoverage(deps.db, org.id, rules);
  const frame = weekFrame(org.timeZone, body.week);
  const sources: SourcedCalendar[] = [];
  const index = new Map<string, number>();
  for (const rule of rules) {
    if (index.has(rule.calendarId)) continue;
    index.set(rule.calendarId, sources.length);
    sources.push(await sourceCalendar(deps, { calendarId: rule.calendarId }));
  }
  const lanes: CoverageWeek['lanes'] = [];
  // A ticket without a site, then one at each active site.
  for (const siteId of [null, ...org.sites.map((s) => s.id)]) {
    for (const priority of PRIORITIES) {
      const rule = ruleFor(rules, priority, siteId);
      lanes.push({ siteId, priority, calendar: rule ? index.get(rule.calendarId)! : null, rule: rule ? rules.indexOf(rule) : null });
    }
  }
  return { timeZone: frame.timeZone, weekStart: frame.weekStart, days: weekDays(frame), calendars: sources.map((s) => calendarWeek(frame, s)), sites: org.sites, lanes };
}
