/**
 * The calendar model: weekly windows in a time zone, holidays and dated exceptions. Types and
 * small pure helpers only; compiling to instants lives in compiled-calendar.ts.
 */

/** A day of the week, Monday first. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Weekdays in ISO order; the index is the weekday number used throughout (Monday = 0). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * One weekly open period in local wall-clock time, from `startDay startTime` to the next
 * `endDay endTime` after it. It may cross midnight and span days (Fri 18:00 → Sun 23:59 is one
 * window) and wrap past Sunday (Sat 22:00 → Mon 06:00). When `endDay` equals `startDay` the end
 * must be later that same day; such a window never wraps the whole week.
 */
export interface WeeklyWindow {
  startDay: Weekday;
  /** 'HH:MM', 00:00–23:59. */
  startTime: string;
  endDay: Weekday;
  /** 'HH:MM', 00:00–23:59, or '24:00' for the end of `endDay`. */
  endTime: string;
}

/** A dated change to one local day; it takes precedence over weekly windows and holidays. */
export interface CalendarException {
  /** 'YYYY-MM-DD', a local date in the calendar's time zone. */
  date: string;
  /** Closed all day. */
  closed?: boolean;
  /**
   * Open with exactly these hours that day instead of the weekly windows ('HH:MM', end may be
   * '24:00'); an empty list means closed. Leaving out both `closed` and `windows` opens the day with
   * its usual weekly hours even when it is a holiday.
   */
  windows?: { start: string; end: string }[];
}

/**
 * A weekly recurring break removed from covered time, e.g. lunch 12:00–13:00 on Monday to Friday.
 * Local wall-clock time in the calendar's zone, within one day; a break that crosses midnight is
 * written as two. Breaks apply to the weekly windows (also on a holiday opened by a `{ date }`
 * exception), never to an exception's own hours, which are exact.
 */
export interface CalendarBreak {
  /** The weekdays it recurs on; at least one. */
  days: Weekday[];
  /** 'HH:MM', 00:00–23:59. */
  start: string;
  /** 'HH:MM' after `start`, or '24:00'. */
  end: string;
}

/** Everything that defines when a calendar is open. */
export interface CalendarSpec {
  /** IANA time zone, e.g. 'Europe/London'. */
  timeZone: string;
  /** Non-overlapping weekly windows; touching windows are fine and act as one. */
  windows: WeeklyWindow[];
  /** Public holidays (date-holidays type 'public') of a country and optional state/region: closed all day. */
  holidays?: { country: string; region?: string }[];
  /** Extra 'YYYY-MM-DD' local dates closed all day. */
  customHolidays?: string[];
  /** Dated exceptions; at most one per date. */
  exceptions?: CalendarException[];
  /** Weekly recurring breaks removed from the weekly windows; they may overlap each other. */
  breaks?: CalendarBreak[];
}

/** Named window sets: round the clock, weekdays round the clock, and office hours. */
export type CalendarPreset = '24x7' | '24x5' | 'business-hours';

/** Minutes in a day and in a week. */
export const DAY_MINUTES = 1440;
export const WEEK_MINUTES = 7 * DAY_MINUTES;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The weekly windows of a preset: 24x7, 24x5 (Mon 00:00 → Sat 00:00) or Mon–Fri 09:00–17:00. */
export function presetWindows(preset: CalendarPreset): WeeklyWindow[] {
  switch (preset) {
    case '24x7':
      return [{ startDay: 'mon', startTime: '00:00', endDay: 'sun', endTime: '24:00' }];
    case '24x5':
      return [{ startDay: 'mon', startTime: '00:00', endDay: 'sat', endTime: '00:00' }];
    case 'business-hours':
      return WEEKDAYS.slice(0, 5).map((day) => ({ startDay: day, startTime: '09:00', endDay: day, endTime: '17:00' }));
    default:
      throw new Error(`unknown calendar preset ${String(preset)}`);
  }
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of 'HH:MM' (and of '24:00' when `allow24`), or null when malformed. */
export function parseTime(value: unknown, allow24: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (value === '24:00') return allow24 ? DAY_MINUTES : null;
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real 'YYYY-MM-DD' calendar date between 1900 and 2299, or null. */
export function parseDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2299 || mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
  return new Date(ms).getUTCDate() === d ? ms / DAY_MS : null;
}

/** Days since 1970-01-01 of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Weekday number (Monday = 0) of a day count since 1970-01-01, which was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A weekly window as minutes since Monday 00:00: start in [0, week), end after start, at most a week later. */
export interface WeekSpan {
  start: number;
  end: number;
}

/** The week-minute spans of breaks that have already passed validation, sorted by start. */
export function breakSpansOf(breaks: readonly CalendarBreak[]): WeekSpan[] {
  const spans: WeekSpan[] = [];
  for (const b of breaks) {
    const start = parseTime(b.start, false)!;
    const end = parseTime(b.end, true)!;
    for (const day of new Set(b.days)) {
      const base = WEEKDAYS.indexOf(day) * DAY_MINUTES;
      spans.push({ start: base + start, end: base + end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The week-minute span of a window that has already passed validation. */
export function weekSpanOf(w: WeeklyWindow): WeekSpan {
  const start = WEEKDAYS.indexOf(w.startDay) * DAY_MINUTES + parseTime(w.startTime, false)!;
  let end = WEEKDAYS.indexOf(w.endDay) * DAY_MINUTES + parseTime(w.endTime, true)!;
  // An end at or before the start on another weekday means the following week (Sat 22:00 → Mon 06:00).
  if (end <= start) end += WEEK_MINUTES;
  return { start, end };
}
