/**
 * Refusing bad schedules and overrides before they are stored. Each check throws the first problem
 * it finds as a 422 AppError whose `field` is a JSON pointer into the request body.
 */
import { AppError } from '../../platform/errors.js';
import { assertTimeZone, DAY_MS, wallDate, wallTime } from '../../platform/time-zones.js';
import { validateCalendarSpec } from '../calendars/index.js';
import { oncallError } from './oncall-errors.js';
import { handoffWall, planRotation, WEEKDAYS, type Layer } from './rotation.js';
import type { Schedule } from './schedule.js';

/** How far ahead hand-offs are checked against daylight-saving gaps. */
export const GAP_CHECK_YEARS = 10;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_LENGTH = { hours: 24, days: 366, weeks: 52 } as const;

/**
 * Throws AppError (422) for the first problem in `schedule`: unknown time zone, no layers, a layer
 * without participants, a malformed hand-off time, weekday or anchor date, a shift length that is not
 * a positive whole number (in hours: one that does not divide 24), a bad restriction window, or a
 * hand-off that would fall in a daylight-saving gap within ten years of `nowMs` (naming the date).
 */
export function validateSchedule(schedule: Schedule, nowMs: number): void {
  assertTimeZone(schedule.timeZone, '/timeZone');
  if (!Array.isArray(schedule.layers) || schedule.layers.length === 0) {
    throw oncallError('oncall_no_layers', 'A schedule needs at least one layer', '/layers');
  }
  schedule.layers.forEach((layer, i) => checkLayer(schedule.timeZone, layer, `/layers/${i}`));
  schedule.layers.forEach((layer, i) => checkGaps(schedule.timeZone, layer, `/layers/${i}`, nowMs));
}

function checkLayer(timeZone: string, layer: Layer, at: string): void {
  if (!Array.isArray(layer.participants) || layer.participants.length === 0) {
    throw oncallError('oncall_no_participants', 'A layer needs at least one participant', `${at}/participants`);
  }
  const unit = layer.shiftUnit;
  if (!(unit in MAX_LENGTH)) throw oncallError('oncall_bad_shift_length', 'shiftUnit must be hours, days or weeks', `${at}/shiftUnit`);
  const n = layer.shiftLength;
  if (!Number.isInteger(n) || n <= 0 || n > MAX_LENGTH[unit]) {
    throw oncallError('oncall_bad_shift_length', `shiftLength must be a whole number of ${unit} from 1 to ${MAX_LENGTH[unit]}`, `${at}/shiftLength`);
  }
  if (unit === 'hours' && 24 % n !== 0) {
    throw oncallError('oncall_bad_shift_length', 'Shifts in hours must divide the day (1, 2, 3, 4, 6, 8, 12 or 24) so hand-offs keep their local times; use days for longer shifts', `${at}/shiftLength`);
  }
  if (typeof layer.handoffTime !== 'string' || !TIME.test(layer.handoffTime)) {
    throw oncallError('oncall_bad_time', 'handoffTime must be local HH:MM (00:00–23:59)', `${at}/handoffTime`);
  }
  checkHandoffDay(layer, at);
  if (!isRealDate(layer.anchorDate)) throw oncallError('oncall_bad_date', 'anchorDate must be a real YYYY-MM-DD date (1970–2199)', `${at}/anchorDate`);
  checkRestrictions(timeZone, layer, at);
}

function checkHandoffDay(layer: Layer, at: string): void {
  if (layer.handoffDay === undefined) return;
  if (layer.shiftUnit !== 'weeks') throw oncallError('oncall_handoff_day_not_weekly', 'handoffDay applies to weekly shifts only', `${at}/handoffDay`);
  if (!WEEKDAYS.includes(layer.handoffDay)) throw oncallError('oncall_bad_weekday', `handoffDay must be one of ${WEEKDAYS.join(', ')}`, `${at}/handoffDay`);
}

function isRealDate(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  return y >= 1970 && y <= 2199 && new Date(Date.UTC(y, mo - 1, d)).toISOString().slice(0, 10) === value;
}

const RESTRICTION_CODES = {
  calendar_window_ends_before_start: 'oncall_restriction_ends_before_start',
  calendar_windows_overlap: 'oncall_restrictions_overlap',
  calendar_bad_time: 'oncall_bad_time',
  calendar_bad_weekday: 'oncall_bad_weekday',
} as const;

/** Restrictions are weekly calendar windows: the calendars module checks them, and its fields are renamed. */
function checkRestrictions(timeZone: string, layer: Layer, at: string): void {
  if (layer.restrictions === undefined) return;
  try {
    validateCalendarSpec({ timeZone, windows: layer.restrictions });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const code = RESTRICTION_CODES[error.code as keyof typeof RESTRICTION_CODES] ?? 'oncall_invalid_restriction';
    const field = `${at}/restrictions${(error.field ?? '').replace(/^\/windows/, '')}`;
    throw oncallError(code, error.message.replace(/^Window/, 'Restriction').replace(/window/g, 'restriction'), field);
  }
}

/** Refuses a layer whose hand-off falls in a spring-forward gap in the next ten years. */
function checkGaps(timeZone: string, layer: Layer, at: string, nowMs: number): void {
  const plan = planRotation(timeZone, layer);
  const toMs = nowMs + GAP_CHECK_YEARS * 366 * DAY_MS;
  for (const gap of plan.zone.gapsBetween(nowMs, toMs)) {
    // The first hand-off at or after the gap's first local time.
    const k = Math.ceil((gap.startWall - plan.epochWall) / plan.periodMs);
    const wall = handoffWall(plan, k);
    if (wall >= gap.endWall) continue;
    const date = wallDate(wall);
    throw oncallError(
      'oncall_handoff_in_dst_gap',
      `The hand-off at ${wallTime(wall)} on ${date} does not exist in ${timeZone}: clocks jump from ${wallTime(gap.startWall)} to ${wallTime(gap.endWall)}. Choose a hand-off time outside that gap.`,
      `${at}/handoffTime`,
      { date, time: wallTime(wall), gapStart: wallTime(gap.startWall), gapEnd: wallTime(gap.endWall) },
    );
  }
}

/** An override as the use case sees it: instants in ms. */
export interface OverrideInput {
  userId: string;
  replacesUserId: string | null;
  startMs: number;
  endMs: number;
}

/** Throws AppError (422) when an override does not end after it starts, or replaces its own user. */
export function validateOverride(o: OverrideInput): void {
  if (!Number.isFinite(o.startMs)) throw oncallError('oncall_bad_date', 'startAt must be an ISO-8601 instant', '/startAt');
  if (!Number.isFinite(o.endMs)) throw oncallError('oncall_bad_date', 'endAt must be an ISO-8601 instant', '/endAt');
  if (o.endMs <= o.startMs) throw oncallError('oncall_override_ends_before_start', 'The override must end after it starts', '/endAt');
  if (o.replacesUserId !== null && o.replacesUserId === o.userId) {
    throw oncallError('oncall_override_replaces_self', 'An override cannot replace the person who covers it', '/replacesUserId');
  }
}
