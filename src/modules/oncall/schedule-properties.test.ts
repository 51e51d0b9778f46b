import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compileCalendar, type WeeklyWindow } from '../calendars/index.js';
import { AppError } from '../../platform/errors.js';
import { WEEKDAYS, type Layer } from './rotation.js';
import { nextHandoffs, onCallAt, shiftsBetween, type Override, type Schedule, type Shift } from './schedule.js';
import { validateSchedule } from './validate-schedule.js';

// fc.configureGlobal would change the seed for every suite in the worker; each property pins its own.
const RUNS = { seed: 4242, numRuns: 200 };
const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Sao_Paulo'];
const FROM = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const shiftArb = fc.oneof(
  fc.record({ shiftUnit: fc.constant('hours' as const), shiftLength: fc.constantFrom(2, 3, 4, 6, 8, 12, 24) }),
  fc.record({ shiftUnit: fc.constant('days' as const), shiftLength: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ shiftUnit: fc.constant('weeks' as const), shiftLength: fc.integer({ min: 1, max: 3 }), handoffDay: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }) }),
);
const layerArb: fc.Arbitrary<Layer> = fc
  .record({
    participants: fc.uniqueArray(fc.constantFrom('ann', 'bob', 'cat', 'dan', 'eve', 'fay'), { minLength: 2, maxLength: 5 }),
    shift: shiftArb,
    handoffMinute: fc.integer({ min: 0, max: 287 }).map((m) => m * 5),
    anchorDay: fc.integer({ min: 0, max: 3 * 365 }),
  })
  .map(({ participants, shift, handoffMinute, anchorDay }) => ({
    participants,
    ...shift,
    handoffTime: hhmm(handoffMinute),
    anchorDate: new Date(FROM + anchorDay * DAY).toISOString().slice(0, 10),
  }));
const scheduleArb: fc.Arbitrary<Schedule> = fc.record({ timeZone: fc.constantFrom(...ZONES), layers: layerArb.map((l) => [l]) });
const rangeArb = fc.record({ fromMinute: fc.integer({ min: 0, max: 3 * 365 * 1440 }), minutes: fc.integer({ min: 1, max: 20 * 1440 }) }).map(({ fromMinute, minutes }) => {
  const from = FROM + fromMinute * 60_000;
  return { from, to: from + minutes * 60_000 };
});

/** Only schedules the API would accept: hand-offs in a daylight-saving gap are refused. */
function accepted(s: Schedule): boolean {
  try {
    validateSchedule(s, FROM);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'oncall_handoff_in_dst_gap') return false;
    throw error;
  }
}

function expectTiling(shifts: Shift[], from: number, to: number): void {
  expect(shifts[0].startMs).toBe(from);
  expect(shifts[shifts.length - 1].endMs).toBe(to);
  for (let i = 0; i < shifts.length; i++) {
    expect(shifts[i].startMs).toBeLessThan(shifts[i].endMs);
    if (i > 0) expect(shifts[i].startMs).toBe(shifts[i - 1].endMs);
  }
}

