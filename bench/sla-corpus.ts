/**
 * Corpus report (not a test): checks the compiled calendars against the business-hours cases in
 * ../shared/data/sla/sla-cases.json, transcribed from another library's unit tests. Prints pass,
 * fail and skip counts, each failure with its reason, and why cases were skipped.
 *
 *   node --import tsx bench/sla-corpus.ts [path/to/sla-cases.json]
 *
 * Our model has no "business days" and no subtraction; subtraction is expressed here through the
 * public API (walking intervalsBetween backwards), day-based operations are skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Duration } from 'luxon';
import { compileCalendar, type CalendarSpec, type CompiledCalendar, type Weekday } from '../src/modules/calendars/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = path.resolve(repoRoot, '../shared/data/sla/sla-cases.json');
const MINUTE = 60_000;
const YEAR = 366 * 86_400_000;

interface CorpusCalendar {
  timezone: string;
  hours: Partial<Record<Weekday, [string, string][]>>;
  holidays?: string[];
  date_overrides?: Record<string, [string, string][]>;
  breaks?: unknown;
}

interface CorpusCase {
  id: string;
  operation: string;
  calendar: string;
  start: string;
  end?: string;
  amount?: { hours?: number; minutes?: number; seconds?: number; days?: number };
  expected: unknown;
  note?: string;
}

type Outcome = { kind: 'pass' } | { kind: 'fail'; reason: string } | { kind: 'skip'; reason: string };

/** Our spec for a corpus calendar, or the reason it cannot be expressed. */
function toSpec(calendar: CorpusCalendar): CalendarSpec | string {
  if (calendar.breaks !== undefined) return 'calendar has breaks within a day, which our model has no field for';
  const windows = Object.entries(calendar.hours).flatMap(([day, ranges]) =>
    (ranges ?? []).map(([startTime, endTime]) => ({ startDay: day as Weekday, startTime, endDay: day as Weekday, endTime })),
  );
  const exceptions = Object.entries(calendar.date_overrides ?? {}).map(([date, ranges]) => ({ date, windows: ranges.map(([start, end]) => ({ start, end })) }));
  return { timeZone: calendar.timezone, windows, customHolidays: calendar.holidays ?? [], exceptions };
}

function amountMinutes(amount: CorpusCase['amount']): number {
  return (amount?.hours ?? 0) * 60 + (amount?.minutes ?? 0) + (amount?.seconds ?? 0) / 60;
}

/**
 * Subtraction mirrored from addition: from the instant itself if open, else from the previous
 * closing, step back through open time; an exact fit lands on a window's opening.
 */
function subtractBusinessMinutes(calendar: CompiledCalendar, at: number, minutes: number): number | null {
  let remaining = minutes * MINUTE;
  for (let end = at, year = 0; year < 50; year++, end -= YEAR) {
    const intervals = calendar.intervalsBetween(end - YEAR, end);
    for (let i = intervals.length - 1; i >= 0; i--) {
      const [start, stop] = intervals[i];
      if (remaining <= stop - start) return stop - remaining;
      remaining -= stop - start;
    }
  }
  return null;
}

function compareInstant(got: number | null, expected: unknown): Outcome {
  const want = Date.parse(String(expected));
  if (got === want) return { kind: 'pass' };
  return { kind: 'fail', reason: `expected ${new Date(want).toISOString()}, got ${got === null ? 'null' : new Date(got).toISOString()}` };
}

function runCase(c: CorpusCase, calendar: CompiledCalendar): Outcome {
  const start = Date.parse(c.start);
  switch (c.operation) {
    case 'add_business_time':
      return compareInstant(calendar.addBusinessMinutes(start, amountMinutes(c.amount)), c.expected);
    case 'subtract_business_time':
      return compareInstant(subtractBusinessMinutes(calendar, start, amountMinutes(c.amount)), c.expected);
    case 'business_time_between': {
      const got = calendar.businessMinutesBetween(start, Date.parse(c.end!));
      const want = Duration.fromISO(String(c.expected)).as('minutes');
      return Math.abs(got - want) < 1e-9 ? { kind: 'pass' } : { kind: 'fail', reason: `expected ${want} min, got ${got} min` };
    }
    case 'is_business_time':
      return calendar.isOpenAt(start) === c.expected ? { kind: 'pass' } : { kind: 'fail', reason: `expected ${String(c.expected)}` };
    case 'add_business_days':
    case 'subtract_business_days':
    case 'business_days_between':
      return { kind: 'skip', reason: 'business days: SLA targets in our model are covered minutes, there is no day arithmetic' };
    default:
      return { kind: 'skip', reason: `operation ${c.operation} has no counterpart in our API` };
  }
}

/** Compiles each calendar once; a calendar we cannot express or that fails validation skips its cases. */
function compileAll(calendars: Record<string, CorpusCalendar>): Map<string, CompiledCalendar | string> {
  const out = new Map<string, CompiledCalendar | string>();
  for (const [name, calendar] of Object.entries(calendars)) {
    const spec = toSpec(calendar);
    try {
      out.set(name, typeof spec === 'string' ? spec : compileCalendar(spec));
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
    const calendar = calendars.get(c.calendar) ?? `unknown calendar ${c.calendar}`;
    const outcome: Outcome = typeof calendar === 'string' ? { kind: 'skip', reason: calendar } : runCase(c, calendar);
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
