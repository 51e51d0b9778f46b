/**
 * Corpus report (not a test): checks the compiled calendars against the business-hours cases in
 * ../shared/data/sla/sla-cases.json, transcribed from another library's unit tests. Prints pass,
 * fail and skip counts, each failure with its reason, and why cases were skipped.
 *
 *   node --import tsx bench/sla-corpus.ts [path/to/sla-cases.json]
 *
 * Every operation is answered by the product's own calendar code: adding and subtracting covered
 * time, business days (the corpus counts them at the same time of day, our `same_time`), counting
 * business days between dates, whether an instant is covered or a date a holiday, the next open
 * periods, and where a local time resolves on a daylight-saving change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Duration } from 'luxon';
import {
  addBusinessDays, businessDaysBetween, compileCalendar, dayDate, isBusinessDay, localDay, nextBusinessDay, previousBusinessDay,
  shiftBusinessDays, subtractBusinessDays, type CalendarSpec, type CompiledCalendar, type Weekday,
} from '../src/modules/calendars/index.js';
import { parseDate } from '../src/modules/calendars/calendar.js';
import { zoneOffsets } from '../src/platform/time-zones.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = path.resolve(repoRoot, '../shared/data/sla/sla-cases.json');
const DAY_MS = 86_400_000;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

type Range = [string, string];
interface CorpusCalendar {
  timezone: string;
  hours: Partial<Record<Weekday, Range[]>>;
  holidays?: string[];
  date_overrides?: Record<string, Range[]>;
  /**
   * Weekly (weekday keys) or dated (date keys) time removed; "all", "*" or "daily" keys, a list of
   * { days | day | date, start, end } and bare [start, end] pairs (every day) are read too.
   */
  breaks?: Record<string, Range[]> | (Range | { days?: string[]; day?: string; date?: string; start: string; end: string })[];
}

type Amount = { hours?: number; minutes?: number; seconds?: number; days?: number } | string;
interface CorpusCase {
  id: string;
  operation: string;
  calendar: string;
  start: string;
  end?: string;
  amount?: Amount;
  count?: number;
  inclusive?: boolean;
  holidays_extra?: string[];
  expected: unknown;
  note?: string;
}

type Outcome = { kind: 'pass' } | { kind: 'fail'; reason: string } | { kind: 'skip'; reason: string };
interface Compiled { spec: CalendarSpec; calendar: CompiledCalendar }

const isWeekday = (key: string): key is Weekday => (WEEKDAYS as string[]).includes(key);
const minutesOf = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3));

/** Our spec for a corpus calendar: weekly hours, holidays as closed dates, overrides and dated breaks as exceptions. */
function toSpec(calendar: CorpusCalendar, extraHolidays: string[] = []): CalendarSpec {
  const windows = Object.entries(calendar.hours).flatMap(([day, ranges]) =>
    (ranges ?? []).map(([startTime, endTime]) => {
      // A range ending at or before its start runs into the next day (and "00:00" ends a day).
      const next = minutesOf(endTime) <= minutesOf(startTime);
      const endDay = next ? WEEKDAYS[(WEEKDAYS.indexOf(day as Weekday) + 1) % 7] : (day as Weekday);
      return { startDay: day as Weekday, startTime, endDay, endTime };
    }),
  );
  const weeklyBreaks: NonNullable<CalendarSpec['breaks']> = [];
  const datedBreaks = new Map<string, Range[]>();
  for (const [key, ranges] of breakEntries(calendar)) {
    if (isWeekday(key)) weeklyBreaks.push(...ranges.map(([start, end]) => ({ days: [key], start, end })));
    else datedBreaks.set(key, [...(datedBreaks.get(key) ?? []), ...ranges]);
  }
  const overrides = { ...(calendar.date_overrides ?? {}) };
  for (const [date, ranges] of datedBreaks) overrides[date] = withoutBreaks(overrides[date] ?? hoursOn(calendar, date), ranges);
  const exceptions = Object.entries(overrides).map(([date, ranges]) => ({ date, windows: ranges.map(([start, end]) => ({ start, end })) }));
  return { timeZone: calendar.timezone, windows, customHolidays: [...(calendar.holidays ?? []), ...extraHolidays], exceptions, breaks: weeklyBreaks };
}

/**
 * Breaks as (weekday or date, ranges): keyed by weekday or date, a list of { days | day | date,
 * start, end }, or bare [start, end] pairs (every day with hours, as "all" or "*" keys are).
 */