describe('on-call schedule properties', () => {
  it('has exactly one participant on call at every instant of an unrestricted single-layer rotation, and shiftsBetween tiles the range without gaps or overlaps', () => {
    fc.assert(
      fc.property(scheduleArb, rangeArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 5 }), (s, { from, to }, picks) => {
        fc.pre(accepted(s));
        const shifts = shiftsBetween(s, [], from, to);
        expectTiling(shifts, from, to);
        for (let i = 1; i < shifts.length; i++) expect(shifts[i].userId).not.toBe(shifts[i - 1].userId);
        for (const p of picks) {
          const at = from + Math.floor(p * (to - from));
          const onCall = onCallAt(s, [], at);
          expect(onCall).toHaveLength(1);
          expect(onCall[0].userId).toBe(shifts.find((x) => x.startMs <= at && at < x.endMs)!.userId);
          expect(s.layers[0].participants).toContain(onCall[0].userId);
        }
      }),
      RUNS,
    );
  });

  it('hands off at the local hand-off time (and weekday) whatever daylight saving does', () => {
    fc.assert(
      fc.property(scheduleArb, rangeArb, (s, { from, to }) => {
        fc.pre(accepted(s));
        const l = s.layers[0];
        const [h, m] = l.handoffTime.split(':').map(Number);
        const anchorWeekday = DateTime.fromISO(l.anchorDate, { zone: 'UTC' }).weekday;
        for (const shift of shiftsBetween(s, [], from, to).slice(1)) {
          const local = DateTime.fromMillis(shift.startMs, { zone: s.timeZone });
          const sinceHandoff = local.hour * 60 + local.minute - (h * 60 + m);
          if (l.shiftUnit === 'hours') expect(((sinceHandoff % (l.shiftLength * 60)) + 1440) % (l.shiftLength * 60)).toBe(0);
          else expect(sinceHandoff).toBe(0);
          if (l.shiftUnit === 'weeks') expect(local.weekday).toBe(l.handoffDay ? WEEKDAYS.indexOf(l.handoffDay) + 1 : anchorWeekday);
        }
      }),
      RUNS,
    );
  });

  it('applies the last covering override, and still tiles the range', () => {
    const overrideArb = fc.record({ start: fc.integer({ min: 0, max: 20 * 1440 }), minutes: fc.integer({ min: 1, max: 3 * 1440 }), replaces: fc.boolean(), user: fc.constantFrom('ann', 'bob', 'zed') });
    fc.assert(
      fc.property(scheduleArb, rangeArb, fc.array(overrideArb, { maxLength: 4 }), (s, { from, to }, raw) => {
        fc.pre(accepted(s));
        const overrides: Override[] = raw.map((o, i) => ({ id: `o${i}`, userId: o.user, replacesUserId: o.replaces ? 'bob' : null, startMs: from + o.start * 60_000, endMs: from + (o.start + o.minutes) * 60_000 }));
        const shifts = shiftsBetween(s, overrides, from, to);
        expectTiling(shifts, from, to);
        for (const shift of shifts) {
          const base = onCallAt(s, [], shift.startMs)[0].userId;
          const winner = overrides.filter((o) => o.startMs <= shift.startMs && shift.startMs < o.endMs && (o.replacesUserId === null || o.replacesUserId === base)).pop();
          expect(shift.userId).toBe(winner ? winner.userId : base);
          expect(shift.overrideId).toBe(winner ? winner.id : null);
        }
      }),
      RUNS,
    );
  });

  it('puts the restricted top layer on call exactly where its windows are open', () => {
    const windowArb: fc.Arbitrary<WeeklyWindow[]> = fc
      .record({ day: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 5 * 96 }) })
      .map(({ day, start, length }) => {
        const end = day * 1440 + start * 15 + length * 15;
        return [{ startDay: WEEKDAYS[day], startTime: hhmm(start * 15), endDay: WEEKDAYS[Math.floor(end / 1440) % 7], endTime: hhmm(end % 1440) }];
      });
    fc.assert(
      fc.property(scheduleArb, layerArb, windowArb, rangeArb, (s, top, restrictions, { from, to }) => {
        const layered: Schedule = { timeZone: s.timeZone, layers: [s.layers[0], { ...top, restrictions }] };
        fc.pre(accepted(layered));
        const open = compileCalendar({ timeZone: s.timeZone, windows: restrictions });
        const shifts = shiftsBetween(layered, [], from, to);
        expectTiling(shifts, from, to);
        for (const shift of shifts) {
          expect(shift.layer).toBe(open.isOpenAt(shift.startMs) ? 1 : 0);
          expect(open.isOpenAt(shift.endMs - 1) ? 1 : 0).toBe(shift.layer);
        }
      }),
      RUNS,
    );
  });

  it('reports as hand-offs exactly the changes of person in the shift list', () => {
    fc.assert(
      fc.property(scheduleArb, rangeArb, fc.integer({ min: 1, max: 6 }), (s, { from }, count) => {
        fc.pre(accepted(s));
        const handoffs = nextHandoffs(s, [], from, count);
        expect(handoffs).toHaveLength(count);
        const shifts = shiftsBetween(s, [], from, handoffs[count - 1].atMs + 1);
        expect(handoffs.map((h) => [h.atMs, h.from?.userId, h.to?.userId])).toEqual(shifts.slice(1).map((x, i) => [x.startMs, shifts[i].userId, x.userId]));
      }),
      RUNS,
    );
  });
});
