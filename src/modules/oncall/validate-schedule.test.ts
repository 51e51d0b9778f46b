import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import type { Layer } from './rotation.js';
import type { Schedule } from './schedule.js';
import { validateOverride, validateSchedule, type OverrideInput } from './validate-schedule.js';

const NOW = Date.parse('2026-03-02T14:00:00Z');
const layer = (extra: Record<string, unknown> = {}) => ({ participants: ['ann', 'bob'], shiftLength: 1, shiftUnit: 'days', handoffTime: '09:00', anchorDate: '2026-03-02', ...extra }) as Layer;
const schedule = (extra: Record<string, unknown> = {}, ...layers: Layer[]) => ({ timeZone: 'America/New_York', layers: layers.length ? layers : [layer()], ...extra }) as Schedule;
const win = (startDay: string, startTime: string, endDay: string, endTime: string) => ({ startDay, startTime, endDay, endTime });

function problemOf(fn: () => void): { code: string; field?: string; status: number; message: string; details?: Record<string, unknown> } | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.field, status: error.status, message: error.message, details: error.details };
  }
}

const bad: { reason: string; schedule: Schedule; code: string; field: string }[] = [
  { reason: 'an unknown time zone', schedule: schedule({ timeZone: 'Mars/Olympus_Mons' }), code: 'unknown_time_zone', field: '/timeZone' },
  { reason: 'a fixed offset instead of a zone', schedule: schedule({ timeZone: '+03:00' }), code: 'unknown_time_zone', field: '/timeZone' },
  { reason: 'no layers', schedule: schedule({ layers: [] }), code: 'oncall_no_layers', field: '/layers' },
  { reason: 'a layer with no participants', schedule: schedule({}, layer(), layer({ participants: [] })), code: 'oncall_no_participants', field: '/layers/1/participants' },
  { reason: 'a shift length of zero', schedule: schedule({}, layer({ shiftLength: 0 })), code: 'oncall_bad_shift_length', field: '/layers/0/shiftLength' },
  { reason: 'a negative shift length', schedule: schedule({}, layer({ shiftLength: -2 })), code: 'oncall_bad_shift_length', field: '/layers/0/shiftLength' },
  { reason: 'a fractional shift length', schedule: schedule({}, layer({ shiftLength: 1.5 })), code: 'oncall_bad_shift_length', field: '/layers/0/shiftLength' },
  { reason: 'hour shifts that do not divide the day', schedule: schedule({}, layer({ shiftLength: 5, shiftUnit: 'hours' })), code: 'oncall_bad_shift_length', field: '/layers/0/shiftLength' },
  { reason: 'an unknown shift unit', schedule: schedule({}, layer({ shiftUnit: 'months' })), code: 'oncall_bad_shift_length', field: '/layers/0/shiftUnit' },
  { reason: 'a hand-off time without a leading zero', schedule: schedule({}, layer({ handoffTime: '9:00' })), code: 'oncall_bad_time', field: '/layers/0/handoffTime' },
  { reason: 'a hand-off at 24:00', schedule: schedule({}, layer({ handoffTime: '24:00' })), code: 'oncall_bad_time', field: '/layers/0/handoffTime' },
  { reason: 'a hand-off weekday on daily shifts', schedule: schedule({}, layer({ handoffDay: 'mon' })), code: 'oncall_handoff_day_not_weekly', field: '/layers/0/handoffDay' },
  { reason: 'an unknown hand-off weekday', schedule: schedule({}, layer({ shiftUnit: 'weeks', handoffDay: 'monday' })), code: 'oncall_bad_weekday', field: '/layers/0/handoffDay' },
  { reason: 'an anchor date that does not exist', schedule: schedule({}, layer({ anchorDate: '2026-02-29' })), code: 'oncall_bad_date', field: '/layers/0/anchorDate' },
  { reason: 'a restriction ending before it starts on the same day', schedule: schedule({}, layer({ restrictions: [win('mon', '18:00', 'mon', '08:00')] })), code: 'oncall_restriction_ends_before_start', field: '/layers/0/restrictions/0/endTime' },
  { reason: 'overlapping restrictions', schedule: schedule({}, layer({ restrictions: [win('fri', '18:00', 'mon', '08:00'), win('sun', '20:00', 'sun', '22:00')] })), code: 'oncall_restrictions_overlap', field: '/layers/0/restrictions/1' },
  { reason: 'a restriction with a bad time', schedule: schedule({}, layer({ restrictions: [win('mon', '18:00', 'tue', '8am')] })), code: 'oncall_bad_time', field: '/layers/0/restrictions/0/endTime' },
  { reason: 'a daily hand-off at 02:30 in New York', schedule: schedule({}, layer({ handoffTime: '02:30' })), code: 'oncall_handoff_in_dst_gap', field: '/layers/0/handoffTime' },
  { reason: 'a 6-hour rotation through 02:00 in New York', schedule: schedule({}, layer({ shiftLength: 6, shiftUnit: 'hours', handoffTime: '08:00' })), code: 'oncall_handoff_in_dst_gap', field: '/layers/0/handoffTime' },
  { reason: 'a Sunday 01:00 weekly hand-off in London', schedule: schedule({ timeZone: 'Europe/London' }, layer({ shiftUnit: 'weeks', handoffDay: 'sun', handoffTime: '01:00' })), code: 'oncall_handoff_in_dst_gap', field: '/layers/0/handoffTime' },
];

