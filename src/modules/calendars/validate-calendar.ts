/**
 * Refusing bad calendar specs before they are compiled or stored. Each check throws the first
 * problem it finds as a 422 AppError whose `field` is a JSON pointer into the spec.
 */
import { assertTimeZone } from '../../platform/time-zones.js';
import {
  WEEK_MINUTES, WEEKDAYS, parseDate, parseTime, weekSpanOf,
  type CalendarSpec, type Weekday, type WeekSpan,
} from './calendar.js';
import { specError } from './calendar-errors.js';
import { knownCountry, knownRegion } from './public-holidays.js';

/**
 * Throws AppError (422) for the first problem in `spec`: unknown time zone, malformed weekday, time
 * or date, a same-day window that ends at or before its start, overlapping windows, an unknown
 * holiday country or region, a duplicate or contradictory exception, a break without weekdays or
 * ending at or before its start.
 */
export function validateCalendarSpec(spec: CalendarSpec): void {
  if (!isObject(spec)) throw specError('calendar_invalid_spec', 'A calendar must be an object', '');
  assertTimeZone(spec.timeZone, '/timeZone');
  checkWindows(spec.windows);
  checkHolidays(spec.holidays);
  checkCustomHolidays(spec.customHolidays);
  checkExceptions(spec.exceptions);
  checkBreaks(spec.breaks);
}

function checkWindows(windows: unknown): void {
  if (!Array.isArray(windows)) throw specError('calendar_invalid_spec', 'windows must be a list', '/windows');
  const spans: WeekSpan[] = [];
  windows.forEach((w: unknown, i) => {
    const at = `/windows/${i}`;
    if (!isObject(w)) throw specError('calendar_invalid_spec', 'A window must be an object', at);
    spans.push(checkWindow(w, at));
  });
  for (let j = 1; j < spans.length; j++) {
    for (let i = 0; i < j; i++) {
      if (spansOverlap(spans[i], spans[j])) {
        throw specError('calendar_windows_overlap', `Window ${j} overlaps window ${i}`, `/windows/${j}`);
      }
    }
  }
}

function checkWindow(w: Record<string, unknown>, at: string): WeekSpan {
  const { startDay, startTime, endDay, endTime } = w;
  if (!isWeekday(startDay)) throw specError('calendar_bad_weekday', `startDay must be one of ${WEEKDAYS.join(', ')}`, `${at}/startDay`);
  if (!isWeekday(endDay)) throw specError('calendar_bad_weekday', `endDay must be one of ${WEEKDAYS.join(', ')}`, `${at}/endDay`);
  const start = parseTime(startTime, false);
  if (typeof startTime !== 'string' || start === null) throw specError('calendar_bad_time', 'startTime must be HH:MM (00:00–23:59)', `${at}/startTime`);
  const end = parseTime(endTime, true);
  if (typeof endTime !== 'string' || end === null) throw specError('calendar_bad_time', 'endTime must be HH:MM (00:00–24:00)', `${at}/endTime`);
  // On one weekday the end must follow the start: "mon 09:00 → mon 08:00" is refused rather than
  // read as a window of six days and 23 hours.
  if (startDay === endDay && end <= start) {
    throw specError('calendar_window_ends_before_start', `The window ends at or before its start on ${startDay}`, `${at}/endTime`);
  }
  return weekSpanOf({ startDay, startTime, endDay, endTime });
}

/** Whether two weekly spans share any minute, also across the end of the week. */
function spansOverlap(a: WeekSpan, b: WeekSpan): boolean {
  for (const shift of [-WEEK_MINUTES, 0, WEEK_MINUTES]) {
    if (Math.max(a.start, b.start + shift) < Math.min(a.end, b.end + shift)) return true;
  }
  return false;
}

function checkHolidays(holidays: unknown): void {
  if (holidays === undefined) return;
  if (!Array.isArray(holidays)) throw specError('calendar_invalid_spec', 'holidays must be a list', '/holidays');
  holidays.forEach((h: unknown, i) => {
    if (!isObject(h)) throw specError('calendar_invalid_spec', 'A holiday set must be an object', `/holidays/${i}`);
    const country = knownCountry(h.country);
    if (!country) {
      throw specError('calendar_unknown_holiday_country', `No public holidays are known for country ${JSON.stringify(h.country)}`, `/holidays/${i}/country`);
    }
    if (h.region !== undefined && !knownRegion(country, h.region)) {
      throw specError('calendar_unknown_holiday_region', `${country} has no region ${JSON.stringify(h.region)}`, `/holidays/${i}/region`);
    }
  });
}

