/**
 * After-hours pages: pages sent in a period (the notify module's exported record of them) and how
 * many fell after hours, per month or per person paged. After hours is outside the calendar the
 * owner names (the MSP's own office hours), or without one outside 08:00–18:00 on weekdays in the
 * report time zone.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db/connect.js';
import type { CompiledCalendar } from '../calendars/index.js';
import { pagesSentBetween } from '../notify/index.js';
import { userNames } from '../auth/index.js';
import { toCsv } from './csv.js';
import { isAfterHours } from './owner-rules.js';

export type AfterHoursGroupBy = 'month' | 'person';

export interface AfterHoursRow {
  group: string;
  label: string;
  pages: number;
  afterHours: number;
  /** Percent of the pages that were after hours, to one decimal; null without pages. */
  afterHoursPercent: number | null;
}

export async function afterHoursReport(
  db: Db,
  q: { from: string; to: string; groupBy: AfterHoursGroupBy; timeZone: string; officeHours?: Pick<CompiledCalendar, 'isOpenAt'> },
): Promise<AfterHoursRow[]> {
  const outside = q.officeHours ? (ms: number) => !q.officeHours!.isOpenAt(ms) : (ms: number) => isAfterHours(ms, q.timeZone);
  const pages = await pagesSentBetween(db, q.from, q.to);
  const names = q.groupBy === 'person' ? await userNames(db, pages.map((p) => p.recipientUserId)) : new Map<string, string>();
  const groups = new Map<string, AfterHoursRow>();
  for (const p of pages) {
    const month = DateTime.fromISO(p.sentAt, { zone: q.timeZone });
    const [group, label] = q.groupBy === 'person' ? [p.recipientUserId, names.get(p.recipientUserId) ?? p.recipientUserId] : [month.toFormat('yyyy-MM'), month.toFormat('LLLL yyyy')];
    const row = groups.get(group) ?? { group, label, pages: 0, afterHours: 0, afterHoursPercent: null };
    row.pages += 1;
    if (outside(Date.parse(p.sentAt))) row.afterHours += 1;
    groups.set(group, row);
  }
  const rows = [...groups.values()].map((r) => ({ ...r, afterHoursPercent: Math.round((r.afterHours / r.pages) * 1000) / 10 }));
  return rows.sort((a, b) => (q.groupBy === 'month' ? a.group.localeCompare(b.group) : a.label.localeCompare(b.label) || a.group.localeCompare(b.group)));
}

export function afterHoursCsv(rows: AfterHoursRow[]): string {
  return toCsv(['group', 'label', 'pages', 'after_hours', 'after_hours_percent'], rows.map((r) => [r.group, r.label, r.pages, r.afterHours, r.afterHoursPercent]));
}