describe('validateSchedule', () => {
  it.each(bad)('refuses $reason with $code at $field', ({ schedule: s, code, field }) => {
    expect(problemOf(() => validateSchedule(s, NOW))).toMatchObject({ status: 422, code, field });
  });

  it('names the date of the first hand-off that falls in a gap', () => {
    const p = problemOf(() => validateSchedule(schedule({}, layer({ handoffTime: '02:30' })), NOW));
    expect(p?.message).toBe('The hand-off at 02:30 on 2026-03-08 does not exist in America/New_York: clocks jump from 02:00 to 03:00. Choose a hand-off time outside that gap.');
    expect(p?.details).toEqual({ date: '2026-03-08', time: '02:30', gapStart: '02:00', gapEnd: '03:00' });
    const later = problemOf(() => validateSchedule(schedule({}, layer({ handoffTime: '02:30' })), Date.parse('2026-06-01T00:00:00Z')));
    expect(later?.details?.date).toBe('2027-03-14');
  });

  it('checks the real hand-off instants against the real gaps: Monday 02:30 passes in New York, and Lord Howe’s gap is only half an hour', () => {
    expect(problemOf(() => validateSchedule(schedule({}, layer({ shiftUnit: 'weeks', handoffDay: 'mon', handoffTime: '02:30' })), NOW))).toBeNull();
    expect(problemOf(() => validateSchedule(schedule({ timeZone: 'Australia/Lord_Howe' }, layer({ handoffTime: '02:15' })), NOW))?.code).toBe('oncall_handoff_in_dst_gap');
    expect(problemOf(() => validateSchedule(schedule({ timeZone: 'Australia/Lord_Howe' }, layer({ handoffTime: '02:30' })), NOW))).toBeNull();
  });

  it('accepts a layered schedule with restrictions, wrap-around windows and every shift unit', () => {
    const s = schedule(
      {},
      layer({ shiftUnit: 'weeks', handoffDay: 'mon' }),
      layer({ shiftLength: 12, shiftUnit: 'hours', handoffTime: '08:00', restrictions: [win('fri', '18:00', 'mon', '08:00')] }),
      layer({ shiftLength: 3, handoffTime: '00:00', restrictions: [] }),
    );
    expect(problemOf(() => validateSchedule(s, NOW))).toBeNull();
  });
});

describe('validateOverride', () => {
  const ok: OverrideInput = { userId: 'ann', replacesUserId: null, startMs: NOW, endMs: NOW + 3_600_000 };
  it.each([
    { reason: 'an override that ends before it starts', input: { ...ok, endMs: NOW - 1 }, code: 'oncall_override_ends_before_start', field: '/endAt' },
    { reason: 'an override of no length', input: { ...ok, endMs: NOW }, code: 'oncall_override_ends_before_start', field: '/endAt' },
    { reason: 'an override replacing its own user', input: { ...ok, replacesUserId: 'ann' }, code: 'oncall_override_replaces_self', field: '/replacesUserId' },
    { reason: 'an unreadable start', input: { ...ok, startMs: Number.NaN }, code: 'oncall_bad_date', field: '/startAt' },
  ])('refuses $reason', ({ input, code, field }) => {
    expect(problemOf(() => validateOverride(input))).toMatchObject({ status: 422, code, field });
  });

  it('accepts a replacing override', () => {
    expect(problemOf(() => validateOverride({ ...ok, replacesUserId: 'bob' }))).toBeNull();
  });
});
