/**
 * Business days of a compiled calendar: "next business day", "within 2 business days". The rules
 * are written out in docs/sla-calendars.md; in short:
 *
 * - A business day is a local date, in the calendar's zone, on which the calendar covers some time
 *   (after holidays, closed dates, exceptions and breaks). Its end is the last covered instant of
 *   that date: its closing time, or the next local midnight when a window runs through it.
 * - An instant belongs to the business day it is covered on, from its opening to its closing, both
 *   included (a ticket opened at 17:00 sharp on a 09:00–17:00 day belongs to that day). Outside
 *   covered hours, it belongs to the business day of the next opening, and counts from that opening.
 * - N business days later is the Nth business day after that one: at its end (`end_of_day`), or at
 *   the same local time of day (`same_time`), taken back to the covered time before it when the
 *   calendar is not open then (the day's opening, the start of a break, or the day's closing).
 *
 * Each step is a lookup in the compiled calendar (a next opening or previous closing per business
 * day), so nothing here walks minutes or builds dates with a time-zone library.
 */
import { zoneOffsets, type ZoneOffsets } from '../../platform/time-zones.js';
import { DAY_MS } from './calendar.js';
import type { CompiledCalendar } from './compiled-calendar.js';

/** When on the last business day a target falls: at its end, or at the time of day it started. */
export type BusinessDayTime = 'end_of_day' | 'same_time';

