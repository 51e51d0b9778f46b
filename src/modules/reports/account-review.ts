/**
 * Read model: the account review of one client over a period (by default the last full calendar
 * quarter, UTC) — SLA attainment, CSAT, goodwill given and hours against contract value. It joins
 * across modules only through the reports' own read functions and billing's exports, filtered to
 * the client.
 */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { slaReport } from '../sla/index.js';
import { contractProfitability, goodwillByPeriod } from './billing-reports.js';
import { csatReport } from './csat-report.js';

/** The last full calendar quarter (UTC) before `now`: [its first instant, the next quarter's). */
export function lastQuarter(now: number): { from: string; to: string } {
  const iso = toIso;
  const [year, month] = iso(now).slice(0, 7).split('-').map(Number);
  const quarterStart = month - 1 - ((month - 1) % 3);
  return { from: iso(Date.UTC(year, quarterStart - 3, 1)), to: iso(Date.UTC(year, quarterStart, 1)) };
}

/** One client's figures over the instants [from, to). */
export async function accountReview(db: Db, q: { organizationId: string; from: string; to: string; now: number }) {
  const sla = (await slaReport(db, { from: q.from, to: q.to, groupBy: 'organization', now: q.now }))
    .filter((r) => r.group === q.organizationId)
    .map(({ clock, met, missed, attainmentPercent }) => ({ clock, met, missed, attainmentPercent }));
  const csat = (await csatReport(db, { from: q.from, to: q.to, groupBy: 'organization' })).find((r) => r.group === q.organizationId);
  const goodwill = (await goodwillByPeriod(db, { from: q.from, to: q.to, groupBy: 'organization' })).filter((r) => r.group === q.organizationId).map(({ group: _g, label: _l, ...r }) => r);
  const contracts = (await contractProfitability(db, { from: q.from, to: q.to, groupBy: 'organization' })).filter((r) => r.group === q.organizationId).map(({ group: _g, label: _l, ...r }) => r);
  return {
    organizationId: q.organizationId,
    from: q.from,
    to: q.to,
    sla,
    csat: csat ? { ratings: csat.ratings, good: csat.good, okay: csat.okay, bad: csat.bad, csatPercent: csat.csatPercent } : { ratings: 0, good: 0, okay: 0, bad: 0, csatPercent: null },
    goodwill,
    contracts,
  };
}
