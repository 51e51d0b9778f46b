/**
 * Turns a validated spec into a plan, and a plan into the open intervals (UTC instants) of one
 * local calendar year. Years are compiled independently and clipped at local midnight of 1 January,
 * so consecutive years tile exactly and can be concatenated.
 */
import {
  DAY_MS, MINUTE_MS, WEEK_MINUTES, breakSpansOf, firstDayOfYear, parseDate, parseTime, weekSpanOf, weekdayOf,
  type CalendarSpec, type WeekSpan,
} from './calendar.js';
import { pushInterval, subtractIntervals, unionIntervals } from './interval-set.js';
import { knownCountry, knownRegion, publicHolidayDays } from './public-holidays.js';
import { zoneOffsets, type ZoneOffsets } from '../../platform/time-zones.js';

/** A dated exception: null opens the day with its usual weekly hours; a list gives exact hours (minutes of the day). */
type DayRule = [number, number][] | null;

/** A spec digested into numbers, ready to compile year by year. */
export interface CalendarPlan {
  zone: ZoneOffsets;
  /** Weekly spans sorted by start. */
  weekly: WeekSpan[];
  /** Weekly break spans (each within one day) sorted by start; removed from the weekly spans. */
  breaks: WeekSpan[];
  holidays: { country: string; region?: string }[];
  customDays: Set<number>;
  exceptions: Map<number, DayRule>;
  /** The last local year that can have open time: unbounded with weekly windows, else the last exception with hours. */
  lastOpenYear: number;
  /** The first local year that can have open time: unbounded with weekly windows, else the first exception with hours. */
  firstOpenYear: number;
}

/** Digests a spec that has passed validateCalendarSpec. */
export function planCalendar(spec: CalendarSpec): CalendarPlan {
  const exceptions = new Map<number, DayRule>();
  for (const e of spec.exceptions ?? []) {
    const hours = e.closed ? [] : e.windows?.map((w) => [parseTime(w.start, false)!, parseTime(w.end, true)!] as [number, number]);
    exceptions.set(parseDate(e.date)!, hours ? hours.sort((a, b) => a[0] - b[0]) : null);
  }
  const weekly = spec.windows.map(weekSpanOf).sort((a, b) => a.start - b.start);
  const breaks = breakSpansOf(spec.breaks ?? []);
  // Weekly hours wholly taken by breaks open nothing: searching years of them would be futile.
  const weeklyOpens = opensBesideBreaks(weekly, breaks);
  return {
    zone: zoneOffsets(spec.timeZone),
    weekly,
    breaks,
    holidays: (spec.holidays ?? []).map((h) => {
      const country = knownCountry(h.country)!;
      return h.region === undefined ? { country } : { country, region: knownRegion(country, h.region)! };
    }),
    customDays: new Set((spec.customHolidays ?? []).map((d) => parseDate(d)!)),
    exceptions,
    lastOpenYear: weeklyOpens ? Infinity : exceptionYears(exceptions).last,
    firstOpenYear: weeklyOpens ? -Infinity : exceptionYears(exceptions).first,
  };
}

/** Whether some minute of the weekly spans is not inside a break (in wall time, where both are written). */
function opensBesideBreaks(weekly: WeekSpan[], breaks: WeekSpan[]): boolean {
  // Weekly spans may run into the following week; breaks are laid out for both weeks.
  const inBreak = new Uint8Array(2 * WEEK_MINUTES);
  for (const b of breaks) for (const shift of [0, WEEK_MINUTES]) inBreak.fill(1, b.start + shift, Math.min(b.end + shift, 2 * WEEK_MINUTES));
  return weekly.some((w) => inBreak.subarray(w.start, w.end).includes(0));
}

// Without weekly windows only exception days with hours ever open, so searching beyond them is futile.
function exceptionYears(exceptions: Map<number, DayRule>): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const [day, rule] of exceptions) {
    if (!rule || rule.length === 0) continue;
    const year = new Date(day * DAY_MS).getUTCFullYear();
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return { first, last };
}

/** The instant local midnight starts `day` (days since 1970-01-01) under the DST rule. */
export function dayStart(zone: ZoneOffsets, day: number): number {
  return zone.toUtc(day * DAY_MS);
}

/** Sorted, merged open intervals of local year `year`, clipped to its first and last local midnight. */
export function compileYear(plan: CalendarPlan, year: number): number[] {
  const firstDay = firstDayOfYear(year);
  const endDay = firstDayOfYear(year + 1);
  const from = dayStart(plan.zone, firstDay);
  const to = dayStart(plan.zone, endDay);
  const windows = weeklyIntervals(plan, plan.weekly, firstDay, endDay, from, to);
  const weekly = subtractIntervals(windows, weeklyIntervals(plan, plan.breaks, firstDay, endDay, from, to));
  const { closures, additions } = specialDays(plan, year, firstDay, endDay, weekly.length > 0);
  return unionIntervals(subtractIntervals(weekly, closures), additions);
}

// Starts a week early so windows that began in late December and run into January are included.
function weeklyIntervals(plan: CalendarPlan, spans: WeekSpan[], firstDay: number, endDay: number, from: number, to: number): number[] {
  const out: number[] = [];
  if (spans.length === 0) return out;
  const firstMonday = firstDay - 7 - weekdayOf(firstDay);
  for (let monday = firstMonday; monday < endDay; monday += 7) {
    const mondayWall = monday * DAY_MS;
    for (const span of spans) {
      const start = plan.zone.toUtc(mondayWall + span.start * MINUTE_MS);
      const end = plan.zone.toUtc(mondayWall + span.end * MINUTE_MS);
      pushInterval(out, Math.max(start, from), Math.min(end, to));
    }
  }
  return out;
}

/**
 * Closed days (holidays, custom dates, exceptions) and the extra hours of exception days within
 * [firstDay, endDay). Holidays only matter when the weekly windows open something that year.
 */
function specialDays(plan: CalendarPlan, year: number, firstDay: number, endDay: number, anyWeekly: boolean) {
  const closedDays = new Set<number>();
  if (anyWeekly) {
    for (const h of plan.holidays) {
      // A holiday that starts on 31 December may run into this year.
      for (const day of [...publicHolidayDays(h.country, h.region, year - 1), ...publicHolidayDays(h.country, h.region, year)]) {
        if (day >= firstDay && day < endDay) closedDays.add(day);
      }
    }
    for (const day of plan.customDays) if (day >= firstDay && day < endDay) closedDays.add(day);
  }
  const additions: [number, number][] = [];
  for (const [day, rule] of plan.exceptions) {
    if (day < firstDay || day >= endDay) continue;
    closedDays.delete(day);
    if (rule === null) continue;
    closedDays.add(day);
    for (const [start, end] of rule) {
      const wall = day * DAY_MS;
      additions.push([plan.zone.toUtc(wall + start * MINUTE_MS), plan.zone.toUtc(wall + end * MINUTE_MS)]);
    }
  }
  return { closures: dayIntervals(plan.zone, closedDays), additions: sortedFlat(additions) };
}

function dayIntervals(zone: ZoneOffsets, days: Set<number>): number[] {
  const out: number[] = [];
  for (const day of [...days].sort((a, b) => a - b)) pushInterval(out, dayStart(zone, day), dayStart(zone, day + 1));
  return out;
}

// Exception days are visited in spec order, so their hours are sorted before they are merged.
function sortedFlat(pairs: [number, number][]): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) pushInterval(out, start, end);
  return out;
}