/** Where counting business days from an instant starts. */
export interface BusinessDayStart {
  /** The covered instant counting starts from: the instant itself, or the next opening. */
  atMs: number;
  /** Its business day, as days since 1970-01-01 (a local date in the calendar's zone). */
  day: number;
  /** Whether the instant itself was within covered hours (its closing included). */
  covered: boolean;
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function zoneOf(calendar: CompiledCalendar): ZoneOffsets {
  return zoneOffsets(calendar.timeZone);
}

/** The local date (days since 1970-01-01) of an instant in the calendar's zone. */
export function localDay(calendar: CompiledCalendar, ms: number): number {
  return Math.floor(zoneOf(calendar).wallAt(ms) / DAY_MS);
}

/** The instant local midnight starts `day` in the calendar's zone (gaps resolved forward). */
export function dayStartMs(calendar: CompiledCalendar, day: number): number {
  return zoneOf(calendar).toUtc(day * DAY_MS);
}

/** Whether the calendar covers any time on local date `day`. */
export function isBusinessDay(calendar: CompiledCalendar, day: number): boolean {
  return calendar.businessMinutesBetween(dayStartMs(calendar, day), dayStartMs(calendar, day + 1)) > 0;
}

/** The first business day after `day`, or null when the calendar does not open within 50 years. */
export function nextBusinessDay(calendar: CompiledCalendar, day: number): number | null {
  const opening = calendar.nextOpening(dayStartMs(calendar, day + 1));
  return opening === null ? null : localDay(calendar, opening);
}

/** The last business day before `day`, or null when there is none within 50 years. */
export function previousBusinessDay(calendar: CompiledCalendar, day: number): number | null {
  const closing = calendar.previousClosing(dayStartMs(calendar, day));
  // Covered time ending at an instant lies on the date of the instant just before it.
  return closing === null ? null : localDay(calendar, closing - 1);
}

/** The last covered instant of business day `day`. */
export function endOfBusinessDay(calendar: CompiledCalendar, day: number): number | null {
  return calendar.previousClosing(dayStartMs(calendar, day + 1));
}

/** Where counting business days from `ms` starts; null when the calendar never opens again. */
export function businessDayStart(calendar: CompiledCalendar, ms: number): BusinessDayStart | null {
  if (calendar.isOpenAt(ms)) return { atMs: ms, day: localDay(calendar, ms), covered: true };
  if (calendar.previousClosing(ms) === ms) return { atMs: ms, day: localDay(calendar, ms - 1), covered: true };
  const opening = calendar.nextOpening(ms);
  return opening === null ? null : { atMs: opening, day: localDay(calendar, opening), covered: false };
}

/** The day `count` business days after (or, negative, before) business day `day`; null if the calendar runs out. */
export function shiftBusinessDays(calendar: CompiledCalendar, day: number, count: number): number | null {
  let current: number | null = day;
  for (let k = 0; k < Math.abs(count) && current !== null; k++) {
    current = count > 0 ? nextBusinessDay(calendar, current) : previousBusinessDay(calendar, current);
  }
  return current;
}

/**
 * The covered instant of business day `day` at wall-clock offset `wallOffsetMs` after its local
 * midnight: that instant when the calendar is open then, else the end of the covered time before
 * it that day (the start of a break, the closing), or the day's opening when none comes before.
 */
export function coveredTimeOfDay(calendar: CompiledCalendar, day: number, wallOffsetMs: number): number | null {
  const start = dayStartMs(calendar, day);
  const end = dayStartMs(calendar, day + 1);
  const at = Math.min(Math.max(zoneOf(calendar).toUtc(day * DAY_MS + wallOffsetMs), start), end);
  if (calendar.isOpenAt(at)) return at;
  const covered = calendar.businessMinutesBetween(start, at);
  const result = calendar.addBusinessMinutes(start, covered);
  // Minutes are fractional; the instants they stand for are whole milliseconds.
  return result === null ? null : Math.round(result);
}

/** How a business-day target was reached: where counting started, the day it reached, and the instant. */
export interface BusinessDaysDue {
  start: BusinessDayStart;
  /** The business day reached, as days since 1970-01-01. */
  day: number;
  dueMs: number;
}

/** `days` business days after `fromMs`, with the days it went through; null when the calendar runs out. */
export function businessDaysDue(calendar: CompiledCalendar, fromMs: number, days: number, time: BusinessDayTime): BusinessDaysDue | null {
  const start = businessDayStart(calendar, fromMs);
  if (start === null) return null;
  const day = shiftBusinessDays(calendar, start.day, days);
  if (day === null) return null;
  const dueMs = time === 'end_of_day'
    ? endOfBusinessDay(calendar, day)
    : coveredTimeOfDay(calendar, day, zoneOf(calendar).wallAt(start.atMs) - start.day * DAY_MS);
  return dueMs === null ? null : { start, day, dueMs };
}

/**
 * `days` business days after `fromMs` (0 or more): the end of that business day, or the same time
 * of day. Null when the calendar does not open enough within 50 years.
 */
export function addBusinessDays(calendar: CompiledCalendar, fromMs: number, days: number, time: BusinessDayTime): number | null {
  return businessDaysDue(calendar, fromMs, days, time)?.dueMs ?? null;
}

/**
 * `days` business days before `toMs`, at the same time of day when `toMs` is within covered
 * hours. From outside covered hours it counts from the business day that closed last and answers
 * with the opening of the day it reaches, as the business_time library does for this case.
 */
export function subtractBusinessDays(calendar: CompiledCalendar, toMs: number, days: number): number | null {
  const open = calendar.isOpenAt(toMs);
  const closing = open ? toMs : calendar.previousClosing(toMs);
  if (closing === null) return null;
  // Covered time ending at a closing lies on the date of the instant just before it.
  const startDay = localDay(calendar, open ? toMs : closing - 1);
  const day = shiftBusinessDays(calendar, startDay, -days);
  if (day === null) return null;
  if (!open && closing !== toMs) return calendar.nextOpening(dayStartMs(calendar, day));
  return coveredTimeOfDay(calendar, day, zoneOf(calendar).wallAt(toMs) - startDay * DAY_MS);
}

/**
 * Business days among the local dates from `fromDay` to `toDay` (days since 1970-01-01): before
 * `toDay`, or up to and including it when `inclusive`. 0 when `toDay` comes first.
 */
export function businessDaysBetween(calendar: CompiledCalendar, fromDay: number, toDay: number, inclusive = false): number {
  const end = inclusive ? toDay + 1 : toDay;
  let count = 0;
  let day: number | null = isBusinessDay(calendar, fromDay) ? fromDay : nextBusinessDay(calendar, fromDay);
  while (day !== null && day < end) {
    count++;
    day = nextBusinessDay(calendar, day);
  }
  return count;
}

/** The first `limit` non-business local dates strictly between two days (for explanations). */
export function closedDaysBetween(calendar: CompiledCalendar, fromDay: number, toDay: number, limit = 10): number[] {
  const out: number[] = [];
  // Bounded by the limit and by about a year of dates, whatever the span.
  for (let day = fromDay + 1; day < toDay && day <= fromDay + 400 && out.length < limit; day++) {
    if (!isBusinessDay(calendar, day)) out.push(day);
  }
  return out;
}