function breakEntries(calendar: CorpusCalendar): [string, Range[]][] {
  const everyDay = (ranges: Range[]) => Object.keys(calendar.hours).map((day) => [day, ranges] as [string, Range[]]);
  const breaks = calendar.breaks ?? {};
  if (!Array.isArray(breaks)) return Object.entries(breaks).flatMap(([key, ranges]) => (['all', '*', 'daily'].includes(key) ? everyDay(ranges) : [[key, ranges] as [string, Range[]]]));
  return breaks.flatMap((b) => {
    if (Array.isArray(b)) return everyDay([b]);
    const keys = [...(b.days ?? (b.day ? [b.day] : [])), ...(b.date ? [b.date] : [])];
    return (keys.length > 0 ? keys.map((key) => [key, [[b.start, b.end]]] as [string, Range[]]) : everyDay([[b.start, b.end]]));
  });
}

function hoursOn(calendar: CorpusCalendar, date: string): Range[] {
  return calendar.hours[WEEKDAYS[(((parseDate(date)! + 3) % 7) + 7) % 7]] ?? [];
}

/** A day's hours with dated breaks cut out. */
function withoutBreaks(hours: Range[], breaks: Range[]): Range[] {
  let pieces = hours.map(([s, e]) => [minutesOf(s), minutesOf(e)]);
  for (const [bs, be] of breaks.map(([s, e]) => [minutesOf(s), minutesOf(e)])) {
    pieces = pieces.flatMap(([s, e]) => [[s, Math.min(e, bs)], [Math.max(s, be), e]]).filter(([s, e]) => e > s);
  }
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return pieces.map(([s, e]) => [hm(s), hm(e)]);
}

function amountMinutes(amount: Amount | undefined): number {
  if (typeof amount === 'string') return Duration.fromISO(amount).as('minutes');
  return (amount?.hours ?? 0) * 60 + (amount?.minutes ?? 0) + (amount?.seconds ?? 0) / 60;
}

/** An instant written with an offset, or a local time (no offset) read in the calendar's zone. */
function instantOf(text: string, timeZone: string): number {
  if (/(Z|[+-]\d\d:?\d\d)$/i.test(text)) return Date.parse(text);
  const wall = Date.parse(`${text.length === 10 ? `${text}T00:00` : text}Z`);
  return zoneOffsets(timeZone).toUtc(wall);
}

/** The local date of a date or an instant, as days since 1970-01-01. */
function dayOf(text: string, c: Compiled): number {
  return text.length === 10 ? parseDate(text)! : localDay(c.calendar, instantOf(text, c.spec.timeZone));
}

function compareInstant(got: number | null, expected: unknown, timeZone: string): Outcome {
  const want = expected === null ? null : instantOf(String(expected), timeZone);
  if (got === want) return { kind: 'pass' };
  const show = (ms: number | null) => (ms === null ? 'null' : new Date(ms).toISOString());
  return { kind: 'fail', reason: `expected ${show(want)}, got ${show(got)}` };
}

function compareValue(got: unknown, expected: unknown): Outcome {
  return JSON.stringify(got) === JSON.stringify(expected) ? { kind: 'pass' } : { kind: 'fail', reason: `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}` };
}

function businessDays(c: CorpusCase, compiled: Compiled, sign: 1 | -1): Outcome {
  const days = (typeof c.amount === 'string' ? Duration.fromISO(c.amount).as('days') : c.amount?.days) ?? 0;
  // A negative amount counts the other way, as the library does.
  const forward = sign === 1 ? days >= 0 : days < 0;
  const n = Math.abs(days);
  if (c.start.length === 10) return compareValue(dateShift(compiled.calendar, parseDate(c.start)!, forward ? n : -n), c.expected);
  const start = instantOf(c.start, compiled.spec.timeZone);
  const got = forward ? addBusinessDays(compiled.calendar, start, n, 'same_time') : subtractBusinessDays(compiled.calendar, start, n);
  return compareInstant(got, c.expected, compiled.spec.timeZone);
}

/** Dates without times: from a date that is no business day, the next (adding) or last (subtracting) one is day 0. */
function dateShift(calendar: CompiledCalendar, day: number, days: number): string | null {
  const first = isBusinessDay(calendar, day) ? day : days >= 0 ? nextBusinessDay(calendar, day) : previousBusinessDay(calendar, day);
  const result = first === null ? null : shiftBusinessDays(calendar, first, days);
  return result === null ? null : dayDate(result);
}

function nextPeriods(c: CorpusCase, compiled: Compiled): Outcome {
  const expected = c.expected as (Range | { start: string; end: string })[];
  const count = c.count ?? expected.length;
  const start = instantOf(c.start, compiled.spec.timeZone);
  const periods = compiled.calendar.intervalsBetween(start, start + 366 * DAY_MS).slice(0, count);
  const want = expected.map((p) => (Array.isArray(p) ? p : [p.start, p.end]).map((t) => instantOf(t, compiled.spec.timeZone)));
  return compareValue(periods, want);
}

