/**
 * An on-call schedule: layers of rotations in one time zone plus overrides, merged into who is on
 * call when. Pure; instants are epoch milliseconds and every interval is half-open [start, end).
 *
 * Merging, at every instant:
 *  1. the top-most layer (the last in the list) that is active wins; with none active, nobody is on
 *     call;
 *  2. then the last override (in the order given, i.e. creation order) covering the instant applies:
 *     one without `replacesUserId` puts its user on call whoever the layers chose, even nobody; one
 *     with `replacesUserId` applies only while the layers chose that user. A swap is two replacing
 *     overrides.
 * At most one person is on call at a time.
 */
import { layerShifts, type Layer, type LayerShift } from './rotation.js';

/** A schedule's rules. */
export interface Schedule {
  /** IANA time zone of every hand-off time, anchor date and restriction window. */
  timeZone: string;
  /** Bottom first; a later layer overrides earlier ones where it is active. */
  layers: Layer[];
}

/** User `userId` covers [startMs, endMs), for everyone or only instead of `replacesUserId`. */
export interface Override {
  id: string;
  userId: string;
  replacesUserId: string | null;
  startMs: number;
  endMs: number;
}

/** Who is on call and why: a layer's rotation (layer index) or an override (its id). */
export interface OnCall {
  userId: string;
  layer: number | null;
  source: 'rotation' | 'override';
  overrideId: string | null;
}

/** A stretch of the merged schedule with one person on call. */
export interface Shift extends OnCall {
  startMs: number;
  endMs: number;
}

/** The instant the person on call changes; null on a side means nobody. */
export interface Handoff {
  atMs: number;
  from: OnCall | null;
  to: OnCall | null;
}

/** The merged shifts overlapping [fromMs, toMs), clipped to it; stretches with nobody on call are left out. */
export function shiftsBetween(schedule: Schedule, overrides: Override[], fromMs: number, toMs: number): Shift[] {
  if (!(toMs > fromMs)) return [];
  const layers = schedule.layers.map((layer) => layerShifts(schedule.timeZone, layer, fromMs, toMs));
  const active = overrides.filter((o) => o.startMs < toMs && o.endMs > fromMs && o.startMs < o.endMs);
  const cursors = layers.map(() => 0);
  const out: Shift[] = [];
  const points = cutPoints(layers, active, fromMs, toMs);
  for (let p = 0; p + 1 < points.length; p++) {
    const at = points[p];
    const who = decide(topLayer(layers, cursors, at), active, at);
    if (who) append(out, { ...who, startMs: at, endMs: points[p + 1] });
  }
  return out;
}

/** Who is on call at `atMs`: one entry, or none when nobody is. */
export function onCallAt(schedule: Schedule, overrides: Override[], atMs: number): OnCall[] {
  return shiftsBetween(schedule, overrides, atMs, atMs + 1).map(({ userId, layer, source, overrideId }) => ({ userId, layer, source, overrideId }));
}

const HANDOFF_STEP_MS = 28 * 86_400_000;
/** How far ahead nextHandoffs looks before giving up (a one-person rotation never hands off). */
export const HANDOFF_HORIZON_MS = 732 * 86_400_000;

/** The next `count` changes of the person on call strictly after `atMs`, within two years. */
export function nextHandoffs(schedule: Schedule, overrides: Override[], atMs: number, count: number): Handoff[] {
  const out: Handoff[] = [];
  let current = null as OnCall | null;
  for (let from = atMs; out.length < count && from < atMs + HANDOFF_HORIZON_MS; from += HANDOFF_STEP_MS) {
    for (const [at, who] of timeline(shiftsBetween(schedule, overrides, from, from + HANDOFF_STEP_MS), from, from + HANDOFF_STEP_MS)) {
      if (at > atMs && current?.userId !== who?.userId) out.push({ atMs: at, from: current, to: who });
      current = who;
    }
  }
  return out.slice(0, count);
}

/** Merged shifts as a list of changes [instant, who is on call from then], nobody included. */
function timeline(shifts: Shift[], fromMs: number, toMs: number): [number, OnCall | null][] {
  const out: [number, OnCall | null][] = [];
  let cursor = fromMs;
  for (const { startMs, endMs, ...who } of shifts) {
    if (startMs > cursor) out.push([cursor, null]);
    out.push([startMs, who]);
    cursor = endMs;
  }
  if (cursor < toMs) out.push([cursor, null]);
  return out;
}

/** Every instant in [fromMs, toMs] at which some layer shift or override starts or ends, sorted. */
function cutPoints(layers: LayerShift[][], overrides: Override[], fromMs: number, toMs: number): number[] {
  const set = new Set<number>([fromMs, toMs]);
  for (const shifts of layers) for (const s of shifts) set.add(s.startMs).add(s.endMs);
  for (const o of overrides) set.add(Math.max(o.startMs, fromMs)).add(Math.min(o.endMs, toMs));
  return [...set].sort((a, b) => a - b);
}

/** The top-most layer with a shift covering `at`; cursors only move forward, so `at` must not decrease. */
function topLayer(layers: LayerShift[][], cursors: number[], at: number): OnCall | null {
  let found: OnCall | null = null;
  layers.forEach((shifts, i) => {
    while (cursors[i] < shifts.length && shifts[cursors[i]].endMs <= at) cursors[i]++;
    const s = shifts[cursors[i]];
    if (s && s.startMs <= at) found = { userId: s.userId, layer: i, source: 'rotation', overrideId: null };
  });
  return found;
}

function decide(base: OnCall | null, overrides: Override[], at: number): OnCall | null {
  for (let i = overrides.length - 1; i >= 0; i--) {
    const o = overrides[i];
    if (o.startMs > at || o.endMs <= at) continue;
    if (o.replacesUserId === null || o.replacesUserId === base?.userId) {
      return { userId: o.userId, layer: null, source: 'override', overrideId: o.id };
    }
  }
  return base;
}

/** Adds a stretch, joining it to the previous one when it continues it unchanged. */
function append(out: Shift[], next: Shift): void {
  const last = out[out.length - 1];
  const same = last && last.endMs === next.startMs && last.userId === next.userId && last.layer === next.layer && last.overrideId === next.overrideId;
  if (same) last.endMs = next.endMs;
  else out.push(next);
}
