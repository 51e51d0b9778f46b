/**
 * One layer of an on-call schedule: a rotation of participants through shifts of fixed local length,
 * optionally restricted to weekly windows. Pure; instants are epoch milliseconds.
 *
 * Shift k of a rotation covers the local wall-clock times [E + k·P, E + (k+1)·P), where E is the first
 * hand-off (the anchor date at the hand-off time, moved to the hand-off weekday for weekly shifts) and
 * P the shift length. Participant k mod n takes shift k, so participant #0 starts at E; the rotation
 * runs before the anchor too (the anchor fixes the phase, not a start). Because boundaries are wall
 * times, a daily 09:00 hand-off is at 09:00 local every day, and the shift across a daylight-saving
 * change lasts 23 or 25 hours.
 */
import { DAY_MS, zoneOffsets, type ZoneOffsets } from '../../platform/time-zones.js';
import { compileCalendar, type CompiledCalendar, type Weekday, type WeeklyWindow } from '../calendars/index.js';

/** The unit of a shift length. */
export type ShiftUnit = 'hours' | 'days' | 'weeks';

/** Weekdays in ISO order, Monday = 0. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A rotation layer as stored and as the API takes it. */
export interface Layer {
  /** A label for people ("Weekdays", "Nights and weekends"). */
  name?: string;
  /** User ids in rotation order; one may appear more than once. */
  participants: string[];
  /** Positive integer; in hours it must divide 24, so hand-offs keep the same local times every day. */
  shiftLength: number;
  shiftUnit: ShiftUnit;
  /** Local 'HH:MM' of the hand-off. */
  handoffTime: string;
  /** Weekly shifts only: the hand-off weekday (default: the anchor date's weekday). */
  handoffDay?: Weekday;
  /** Local 'YYYY-MM-DD': participant #0 starts at the first hand-off on or after this date. */
  anchorDate: string;
  /** Weekly local windows in which the layer applies; absent or empty means always. */
  restrictions?: WeeklyWindow[];
}

/** A shift of one layer: [startMs, endMs) with the participant on call. */
export interface LayerShift {
  startMs: number;
  endMs: number;
  userId: string;
}

const UNIT_MS: Record<ShiftUnit, number> = { hours: 3_600_000, days: DAY_MS, weeks: 7 * DAY_MS };

/** A layer digested for arithmetic: first hand-off and shift length, both in wall ms. */
export interface RotationPlan {
  zone: ZoneOffsets;
  epochWall: number;
  periodMs: number;
  participants: string[];
}

/** Digests a validated layer. */
export function planRotation(timeZone: string, layer: Layer): RotationPlan {
  const [y, m, d] = layer.anchorDate.split('-').map(Number);
  const [hh, mm] = layer.handoffTime.split(':').map(Number);
  let day = Date.UTC(y, m - 1, d) / DAY_MS;
  if (layer.shiftUnit === 'weeks' && layer.handoffDay) {
    // 1970-01-01 was a Thursday (weekday 3 counted from Monday).
    const weekday = (((day + 3) % 7) + 7) % 7;
    day += (WEEKDAYS.indexOf(layer.handoffDay) - weekday + 7) % 7;
  }
  return {
    zone: zoneOffsets(timeZone),
    epochWall: day * DAY_MS + (hh * 60 + mm) * 60_000,
    periodMs: layer.shiftLength * UNIT_MS[layer.shiftUnit],
    participants: layer.participants,
  };
}

/** The wall ms of hand-off k (the start of shift k). */
export function handoffWall(plan: RotationPlan, k: number): number {
  return plan.epochWall + k * plan.periodMs;
}

/** The instant shift k starts. */
export function shiftStart(plan: RotationPlan, k: number): number {
  return plan.zone.toUtc(handoffWall(plan, k));
}

/** The participant of shift k. */
export function participantOf(plan: RotationPlan, k: number): string {
  const n = plan.participants.length;
  return plan.participants[((k % n) + n) % n];
}

/** The number of the shift running at `ms`. */
export function shiftIndexAt(plan: RotationPlan, ms: number): number {
  let k = Math.floor((plan.zone.wallAt(ms) - plan.epochWall) / plan.periodMs);
  // In a fall-back overlap the wall time is ambiguous; the boundary instants settle it.
  while (shiftStart(plan, k + 1) <= ms) k++;
  while (shiftStart(plan, k) > ms) k--;
  return k;
}

/** The rotation's shifts overlapping [fromMs, toMs), clipped to it, ignoring restrictions. */
export function rotationShifts(plan: RotationPlan, fromMs: number, toMs: number): LayerShift[] {
  const out: LayerShift[] = [];
  if (toMs <= fromMs) return out;
  let k = shiftIndexAt(plan, fromMs);
  let start = shiftStart(plan, k);
  while (start < toMs) {
    const end = shiftStart(plan, k + 1);
    const clipped = { startMs: Math.max(start, fromMs), endMs: Math.min(end, toMs), userId: participantOf(plan, k) };
    if (clipped.endMs > clipped.startMs) out.push(clipped);
    k += 1;
    start = end;
  }
  return out;
}

const compiled = new WeakMap<WeeklyWindow[], { timeZone: string; calendar: CompiledCalendar }>();

/** The compiled restriction windows of a validated layer, or null when it always applies. */
export function restrictionCalendar(timeZone: string, layer: Layer): CompiledCalendar | null {
  const windows = layer.restrictions;
  if (!windows || windows.length === 0) return null;
  const hit = compiled.get(windows);
  if (hit && hit.timeZone === timeZone) return hit.calendar;
  const calendar = compileCalendar({ timeZone, windows });
  compiled.set(windows, { timeZone, calendar });
  return calendar;
}

/** The layer's shifts in [fromMs, toMs): rotation shifts cut to the restriction windows. */
export function layerShifts(timeZone: string, layer: Layer, fromMs: number, toMs: number): LayerShift[] {
  const shifts = rotationShifts(planRotation(timeZone, layer), fromMs, toMs);
  const calendar = restrictionCalendar(timeZone, layer);
  if (!calendar) return shifts;
  return intersect(shifts, calendar.intervalsBetween(fromMs, toMs));
}

/** Shifts cut to sorted, disjoint windows. */
function intersect(shifts: LayerShift[], windows: [number, number][]): LayerShift[] {
  const out: LayerShift[] = [];
  let w = 0;
  for (const s of shifts) {
    while (w < windows.length && windows[w][1] <= s.startMs) w++;
    for (let i = w; i < windows.length && windows[i][0] < s.endMs; i++) {
      const startMs = Math.max(s.startMs, windows[i][0]);
      const endMs = Math.min(s.endMs, windows[i][1]);
      if (startMs < endMs) out.push({ startMs, endMs, userId: s.userId });
    }
  }
  return out;
}
