/**
 * The owners' weekly summary: the week's figures from each report, gathered in one place, and the
 * mail's words. `summaryFigures` reads; `summaryText` is pure.
 */
import type { Db } from '../../platform/db/connect.js';
import { csatPercent, ratingsBetween } from '../csat/index.js';
import { pagesSentBetween } from '../notify/index.js';
import { slaReport } from '../sla/index.js';
import { backlogReport } from './backlog-report.js';
import { contractProfitability, goodwillByPeriod } from './billing-reports.js';
import { FCR_TARGET_PERCENT } from './fcr.js';
import { fcrReport } from './fcr-report.js';
import { isAfterHours } from './owner-rules.js';

export interface SummaryFigures {
  from: string;
  to: string;
  fcr: { tickets: number; firstContact: number; ratePercent: number | null; targetPercent: number };
  sla: { clock: 'first_response' | 'resolution'; met: number; missed: number; attainmentPercent: number | null }[];
  csat: { ratings: number; good: number; bad: number; csatPercent: number | null };
  backlog: { open: number; olderThanWeek: number };
  pages: { sent: number; afterHours: number };
  /** Goodwill given in the week, per currency. */
  goodwill: { currency: string; minutes: number; valueMinor: number }[];
  /** Hours worked in the week against what the contracts brought in, per currency. */
  contracts: { currency: string; minutesWorked: number; contractValueMinor: number }[];
}

/** Sums rows per currency. */
function perCurrency<K extends string>(rows: ({ currency: string } & Record<K, number>)[], keys: K[]): ({ currency: string } & Record<K, number>)[] {
  const out = new Map<string, { currency: string } & Record<K, number>>();
  for (const r of rows) {
    const sum = out.get(r.currency) ?? ({ currency: r.currency, ...Object.fromEntries(keys.map((k) => [k, 0])) } as { currency: string } & Record<K, number>);
    for (const k of keys) (sum as Record<K, number>)[k] += r[k];
    out.set(r.currency, sum);
  }
  return [...out.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

const rate = (part: number, all: number) => (all === 0 ? null : Math.round((part / all) * 1000) / 10);

/** The figures of [from, to), with the backlog as it stands at `to`. */
export async function summaryFigures(db: Db, q: { from: string; to: string; timeZone: string }): Promise<SummaryFigures> {
  const now = Date.parse(q.to);
  const fcrRows = await fcrReport(db, { from: q.from, to: q.to, groupBy: 'organization' });
  const tickets = fcrRows.reduce((a, r) => a + r.tickets, 0);
  const firstContact = fcrRows.reduce((a, r) => a + r.firstContact, 0);
  const slaRows = await slaReport(db, { from: q.from, to: q.to, groupBy: 'priority', now });
  const sla = (['first_response', 'resolution'] as const).map((clock) => {
    const rows = slaRows.filter((r) => r.clock === clock);
    const met = rows.reduce((a, r) => a + r.met, 0);
    const missed = rows.reduce((a, r) => a + r.missed, 0);
    return { clock, met, missed, attainmentPercent: rate(met, met + missed) };
  });
  const ratings = await ratingsBetween(db, q.from, q.to);
  const good = ratings.filter((r) => r.rating === 'good').length;
  const backlog = await backlogReport(db, { now, groupBy: 'priority' });
  const pages = await pagesSentBetween(db, q.from, q.to);
  const billingPeriod = { from: q.from, to: q.to };
  const goodwill = perCurrency(await goodwillByPeriod(db, { ...billingPeriod, groupBy: 'organization' }), ['minutes', 'valueMinor']);
  const contracts = perCurrency(await contractProfitability(db, { ...billingPeriod, groupBy: 'organization' }), ['minutesWorked', 'contractValueMinor']);
  return {
    from: q.from,
    to: q.to,
    fcr: { tickets, firstContact, ratePercent: rate(firstContact, tickets), targetPercent: FCR_TARGET_PERCENT },
    sla,
    csat: { ratings: ratings.length, good, bad: ratings.filter((r) => r.rating === 'bad').length, csatPercent: csatPercent(good, ratings.length) },
    backlog: { open: backlog.reduce((a, r) => a + r.total, 0), olderThanWeek: backlog.reduce((a, r) => a + r.buckets['7_30d'] + r.buckets.over_30d, 0) },
    pages: { sent: pages.length, afterHours: pages.filter((p) => isAfterHours(Date.parse(p.sentAt), q.timeZone)).length },
    goodwill: goodwill.map(({ currency, minutes, valueMinor }) => ({ currency, minutes, valueMinor })),
    contracts: contracts.map(({ currency, minutesWorked, contractValueMinor }) => ({ currency, minutesWorked, contractValueMinor })),
  };
}

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
const hours = (minutes: number) => `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;

/** An amount in minor units as the currency writes it (USD 12345 → $123.45). */
export function money(minor: number, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function goodwillLine(rows: SummaryFigures['goodwill']): string {
  if (rows.length === 0) return 'Goodwill given: none';
  return `Goodwill given: ${rows.map((r) => `${hours(r.minutes)} worth ${money(r.valueMinor, r.currency)}`).join('; ')}`;
}

function contractsLine(rows: SummaryFigures['contracts']): string {
  if (rows.length === 0) return 'Hours against contract value: no time logged, no contract fees';
  const each = rows.map((r) => `${hours(r.minutesWorked)} worked for ${money(r.contractValueMinor, r.currency)}${r.minutesWorked ? ` (${money(Math.round((r.contractValueMinor * 60) / r.minutesWorked), r.currency)} an hour)` : ''}`);
  return `Hours against contract value: ${each.join('; ')}`;
}

/** The summary mail: subject and plain-text body, with a link to the reports for the week. */
export function summaryText(f: SummaryFigures, week: { firstDay: string; lastDay: string; timeZone: string }, reportsUrl: string): { subject: string; body: string } {
  const [response, resolution] = f.sla;
  const lines = [
    `The desk's week, ${week.firstDay} to ${week.lastDay} (${week.timeZone}):`,
    '',
    `First-contact resolution: ${pct(f.fcr.ratePercent)} of ${f.fcr.tickets} phone tickets (target ${f.fcr.targetPercent}%)${f.fcr.ratePercent !== null && f.fcr.ratePercent < f.fcr.targetPercent ? ' — below target' : ''}`,
    `First response within SLA: ${pct(response.attainmentPercent)} (${response.met} met, ${response.missed} missed)`,
    `Resolution within SLA: ${pct(resolution.attainmentPercent)} (${resolution.met} met, ${resolution.missed} missed)`,
    `Client satisfaction: ${pct(f.csat.csatPercent)} good of ${f.csat.ratings} ratings (${f.csat.bad} bad)`,
    `Open tickets: ${f.backlog.open}, of which ${f.backlog.olderThanWeek} older than 7 days`,
    `Pages sent: ${f.pages.sent}, of which ${f.pages.afterHours} after hours`,
    goodwillLine(f.goodwill),
    contractsLine(f.contracts),
    '',
    `The reports, with charts and CSV: ${reportsUrl}`,
  ];
  return { subject: `Weekly summary: FCR ${pct(f.fcr.ratePercent)}, CSAT ${pct(f.csat.csatPercent)}, ${f.backlog.open} open`, body: lines.join('\n') };
}
