import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planRotation, shiftIndexAt, shiftStart, type Layer } from './rotation.js';
import { onCallAt, shiftsBetween, type Schedule } from './schedule.js';

const HOUR = 3_600_000;
const layer = (extra: Partial<Layer> = {}): Layer => ({ participants: ['ann', 'bob', 'cat'], shiftLength: 1, shiftUnit: 'days', handoffTime: '09:00', anchorDate: '2026-03-02', ...extra });
const schedule = (timeZone: string, ...layers: Layer[]): Schedule => ({ timeZone, layers: layers.length ? layers : [layer()] });
const local = (zone: string) => (text: string) => DateTime.fromISO(text, { zone }).toMillis();
const ny = local('America/New_York');
const london = local('Europe/London');
const who = (s: Schedule, at: number) => onCallAt(s, [], at).map((o) => o.userId);
/** Each shift as [local start, hours, user]. */
const table = (s: Schedule, from: number, to: number) =>
  shiftsBetween(s, [], from, to).map((x) => [DateTime.fromMillis(x.startMs, { zone: s.timeZone }).toFormat("ccc d LLL HH:mm ZZZZ"), (x.endMs - x.startMs) / HOUR, x.userId]);

describe('rotation math', () => {
  it('hands a daily shift to the next participant at the hand-off time, starting with participant #0 on the anchor date', () => {
    const s = schedule('America/New_York');
    expect(who(s, ny('2026-03-02T08:59'))).toEqual(['cat']);
    expect(who(s, ny('2026-03-02T09:00'))).toEqual(['ann']);
    expect(who(s, ny('2026-03-03T09:00'))).toEqual(['bob']);
    expect(who(s, ny('2026-03-04T23:00'))).toEqual(['cat']);
    expect(who(s, ny('2026-03-05T09:00'))).toEqual(['ann']);
  });

  it('runs backwards before the anchor date: the anchor fixes the phase, not a start', () => {
    const s = schedule('UTC');
    expect(who(s, Date.parse('2026-03-01T10:00:00Z'))).toEqual(['cat']);
    expect(who(s, Date.parse('2026-02-27T10:00:00Z'))).toEqual(['ann']);
    expect(who(s, Date.parse('2025-03-02T10:00:00Z'))).toEqual([['ann', 'bob', 'cat'][(((-365 % 3) + 3) % 3)]]);
  });

  it('starts weekly shifts on the hand-off weekday on or after the anchor date', () => {
    const s = schedule('Europe/London', layer({ shiftUnit: 'weeks', handoffDay: 'mon', anchorDate: '2026-03-04', participants: ['ann', 'bob'] }));
    expect(who(s, london('2026-03-09T08:59'))).toEqual(['bob']);
    expect(who(s, london('2026-03-09T09:00'))).toEqual(['ann']);
    expect(who(s, london('2026-03-15T23:59'))).toEqual(['ann']);
    expect(who(s, london('2026-03-16T09:00'))).toEqual(['bob']);
  });

  it('lets a participant appear twice in the order and counts multi-day shifts from the anchor', () => {
    const s = schedule('UTC', layer({ participants: ['ann', 'bob', 'ann', 'cat'], shiftLength: 2, handoffTime: '00:00' }));
    const days = [2, 4, 6, 8, 10].map((d) => who(s, Date.UTC(2026, 2, d, 12))[0]);
    expect(days).toEqual(['ann', 'bob', 'ann', 'cat', 'ann']);
  });

  it('rotates hour shifts at the same local times every day', () => {
    const s = schedule('Asia/Kolkata', layer({ shiftLength: 8, shiftUnit: 'hours', handoffTime: '06:00', participants: ['ann', 'bob', 'cat'] }));
    const t = table(s, local('Asia/Kolkata')('2026-03-02T06:00'), local('Asia/Kolkata')('2026-03-03T06:00'));
    expect(t).toEqual([
      ['Mon 2 Mar 06:00 GMT+5:30', 8, 'ann'],
      ['Mon 2 Mar 14:00 GMT+5:30', 8, 'bob'],
      ['Mon 2 Mar 22:00 GMT+5:30', 8, 'cat'],
    ]);
  });
});

describe('hand-offs across daylight-saving changes', () => {
  it('keeps a daily 09:00 hand-off at 09:00 New York time: the shift over the spring change lasts 23 hours, over the autumn change 25', () => {
    const s = schedule('America/New_York');
    expect(table(s, ny('2026-03-06T09:00'), ny('2026-03-10T09:00'))).toEqual([
      ['Fri 6 Mar 09:00 EST', 24, 'bob'],
      ['Sat 7 Mar 09:00 EST', 23, 'cat'],
      ['Sun 8 Mar 09:00 EDT', 24, 'ann'],
      ['Mon 9 Mar 09:00 EDT', 24, 'bob'],
    ]);
    expect(table(s, ny('2026-10-30T09:00'), ny('2026-11-02T09:00')).map((r) => [r[0], r[1]])).toEqual([
      ['Fri 30 Oct 09:00 EDT', 24],
      ['Sat 31 Oct 09:00 EDT', 25],
      ['Sun 1 Nov 09:00 EST', 24],
    ]);
  });

  it('keeps London hand-offs local too: a week of 167 hours in March and a day of 25 hours in October', () => {
    const weekly = schedule('Europe/London', layer({ shiftUnit: 'weeks', handoffDay: 'sun', participants: ['ann', 'bob'] }));
    expect(table(weekly, london('2026-03-22T09:00'), london('2026-04-05T09:00'))).toEqual([
      ['Sun 22 Mar 09:00 GMT', 167, 'ann'],
      ['Sun 29 Mar 09:00 GMT+1', 168, 'bob'],
    ]);
    const daily = schedule('Europe/London', layer({ handoffTime: '18:00' }));
    expect(table(daily, london('2026-10-24T18:00'), london('2026-10-26T18:00')).map((r) => r[1])).toEqual([25, 24]);
  });

  it('shortens the 12-hour night shift to 11 hours when the clocks go forward', () => {
    const s = schedule('America/New_York', layer({ shiftLength: 12, shiftUnit: 'hours', handoffTime: '08:00', participants: ['day', 'night'] }));
    expect(table(s, ny('2026-03-07T08:00'), ny('2026-03-08T20:00'))).toEqual([
      ['Sat 7 Mar 08:00 EST', 12, 'day'],
      ['Sat 7 Mar 20:00 EST', 11, 'night'],
      ['Sun 8 Mar 08:00 EDT', 12, 'day'],
    ]);
  });

  it('hands off at the first 01:30 when the clocks go back, and knows who is on call during the repeated hour', () => {
    const s = schedule('America/New_York', layer({ handoffTime: '01:30' }));
    const handoff = Date.parse('2026-11-01T05:30:00Z'); // 01:30 EDT, the first of the two
    const [before, after] = shiftsBetween(s, [], handoff - HOUR, handoff + HOUR);
    expect(before.endMs).toBe(handoff);
    expect(after.startMs).toBe(handoff);
    // 01:15 EST is the second pass through 01:15, after the hand-off.
    expect(who(s, Date.parse('2026-11-01T06:15:00Z'))).toEqual([after.userId]);
    const plan = planRotation(s.timeZone, s.layers[0]);
    expect(shiftStart(plan, shiftIndexAt(plan, Date.parse('2026-11-01T06:15:00Z')))).toBe(handoff);
    expect(shiftStart(plan, shiftIndexAt(plan, Date.parse('2026-11-01T05:15:00Z')))).toBe(handoff - 24 * HOUR);
    expect(table(s, handoff, handoff + 26 * HOUR)[0][1]).toBe(25);
  });
});