function checkCustomHolidays(dates: unknown): void {
  if (dates === undefined) return;
  if (!Array.isArray(dates)) throw specError('calendar_invalid_spec', 'customHolidays must be a list', '/customHolidays');
  dates.forEach((d: unknown, i) => {
    if (parseDate(d) === null) throw specError('calendar_bad_date', 'A date must be a real YYYY-MM-DD date (1900–2299)', `/customHolidays/${i}`);
  });
}

function checkExceptions(exceptions: unknown): void {
  if (exceptions === undefined) return;
  if (!Array.isArray(exceptions)) throw specError('calendar_invalid_spec', 'exceptions must be a list', '/exceptions');
  const seen = new Set<number>();
  exceptions.forEach((e: unknown, i) => {
    const at = `/exceptions/${i}`;
    if (!isObject(e)) throw specError('calendar_invalid_spec', 'An exception must be an object', at);
    const day = parseDate(e.date);
    if (day === null) throw specError('calendar_bad_date', 'date must be a real YYYY-MM-DD date (1900–2299)', `${at}/date`);
    if (seen.has(day)) throw specError('calendar_duplicate_exception', `There is already an exception for ${String(e.date)}`, `${at}/date`);
    seen.add(day);
    checkExceptionHours(e, at);
  });
}

function checkExceptionHours(e: Record<string, unknown>, at: string): void {
  if (e.closed !== undefined && typeof e.closed !== 'boolean') throw specError('calendar_invalid_spec', 'closed must be true or false', `${at}/closed`);
  if (e.windows === undefined) return;
  if (!Array.isArray(e.windows)) throw specError('calendar_invalid_spec', 'windows must be a list', `${at}/windows`);
  if (e.closed === true && e.windows.length > 0) {
    throw specError('calendar_exception_conflict', 'A day cannot be closed and have opening hours', `${at}/windows`);
  }
  let previousEnd = -1;
  const hours = e.windows.map((w, k) => exceptionWindow(w, `${at}/windows/${k}`));
  const order = hours.map((_, k) => k).sort((a, b) => hours[a][0] - hours[b][0]);
  for (const k of order) {
    if (hours[k][0] < previousEnd) throw specError('calendar_windows_overlap', 'Hours on one day must not overlap', `${at}/windows/${k}`);
    previousEnd = hours[k][1];
  }
}

function exceptionWindow(w: unknown, at: string): [number, number] {
  if (!isObject(w)) throw specError('calendar_invalid_spec', 'Hours must be an object with start and end', at);
  const start = parseTime(w.start, false);
  if (start === null) throw specError('calendar_bad_time', 'start must be HH:MM (00:00–23:59)', `${at}/start`);
  const end = parseTime(w.end, true);
  if (end === null) throw specError('calendar_bad_time', 'end must be HH:MM (00:00–24:00)', `${at}/end`);
  if (end <= start) throw specError('calendar_window_ends_before_start', 'Hours must end after they start', `${at}/end`);
  return [start, end];
}

function checkBreaks(breaks: unknown): void {
  if (breaks === undefined) return;
  if (!Array.isArray(breaks)) throw specError('calendar_invalid_spec', 'breaks must be a list', '/breaks');
  breaks.forEach((b: unknown, i) => {
    const at = `/breaks/${i}`;
    if (!isObject(b)) throw specError('calendar_invalid_spec', 'A break must be an object with days, start and end', at);
    const { days, start, end } = b;
    if (!Array.isArray(days)) throw specError('calendar_invalid_spec', 'days must be a list of weekdays', `${at}/days`);
    if (days.length === 0) throw specError('calendar_break_without_days', 'A break needs at least one weekday', `${at}/days`);
    days.forEach((d, k) => {
      if (!isWeekday(d)) throw specError('calendar_bad_weekday', `A weekday must be one of ${WEEKDAYS.join(', ')}`, `${at}/days/${k}`);
    });
    const from = parseTime(start, false);
    if (from === null) throw specError('calendar_bad_time', 'start must be HH:MM (00:00–23:59)', `${at}/start`);
    const to = parseTime(end, true);
    if (to === null) throw specError('calendar_bad_time', 'end must be HH:MM (00:00–24:00)', `${at}/end`);
    // Within one day: a break across midnight is two breaks, so none is read as lasting most of a week.
    if (to <= from) throw specError('calendar_window_ends_before_start', 'A break must end after it starts, on the same day (24:00 ends the day)', `${at}/end`);
  });
}

function isWeekday(value: unknown): value is Weekday {
  return WEEKDAYS.some((day) => day === value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