function runCase(c: CorpusCase, compiled: Compiled, corpus: Record<string, CorpusCalendar>): Outcome {
  const { calendar, spec } = compiled;
  const zone = spec.timeZone;
  const start = () => instantOf(c.start, zone);
  switch (c.operation) {
    case 'add_business_time':
      return compareInstant(calendar.addBusinessMinutes(start(), amountMinutes(c.amount)), c.expected, zone);
    case 'subtract_business_time':
      return compareInstant(calendar.subtractBusinessMinutes(start(), amountMinutes(c.amount)), c.expected, zone);
    case 'business_time_between': {
      // The library's measure is signed: from a later instant to an earlier one it is negative.
      const [from, to] = [start(), instantOf(c.end!, zone)];
      const got = to >= from ? calendar.businessMinutesBetween(from, to) : -calendar.businessMinutesBetween(to, from);
      const text = String(c.expected);
      const want = text.startsWith('-') ? -Duration.fromISO(text.slice(1)).as('minutes') : Duration.fromISO(text).as('minutes');
      return Math.abs(got - want) < 1e-9 ? { kind: 'pass' } : { kind: 'fail', reason: `expected ${want} min, got ${got} min` };
    }
    case 'is_business_time':
      return compareValue(calendar.isOpenAt(start()), c.expected);
    case 'add_business_days':
      return businessDays(c, compiled, 1);
    case 'subtract_business_days':
      return businessDays(c, compiled, -1);
    case 'business_days_between': {
      const counting = c.holidays_extra?.length ? compileCalendar(toSpec(corpus[c.calendar], c.holidays_extra)) : calendar;
      return compareValue(businessDaysBetween(counting, dayOf(c.start, compiled), dayOf(c.end!, compiled), c.inclusive ?? false), c.expected);
    }
    case 'is_holiday': {
      // A holiday: a date whose weekday has hours but on which the calendar covers nothing.
      const day = dayOf(c.start, compiled);
      const weekdayHours = (corpus[c.calendar].hours[WEEKDAYS[(((day + 3) % 7) + 7) % 7]] ?? []).length > 0;
      return compareValue(weekdayHours && !isBusinessDay(calendar, day), c.expected);
    }
    case 'next_business_periods':
      return nextPeriods(c, compiled);
    case 'resolve_local_time':
      return compareInstant(instantOf(c.start, zone), c.expected, zone);
    default:
      return { kind: 'skip', reason: `operation ${c.operation} has no counterpart in our API` };
  }
}

/** Compiles each calendar once; a calendar that fails validation skips its cases. */
function compileAll(calendars: Record<string, CorpusCalendar>): Map<string, Compiled | string> {
  const out = new Map<string, Compiled | string>();
  for (const [name, calendar] of Object.entries(calendars)) {
    try {
      const spec = toSpec(calendar);
      out.set(name, { spec, calendar: compileCalendar(spec) });
    } catch (error) {
      out.set(name, `calendar refused: ${(error as Error).message}`);
    }
  }
  return out;
}

/** Runs the report; true when no case failed. */
export function runSlaCorpus(file = DEFAULT_CORPUS): boolean {
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as { calendars: Record<string, CorpusCalendar>; cases: CorpusCase[] };
  const calendars = compileAll(corpus.calendars);
  const counts = { pass: 0, fail: 0, skip: 0 };
  const skipped = new Map<string, string[]>();
  console.log(`sla-corpus: ${corpus.cases.length} cases from ${path.relative(repoRoot, file)}`);
  for (const c of corpus.cases) {
    const compiled = calendars.get(c.calendar) ?? `unknown calendar ${c.calendar}`;
    let outcome: Outcome;
    try {
      outcome = typeof compiled === 'string' ? { kind: 'skip', reason: compiled } : runCase(c, compiled, corpus.calendars);
    } catch (error) {
      outcome = { kind: 'fail', reason: `threw ${(error as Error).message}` };
    }
    counts[outcome.kind]++;
    if (outcome.kind === 'fail') console.log(`  FAIL ${c.id} ${c.operation} (${c.calendar}, ${c.start}): ${outcome.reason}${c.note ? ` — note: ${c.note}` : ''}`);
    if (outcome.kind === 'skip') skipped.set(outcome.reason, [...(skipped.get(outcome.reason) ?? []), c.id]);
  }
  for (const [reason, ids] of skipped) console.log(`  skipped ${ids.length} (${reason}): ${ids.join(', ')}`);
  console.log(`  passed ${counts.pass}, failed ${counts.fail}, skipped ${counts.skip} of ${corpus.cases.length}`);
  return counts.fail === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(runSlaCorpus(process.argv[2] ? path.resolve(process.argv[2]) : undefined) ? 0 : 1);
}
