import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { WeeklyWindow } from '../calendars/index.js';
import type { Layer } from './rotation.js';
import { nextHandoffs, onCallAt, shiftsBetween, type Override, type Schedule } from './schedule.js';

const ny = (text: string) => DateTime.fromISO(text, { zone: 'America/New_York' }).toMillis();
const fmt = (ms: number) => DateTime.fromMillis(ms, { zone: 'America/New_York' }).toFormat('ccc HH:mm');
const win = (startDay: string, startTime: string, endDay: string, endTime: string) => ({ startDay, startTime, endDay, endTime }) as WeeklyWindow;
const NIGHTS_AND_WEEKENDS = [
  ...(['mon', 'tue', 'wed', 'thu'] as const).map((d, i) => win(d, '18:00', ['tue', 'wed', 'thu', 'fri'][i], '08:00')),
  win('fri', '18:00', 'mon', '08:00'),
];
/** Weekdays: a weekly rotation handing off on Monday 09:00. On top: nights and weekends, daily at 18:00. */
const weekdays: Layer = { name: 'Weekdays', participants: ['ann', 'bob'], shiftLength: 1, shiftUnit: 'weeks', handoffDay: 'mon', handoffTime: '09:00', anchorDate: '2026-03-02' };
const nights: Layer = { name: 'Nights', participants: ['nia', 'ned'], shiftLength: 1, shiftUnit: 'days', handoffTime: '18:00', anchorDate: '2026-03-02', restrictions: NIGHTS_AND_WEEKENDS };
const msp: Schedule = { timeZone: 'America/New_York', layers: [weekdays, nights] };
const override = (id: string, userId: string, start: string, end: string, replacesUserId: string | null = null): Override => ({ id, userId, replacesUserId, startMs: ny(start), endMs: ny(end) });
const who = (s: Schedule, overrides: Override[], at: string) => onCallAt(s, overrides, ny(at)).map((o) => `${o.userId}/${o.source === 'override' ? o.overrideId : o.layer}`);
const list = (s: Schedule, overrides: Override[], from: string, to: string) => shiftsBetween(s, overrides, ny(from), ny(to)).map((x) => `${fmt(x.startMs)}–${fmt(x.endMs)} ${x.userId}`);

describe('layers with restrictions', () => {
  it('lets the nights-and-weekends layer win where it is active and the weekday layer show through elsewhere', () => {
    expect(who(msp, [], '2026-03-04T12:00')).toEqual(['ann/0']);
    expect(who(msp, [], '2026-03-04T22:00')).toEqual(['nia/1']);
    expect(who(msp, [], '2026-03-05T07:59')).toEqual(['nia/1']);
    expect(who(msp, [], '2026-03-05T08:00')).toEqual(['ann/0']);
    expect(who(msp, [], '2026-03-07T12:00')).toEqual(['nia/1']);
    expect(who(msp, [], '2026-03-08T12:00')).toEqual(['ned/1']);
  });

  it('lists the merged shifts of a weekend, cut at the restriction edges and the hand-offs of both layers', () => {
    expect(list(msp, [], '2026-03-06T12:00', '2026-03-09T12:00')).toEqual([
      'Fri 12:00–Fri 18:00 ann',
      'Fri 18:00–Sat 18:00 nia',
      'Sat 18:00–Sun 18:00 ned',
      'Sun 18:00–Mon 08:00 nia',
      'Mon 08:00–Mon 09:00 ann',
      'Mon 09:00–Mon 12:00 bob',
    ]);
  });

  it('has nobody on call outside a lone restricted layer, and leaves that stretch out of the shift list', () => {
    const s: Schedule = { timeZone: 'America/New_York', layers: [nights] };
    expect(onCallAt(s, [], ny('2026-03-04T12:00'))).toEqual([]);
    expect(list(s, [], '2026-03-04T07:00', '2026-03-04T19:00')).toEqual(['Wed 07:00–Wed 08:00 ned', 'Wed 18:00–Wed 19:00 nia']);
  });
});

