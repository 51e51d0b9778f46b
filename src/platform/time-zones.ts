/**
 * The one time-zone engine: local wall-clock time ↔ UTC in an IANA zone, the zone's daylight-saving
 * gaps, and the one check that a zone name is known. Coverage calendars and on-call rotations both
 * count time with it, so a wall time means the same instant in both.
 *
 * Wall-clock times are written as "wall ms": the epoch milliseconds the same date and time would
 * have in UTC (Date.UTC of the local fields). An offset is local minus UTC, in milliseconds.
 *
 * The rule for a wall time that does not map to exactly one instant (docs/sla-calendars.md):
 *  - in a gap (spring forward) it resolves to the first instant after the gap, i.e. the moment the
 *    clocks jump (02:30 in a 02:00–03:00 gap → 03:00 new time);
 *  - in an overlap (fall back) it resolves to the first occurrence (01:30 → 01:30 summer time).
 * Both choices are monotonic, so a window can never end before it starts, and two windows that share
 * a wall-clock edge share the same instant: nothing is counted twice or lost.
 */
import { IANAZone } from 'luxon';
import { AppError } from './errors.js';

const HOUR_MS = 3_600_000;
/** One day in wall ms. */
export const DAY_MS = 86_400_000;
// No zone changes its offset twice within 12 hours, so sampling at this step misses no change.
const SAMPLE_MS = 12 * HOUR_MS;

/** Offsets of one UTC year: `offsets[k]` applies from `changes[k - 1]` (or the year start). */
interface YearTable {
  changes: number[];
  offsets: number[];
}

/** A spring-forward gap: the local times in [startWall, endWall) never show on the clocks. */
export interface DstGap {
  /** The instant the clocks jump. */
  atMs: number;
  startWall: number;
  endWall: number;
}

/**
 * Offset lookups and wall-time resolution for one zone. The zone's offset changes are found once
 * per UTC year (with Luxon) and kept, so a lookup is a scan of a year's two or so changes rather
 * than a call into Intl.
 */
export class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly tables = new Map<number, YearTable>();

  constructor(readonly timeZone: string) {
    this.zone = IANAZone.create(timeZone);
  }

  /** Local minus UTC, in ms, at the instant `utcMs`. */
  offsetAt(utcMs: number): number {
    const table = this.table(new Date(utcMs).getUTCFullYear());
    let k = 0;
    while (k < table.changes.length && table.changes[k] <= utcMs) k++;
    return table.offsets[k];
  }

  /** The wall ms shown by local clocks at `utcMs`. */
  wallAt(utcMs: number): number {
    return utcMs + this.offsetAt(utcMs);
  }

  /** The local calendar year at `utcMs`. */
  localYearAt(utcMs: number): number {
    return new Date(this.wallAt(utcMs)).getUTCFullYear();
  }

  /** The instant of a wall time, resolving gaps forward and overlaps to the first occurrence. */
  toUtc(wallMs: number): number {
    // Offsets lie within ±14 h, so every instant showing this wall time lies in this 28-hour span.
    const before = this.offsetAt(wallMs - 15 * HOUR_MS);
    const after = this.offsetAt(wallMs + 13 * HOUR_MS);
    if (before === after) return wallMs - before;
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    if (this.wallAt(early) === wallMs) return early;
    if (this.wallAt(late) === wallMs) return late;
    return this.firstChangeAfter(early, late);
  }

  /** The spring-forward gaps whose jump falls in [fromMs, toMs), in order. */
  gapsBetween(fromMs: number, toMs: number): DstGap[] {
    const out: DstGap[] = [];
    const last = new Date(toMs).getUTCFullYear();
    for (let year = new Date(fromMs).getUTCFullYear(); year <= last; year++) {
      const { changes, offsets } = this.table(year);
      changes.forEach((atMs, k) => {
        if (offsets[k + 1] > offsets[k] && atMs >= fromMs && atMs < toMs) {
          out.push({ atMs, startWall: atMs + offsets[k], endWall: atMs + offsets[k + 1] });
        }
      });
    }
    return out;
  }

  /** The instant in (from, to] at which the offset last changes: where a gap ends. */
  private firstChangeAfter(from: number, to: number): number {
    const target = this.offsetAt(to);
    let lo = from;
    let hi = to;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid) === target) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  private table(year: number): YearTable {
    let table = this.tables.get(year);
    if (!table) {
      table = this.buildTable(year);
      this.tables.set(year, table);
    }
    return table;
  }

  // Samples every 12 hours and bisects each change to the millisecond.
  private buildTable(year: number): YearTable {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    const offsets = [this.luxonOffset(start)];
    const changes: number[] = [];
    for (let t = start; t < end; t += SAMPLE_MS) {
      const next = Math.min(t + SAMPLE_MS, end);
      const current = offsets[offsets.length - 1];
      const offset = this.luxonOffset(next);
      if (offset === current) continue;
      const at = this.bisect(t, next, current);
      if (at < end) {
        changes.push(at);
        offsets.push(offset);
      }
    }
    return { changes, offsets };
  }

  private bisect(lo: number, hi: number, offsetAtLo: number): number {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.luxonOffset(mid) === offsetAtLo) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  private luxonOffset(utcMs: number): number {
    return Math.round(this.zone.offset(utcMs) * 60_000);
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The shared offset tables of a zone (a name that passed isKnownTimeZone). */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

/** True when `timeZone` is an IANA zone name this runtime knows (fixed offsets like '+03:00' are not). */
export function isKnownTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && IANAZone.isValidZone(timeZone);
}

/**
 * Throws AppError 422 `unknown_time_zone` at `field` (a JSON pointer into the request) unless
 * `timeZone` is an IANA zone name this runtime knows. The one check every module uses.
 */
export function assertTimeZone(timeZone: unknown, field: string): asserts timeZone is string {
  if (!isKnownTimeZone(timeZone)) {
    throw new AppError('unknown_time_zone', `${JSON.stringify(timeZone)} is not an IANA time zone (e.g. Europe/London)`, { status: 422, field });
  }
}

/** 'YYYY-MM-DD' of a wall ms. */
export function wallDate(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** 'HH:MM' of a wall ms. */
export function wallTime(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(11, 16);
}
