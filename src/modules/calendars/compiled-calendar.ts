/**
 * A calendar compiled to sorted UTC open intervals with running totals (see interval-index.ts), so
 * that business-time arithmetic is a bucket lookup and a short binary search, allocating nothing.
 *
 * Local years are compiled lazily as queries reach them and kept as one contiguous run. The run is
 * bounded: adding time searches at most HORIZON_YEARS ahead, a run longer than MAX_RUN_YEARS is
 * dropped and recompiled around the query, and instants outside the supported range count as closed.
 */
import { MINUTE_MS, firstDayOfYear, type CalendarSpec } from './calendar.js';
import { argumentError } from './calendar-errors.js';
import { compileYear, dayStart, planCalendar, type CalendarPlan } from './compile-year.js';
import { IntervalIndex, NO_INTERVALS } from './interval-index.js';
import { validateCalendarSpec } from './validate-calendar.js';

/** How far ahead adding time looks for enough open time before answering null. */
export const HORIZON_YEARS = 50;
const MAX_RUN_YEARS = 120;
/** Supported instants; the calendar counts as closed outside them. */
export const SUPPORTED_FROM_MS = Date.UTC(1900, 0, 2);
export const SUPPORTED_TO_MS = Date.UTC(2299, 11, 30);
// The local years of SUPPORTED_FROM_MS and SUPPORTED_TO_MS in every zone.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2299;

/** Business-time arithmetic over one calendar. Instants are epoch milliseconds. */
export interface CompiledCalendar {
  readonly timeZone: string;
  /**
   * The instant at which `minutes` covered minutes (fractions allowed) have elapsed from `fromMs`.
   * From a closed instant the clock starts at the next opening; the result lands inside a window or
   * exactly at its end. Null when the calendar does not open enough within 50 years.
   */
  addBusinessMinutes(fromMs: number, minutes: number): number | null;
  /**
   * The instant `minutes` covered minutes (fractions allowed) before `toMs`: how long before a due
   * time a warning falls. From a closed instant the count starts at the previous closing; the
   * result lands inside a window or exactly at its start. Null when the calendar was not open
   * enough within 50 years before (or before 1900).
   */
  subtractBusinessMinutes(toMs: number, minutes: number): number | null;
  /** Covered minutes between two instants (fractional allowed), 0 if to <= from. */
  businessMinutesBetween(fromMs: number, toMs: number): number;
  /** Whether the instant lies in an open interval [start, end). */
  isOpenAt(ms: number): boolean;
  /** The next instant >= ms at which the calendar is open (ms itself if open), or null if never. */
  nextOpening(ms: number): number | null;
  /**
   * The last instant <= ms up to which the calendar was open: ms itself when open or exactly at a
   * closing, else the end of the last open interval before it; null if it never was (50 years back).
   */
  previousClosing(ms: number): number | null;
  /** The open intervals [startMs, endMs) overlapping [fromMs, toMs), clipped to that range, in order. */
  intervalsBetween(fromMs: number, toMs: number): [number, number][];
}

/**
 * Validates `spec` (AppError 422 on the first problem) and compiles it to sorted UTC intervals with
 * running totals. Local years are compiled lazily, whole years at a time, as queries reach them.
 */
export function compileCalendar(spec: CalendarSpec): CompiledCalendar {
  validateCalendarSpec(spec);
  return new IntervalCalendar(spec.timeZone, planCalendar(spec));
}

class IntervalCalendar implements CompiledCalendar {
  // Until the first query the run is empty and its bounds NaN, so every range test takes the slow path.
  private index = NO_INTERVALS;
  private firstYear = NaN;
  private lastYear = NaN;
  private readonly years = new Map<number, number[]>();

  constructor(readonly timeZone: string, private readonly plan: CalendarPlan) {}

  addBusinessMinutes(fromMs: number, minutes: number): number | null {
    if (!(minutes >= 0 && minutes < Infinity)) throw argumentError(`minutes must be a finite number >= 0, got ${minutes}`);
    const index = this.index;
    if (fromMs >= index.runFrom && fromMs < index.runTo) {
      const result = index.add(fromMs, minutes * MINUTE_MS);
      // NaN means the answer lies beyond the compiled run.
      if (result === result) return result;
    }
    return this.addSlow(fromMs, minutes * MINUTE_MS);
  }

  subtractBusinessMinutes(toMs: number, minutes: number): number | null {
    if (!(minutes >= 0 && minutes < Infinity)) throw argumentError(`minutes must be a finite number >= 0, got ${minutes}`);
    const index = this.index;
    if (toMs > index.runFrom && toMs <= index.runTo) {
      const result = index.subtract(toMs, minutes * MINUTE_MS);
      // NaN means the answer lies before the compiled run.
      if (result === result) return result;
    }
    return this.subtractSlow(toMs, minutes * MINUTE_MS);
  }

  businessMinutesBetween(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    const index = this.index;
    if (!(fromMs >= index.runFrom && toMs <= index.runTo)) return this.betweenSlow(fromMs, toMs);
    return (index.openBefore(toMs) - index.openBefore(fromMs)) / MINUTE_MS;
  }

