/**
 * Local wall-clock time ↔ UTC for one IANA zone, with the calendar's daylight-saving rule.
 *
 * Wall-clock times are written as "wall ms": the epoch milliseconds the same date and time would
 * have in UTC (Date.UTC of the local fields). An offset is local minus UTC, in milliseconds.
 *
 * The rule for a wall time that does not map to exactly one instant:
 *  - in a gap (spring forward) it resolves to the first instant after the gap, i.e. the moment the
 *    clocks jump (02:30 in a 02:00–03:00 gap → 03:00 new time);
 *  - in an overlap (fall back) it resolves to the first occurrence (01:30 → 01:30 summer time).
 * Both choices are monotonic, so a window can never end before it starts, and two windows that share
 * a wall-clock edge share the same instant: nothing is counted twice or lost.
 */
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
const SAMPLE_MS = 12 * HOUR_MS;

/** Offsets of one UTC year: `offsets[k]` applies from `changes[k - 1]` (or the year start). */
interface YearTable {
  changes: number[];
  offsets: number[];
}

/** Offset lookups and wall-time resolution for one zone; tables are built lazily per UTC year. */
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
    const earlyFits = this.wallAt(early) === wallMs;
    if (earlyFits) return early;
    if (this.wallAt(late) === wallMs) return late;
    return this.firstChangeAfter(early, late);
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

  // Samples every 12 hours and bisects each change to the millisecond; no zone changes its offset
  // twice within 12 hours, so no change is missed.
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

/** The shared offset tables of a zone (valid IANA name assumed). */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(timeZone: unknown): boolean {
  return typeof timeZone === 'string' && timeZone.length > 0 && IANAZone.isValidZone(timeZone);
}

