/**
 * SLA attainment and response/resolution times per client, priority or month, from the stored
 * clocks. A clock counts as met or missed once stopped; a running clock past its due time counts
 * as missed already; running clocks within target are not counted yet.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { usedMinutes } from './minutes.js';

export type GroupBy = 'organization' | 'priority' | 'month';

export interface ReportRow {
  group: string;
  label: string;
  clock: string;
  met: number;
  missed: number;
  attainmentPercent: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export async function slaReport(db: Db, q: { from: string; to: string; groupBy: GroupBy; now: number }): Promise<ReportRow[]> {
  const clocks = await db
    .selectFrom('ticket_clocks')
    .select(['clock', 'status', 'priority', 'elapsed_minutes', 'started_at', 'due_at', 'organization_id'])
    .where('started_at', '>=', q.from)
    .where('started_at', '<', q.to)
    .execute();
  // Client names from the clients module; a clock counts only under a client that exists.
  const names = await organizationNames(db, clocks.map((c) => c.organization_id));
  const groups = new Map<string, { label: string; clock: string; met: number; missed: number; times: number[] }>();
  for (const r of clocks) {
    const name = names.get(r.organization_id);
    if (name === undefined) continue;
    const [group, label] =
      q.groupBy === 'organization' ? [r.organization_id, name] : q.groupBy === 'priority' ? [r.priority, r.priority] : [r.started_at.slice(0, 7), DateTime.fromISO(r.started_at, { zone: 'utc' }).toFormat('LLLL yyyy')];
    const key = `${group}|${r.clock}`;
    const g = groups.get(key) ?? { label, clock: r.clock, met: 0, missed: 0, times: [] };
    const overdue = r.status === 'running' && r.due_at !== null && Date.parse(r.due_at) <= q.now;
    if (r.status === 'met') g.met += 1;
    if (r.status === 'missed' || overdue) g.missed += 1;
    if (r.status === 'met' || r.status === 'missed') g.times.push(Number(r.elapsed_minutes));
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const times = g.times.sort((a, b) => a - b);
      const total = g.met + g.missed;
      return {
        group: key.split('|')[0],
        label: g.label,
        clock: g.clock,
        met: g.met,
        missed: g.missed,
        attainmentPercent: total ? Math.round((g.met / total) * 1000) / 10 : null,
        medianMinutes: used(percentile(times, 50)),
        p90Minutes: used(percentile(times, 90)),
      };
    })
    // Months in calendar order (their keys are YYYY-MM) and priorities P1 to P4; clients by name.
    .sort((a, b) => (q.groupBy === 'organization' ? a.label.localeCompare(b.label) || a.group.localeCompare(b.group) : a.group.localeCompare(b.group)) || a.clock.localeCompare(b.clock));
}

/** Times used are reported as a ticket's clocks are: to the hundredth, rounded up (minutes.ts). */
const used = (v: number | null) => (v === null ? null : usedMinutes(v));

/** RFC 4180 CSV; cells that start with =, +, - or @ are prefixed so spreadsheets do not run them. */
export function toCsv(rows: ReportRow[]): string {
  const header = ['group', 'label', 'clock', 'met', 'missed', 'attainment_percent', 'median_minutes', 'p90_minutes'];
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = rows.map((r) => [r.group, r.label, r.clock, r.met, r.missed, r.attainmentPercent, r.medianMinutes, r.p90Minutes].map(cell).join(','));
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