  isOpenAt(ms: number): boolean {
    if (!(ms >= this.index.runFrom && ms < this.index.runTo)) {
      if (this.checkInstant(ms) !== ms) return false;
      this.cover(ms, ms);
    }
    const i = this.index.firstEndingAfter(ms);
    return i < this.index.count && this.index.starts[i] <= ms;
  }

  nextOpening(ms: number): number | null {
    return this.addBusinessMinutes(ms, 0);
  }

  previousClosing(ms: number): number | null {
    return this.subtractBusinessMinutes(ms, 0);
  }

  intervalsBetween(fromMs: number, toMs: number): [number, number][] {
    const from = this.checkInstant(fromMs);
    const to = this.checkInstant(toMs);
    if (to <= from) return [];
    this.cover(from, to);
    const { starts, ends, count } = this.index;
    const out: [number, number][] = [];
    for (let i = this.index.firstEndingAfter(from); i < count && starts[i] < to; i++) {
      out.push([Math.max(starts[i], from), Math.min(ends[i], to)]);
    }
    return out;
  }

  private addSlow(fromMs: number, ms: number): number | null {
    const from = this.checkInstant(fromMs);
    if (fromMs >= SUPPORTED_TO_MS) return null;
    const firstYear = this.plan.zone.localYearAt(from);
    const lastYear = Math.min(firstYear + HORIZON_YEARS, this.plan.lastOpenYear, LAST_YEAR);
    this.coverYears(firstYear, firstYear);
    for (;;) {
      const result = this.index.add(from, ms);
      if (result === result) return result <= SUPPORTED_TO_MS ? result : null;
      if (this.lastYear >= lastYear) return null;
      this.coverYears(firstYear, this.lastYear + 1);
    }
  }

  private subtractSlow(toMs: number, ms: number): number | null {
    const to = this.checkInstant(toMs);
    if (toMs <= SUPPORTED_FROM_MS) return null;
    const lastYear = this.plan.zone.localYearAt(to);
    const firstYear = Math.max(lastYear - HORIZON_YEARS, this.plan.firstOpenYear, FIRST_YEAR);
    // The year `to` falls in, and the one before when `to` is its very first instant.
    this.coverYears(Math.min(lastYear, this.plan.zone.localYearAt(to - 1)), lastYear);
    for (;;) {
      const result = this.index.subtract(to, ms);
      if (result === result) return result >= SUPPORTED_FROM_MS ? result : null;
      if (this.firstYear <= firstYear) return null;
      this.coverYears(this.firstYear - 1, lastYear);
    }
  }

  private betweenSlow(fromMs: number, toMs: number): number {
    const from = this.checkInstant(fromMs);
    const to = this.checkInstant(toMs);
    if (to <= from) return 0;
    this.cover(from, to);
    return (this.index.openBefore(to) - this.index.openBefore(from)) / MINUTE_MS;
  }

  /** Throws on a non-finite instant; returns it clamped to the supported range. */
  private checkInstant(ms: number): number {
    if (!Number.isFinite(ms)) throw argumentError(`an instant must be finite epoch milliseconds, got ${ms}`);
    return Math.min(Math.max(ms, SUPPORTED_FROM_MS), SUPPORTED_TO_MS);
  }

  /** Makes the run contain the supported instants [from, to]. */
  private cover(from: number, to: number): void {
    if (from >= this.index.runFrom && to < this.index.runTo) return;
    this.coverYears(this.plan.zone.localYearAt(from), this.plan.zone.localYearAt(to));
  }

  private coverYears(first: number, last: number): void {
    let runFirst = Number.isNaN(this.firstYear) ? first : Math.min(first, this.firstYear);
    let runLast = Number.isNaN(this.lastYear) ? last : Math.max(last, this.lastYear);
    if (runFirst === this.firstYear && runLast === this.lastYear) return;
    // Keeps memory bounded when queries jump around the centuries: start a fresh run instead.
    if (runLast - runFirst + 1 > MAX_RUN_YEARS) {
      this.years.clear();
      [runFirst, runLast] = [first, last];
    }
    for (const year of this.years.keys()) if (year < runFirst || year > runLast) this.years.delete(year);
    for (let year = runFirst; year <= runLast; year++) {
      if (!this.years.has(year)) this.years.set(year, compileYear(this.plan, year));
    }
    this.firstYear = runFirst;
    this.lastYear = runLast;
    this.rebuild();
  }

  private rebuild(): void {
    const flat: number[] = [];
    for (let year = this.firstYear; year <= this.lastYear; year++) {
      const intervals = this.years.get(year)!;
      for (let i = 0; i < intervals.length; i += 2) {
        const n = flat.length;
        // Years are clipped at midnight of 1 January; an interval running through it is rejoined.
        if (n > 0 && flat[n - 1] === intervals[i]) flat[n - 1] = intervals[i + 1];
        else flat.push(intervals[i], intervals[i + 1]);
      }
    }
    const runFrom = dayStart(this.plan.zone, firstDayOfYear(this.firstYear));
    this.index = new IntervalIndex(flat, runFrom, dayStart(this.plan.zone, firstDayOfYear(this.lastYear + 1)));
  }
}