describe('overrides and swaps', () => {
  it('puts the covering user on call over every layer for the override’s span', () => {
    const o = [override('o1', 'zed', '2026-03-04T17:00', '2026-03-04T20:00')];
    expect(who(msp, o, '2026-03-04T16:59')).toEqual(['ann/0']);
    expect(who(msp, o, '2026-03-04T17:00')).toEqual(['zed/o1']);
    expect(who(msp, o, '2026-03-04T19:00')).toEqual(['zed/o1']);
    expect(who(msp, o, '2026-03-04T20:00')).toEqual(['nia/1']);
    expect(list(msp, o, '2026-03-04T16:00', '2026-03-04T21:00')).toEqual(['Wed 16:00–Wed 17:00 ann', 'Wed 17:00–Wed 20:00 zed', 'Wed 20:00–Wed 21:00 nia']);
  });

  it('replaces only the named user when the override says whom it replaces', () => {
    const o = [override('o1', 'zed', '2026-03-04T00:00', '2026-03-05T00:00', 'nia')];
    expect(list(msp, o, '2026-03-04T06:00', '2026-03-04T20:00')).toEqual(['Wed 06:00–Wed 08:00 ned', 'Wed 08:00–Wed 18:00 ann', 'Wed 18:00–Wed 20:00 zed']);
  });

  it('swaps two nights with two replacing overrides', () => {
    const swap = [override('s1', 'ned', '2026-03-04T18:00', '2026-03-05T08:00', 'nia'), override('s2', 'nia', '2026-03-05T18:00', '2026-03-06T08:00', 'ned')];
    expect(who(msp, [], '2026-03-04T23:00')).toEqual(['nia/1']);
    expect(who(msp, [], '2026-03-05T23:00')).toEqual(['ned/1']);
    expect(who(msp, swap, '2026-03-04T23:00')).toEqual(['ned/s1']);
    expect(who(msp, swap, '2026-03-05T23:00')).toEqual(['nia/s2']);
  });

  it('fills a stretch with nobody on call, and lets the later of two overlapping overrides win', () => {
    const s: Schedule = { timeZone: 'America/New_York', layers: [nights] };
    const o = [override('first', 'zed', '2026-03-04T10:00', '2026-03-04T14:00'), override('second', 'yan', '2026-03-04T12:00', '2026-03-04T13:00')];
    expect(list(s, o, '2026-03-04T09:00', '2026-03-04T15:00')).toEqual(['Wed 10:00–Wed 12:00 zed', 'Wed 12:00–Wed 13:00 yan', 'Wed 13:00–Wed 14:00 zed']);
  });
});

describe('next hand-offs', () => {
  it('names who hands over to whom, including hand-overs to and from nobody', () => {
    const s: Schedule = { timeZone: 'America/New_York', layers: [nights] };
    const h = nextHandoffs(s, [], ny('2026-03-04T12:00'), 3).map((x) => `${fmt(x.atMs)} ${x.from?.userId ?? '-'}→${x.to?.userId ?? '-'}`);
    expect(h).toEqual(['Wed 18:00 -→nia', 'Thu 08:00 nia→-', 'Thu 18:00 -→ned']);
  });

  it('counts only changes of person, strictly after the instant asked about', () => {
    const h = nextHandoffs(msp, [], ny('2026-03-06T18:00'), 4).map((x) => `${fmt(x.atMs)} ${x.from?.userId}→${x.to?.userId}`);
    expect(h).toEqual(['Sat 18:00 nia→ned', 'Sun 18:00 ned→nia', 'Mon 08:00 nia→ann', 'Mon 09:00 ann→bob']);
  });

  it('finds no hand-off in a one-person rotation, and finds the ones an override makes', () => {
    const solo: Schedule = { timeZone: 'UTC', layers: [{ ...weekdays, participants: ['ann'] }] };
    expect(nextHandoffs(solo, [], Date.UTC(2026, 2, 2), 5)).toEqual([]);
    const o: Override[] = [{ id: 'o', userId: 'zed', replacesUserId: null, startMs: Date.UTC(2026, 5, 1), endMs: Date.UTC(2026, 5, 2) }];
    expect(nextHandoffs(solo, o, Date.UTC(2026, 2, 2), 5).map((x) => [new Date(x.atMs).toISOString(), x.to?.userId])).toEqual([
      ['2026-06-01T00:00:00.000Z', 'zed'],
      ['2026-06-02T00:00:00.000Z', 'ann'],
    ]);
  });
});
