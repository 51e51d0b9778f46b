/**
 * Local wall-clock time ↔ UTC for on-call rotations, and the daylight-saving gaps of a zone.
 *
 * Wall-clock times are "wall ms": the epoch milliseconds the same local date and time would have in
 * UTC (Date.UTC of the local fields). An offset is local minus UTC, in milliseconds.
 *
 * The rule is the one coverage calendars use (docs/sla-calendars.md): a wall time in a gap resolves to
 * the instant the clocks jump, and a wall time in an overlap to its first occurrence. Hand-offs are
 * refused in gaps when a schedule is saved (validate-schedule.ts), so the gap rule only matters for a
 * schedule whose zone changed its rules after it was saved.
 */
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
/** One day in wall ms. */
export const DAY_MS = 86_400_000;
// No zone changes its offset twice within 12 hours, so sampling at this step misses no change.
const SAMPLE_MS = 12 * HOUR_MS;

/** True when `timeZone` is an IANA zone name this runtime knows (fixed offsets like '+03:00' are not). */
export function isKnownTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && IANAZone.isValidZone(timeZone);
}

/** Local minus UTC, in ms, at the instant `utcMs`. */
export function offsetAt(timeZone: string, utcMs: number): number {
  return Math.round(IANAZone.create(timeZone).offset(utcMs) * 60_000);
}

/** The wall ms shown by local clocks at `utcMs`. */
export function wallAt(timeZone: string, utcMs: number): number {
  return utcMs + offsetAt(timeZone, utcMs);
}

/** The instant of a wall time: a gap resolves to the jump, an overlap to the first occurrence. */
export function wallToUtc(timeZone: string, wallMs: number): number {
  // Offsets lie within ±14 h, so every instant showing this wall time lies in this 28-hour span.
  const before = offsetAt(timeZone, wallMs - 15 * HOUR_MS);
  const after = offsetAt(timeZone, wallMs + 13 * HOUR_MS);
  if (before === after) return wallMs - before;
  const early = wallMs - Math.max(before, after);
  const late = wallMs - Math.min(before, after);
  if (wallAt(timeZone, early) === wallMs) return early;
  if (wallAt(timeZone, late) === wallMs) return late;
  return changeBetween(timeZone, early, late);
}

/** The first instant in (lo, hi] with the offset that `hi` has. */
function changeBetween(timeZone: string, lo: number, hi: number): number {
  const target = offsetAt(timeZone, hi);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(timeZone, mid) === target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A spring-forward gap: the local times in [startWall, endWall) never show on the clocks. */
export interface DstGap {
  /** The instant the clocks jump. */
  atMs: number;
  startWall: number;
  endWall: number;
}

const gapsByYear = new Map<string, DstGap[]>();

/** The gaps whose jump falls in [fromMs, toMs), in order. */
export function dstGaps(timeZone: string, fromMs: number, toMs: number): DstGap[] {
  const out: DstGap[] = [];
  const last = new Date(toMs).getUTCFullYear();
  for (let year = new Date(fromMs).getUTCFullYear(); year <= last; year++) {
    for (const gap of gapsOfYear(timeZone, year)) if (gap.atMs >= fromMs && gap.atMs < toMs) out.push(gap);
  }
  return out;
}

function gapsOfYear(timeZone: string, year: number): DstGap[] {
  const key = `${timeZone}|${year}`;
  let gaps = gapsByYear.get(key);
  if (!gaps) {
    gaps = findGaps(timeZone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    gapsByYear.set(key, gaps);
  }
  return gaps;
}

function findGaps(timeZone: string, fromMs: number, toMs: number): DstGap[] {
  const gaps: DstGap[] = [];
  let offset = offsetAt(timeZone, fromMs);
  for (let t = fromMs; t < toMs; t += SAMPLE_MS) {
    const next = offsetAt(timeZone, t + SAMPLE_MS);
    if (next > offset) {
      const atMs = changeBetween(timeZone, t, t + SAMPLE_MS);
      if (atMs < toMs) gaps.push({ atMs, startWall: atMs + offset, endWall: atMs + next });
    }
    offset = next;
  }
  return gaps;
}

/** 'YYYY-MM-DD' of a wall ms. */
export function wallDate(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** 'HH:MM' of a wall ms. */
export function wallTime(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(11, 16);
}
