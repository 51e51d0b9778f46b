import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  compileCalendar,
  presetWindows,
  subtractBusinessDays,
  type BusinessDayTime,
  type CalendarSpec,
} from './index.js';
import { parseDate } from './calendar.js';

// Hand-checked cases. Instants carry the offset in force locally (GMT/BST, EST/EDT), worked out by
// hand from the zones' rules: London changed on 30 Mar and 26 Oct 2025, New York on 9 Mar and
// 2 Nov 2025. England's 2025 Easter holidays are Fri 18 and Mon 21 Apr; the US's 4 July a Friday.

const london: CalendarSpec = { timeZone: 'Europe/London', windows: presetWindows('business-hours'), holidays: [{ country: 'GB', region: 'ENG' }] };
const newYork: CalendarSpec = { timeZone: 'America/New_York', windows: presetWindows('business-hours'), holidays: [{ country: 'US' }] };
const lunch = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, start: '12:00', end: '13:00' };
const londonWith = (extra: Partial<CalendarSpec>): CalendarSpec => ({ ...london, ...extra });

type Case = { reason: string; spec: CalendarSpec; from: string; days: number; time: BusinessDayTime; expected: string | null };

const cases: Case[] = [
  { reason: 'next business day, opened in covered hours: the end of the following day', spec: london, from: '2025-03-03T10:00Z', days: 1, time: 'end_of_day', expected: '2025-03-04T17:00Z' },
  { reason: 'same business day: the end of the day it was opened', spec: london, from: '2025-03-03T10:00Z', days: 0, time: 'end_of_day', expected: '2025-03-03T17:00Z' },
  { reason: 'opened after hours on a business day: counting starts the next morning, so Wednesday', spec: london, from: '2025-03-03T18:00Z', days: 1, time: 'end_of_day', expected: '2025-03-05T17:00Z' },
  { reason: 'opened before hours: that day is the start, so Tuesday', spec: london, from: '2025-03-03T07:00Z', days: 1, time: 'end_of_day', expected: '2025-03-04T17:00Z' },
  { reason: 'opened on a Saturday: counting starts Monday, so the end of Tuesday', spec: london, from: '2025-03-01T12:00Z', days: 1, time: 'end_of_day', expected: '2025-03-04T17:00Z' },
  { reason: 'opened at the closing instant: it belongs to that Friday, so the end of Monday', spec: london, from: '2025-03-07T17:00Z', days: 1, time: 'end_of_day', expected: '2025-03-10T17:00Z' },
  { reason: 'across the spring change: Fri 10:00 GMT → the end of Monday, 17:00 BST', spec: london, from: '2025-03-28T10:00Z', days: 1, time: 'end_of_day', expected: '2025-03-31T17:00+01:00' },
  { reason: 'across the spring change, same time: Fri 10:00 GMT → Mon 10:00 BST', spec: london, from: '2025-03-28T10:00Z', days: 1, time: 'same_time', expected: '2025-03-31T10:00+01:00' },
  { reason: 'across the autumn change, same time: Fri 15:00 BST → Mon 15:00 GMT', spec: london, from: '2025-10-24T15:00+01:00', days: 1, time: 'same_time', expected: '2025-10-27T15:00Z' },
  { reason: 'Easter: Thu 16:30 → Good Friday, the weekend and Easter Monday skipped → the end of Tuesday', spec: london, from: '2025-04-17T16:30+01:00', days: 1, time: 'end_of_day', expected: '2025-04-22T17:00+01:00' },
  { reason: 'Easter, two business days from Thursday morning: Tuesday, then Wednesday', spec: london, from: '2025-04-17T10:00+01:00', days: 2, time: 'end_of_day', expected: '2025-04-23T17:00+01:00' },
  { reason: 'opened on Good Friday: counting starts Tuesday 09:00, so the end of Wednesday', spec: london, from: '2025-04-18T11:00+01:00', days: 1, time: 'end_of_day', expected: '2025-04-23T17:00+01:00' },
  { reason: 'opened on Good Friday, same time: the opening of the day after Tuesday', spec: london, from: '2025-04-18T11:00+01:00', days: 1, time: 'same_time', expected: '2025-04-23T09:00+01:00' },
  { reason: 'same time into a shorter day: Thu 15:00 → Friday closes at 13:00, so 13:00', spec: londonWith({ exceptions: [{ date: '2025-12-12', windows: [{ start: '09:00', end: '13:00' }] }] }), from: '2025-12-11T15:00Z', days: 1, time: 'same_time', expected: '2025-12-12T13:00Z' },
  { reason: 'same time into a break: Mon 11:30 → Tuesday lunch starts at 11:00, so 11:00', spec: londonWith({ breaks: [{ days: ['tue'], start: '11:00', end: '12:00' }] }), from: '2025-03-03T11:30Z', days: 1, time: 'same_time', expected: '2025-03-04T11:00Z' },
  { reason: 'opened during lunch: the clock starts at 13:00, so 13:00 the next day', spec: londonWith({ breaks: [{ ...lunch, days: [...lunch.days] }] }), from: '2025-03-03T12:30Z', days: 1, time: 'same_time', expected: '2025-03-04T13:00Z' },
  { reason: 'New York, 4 July on a Friday: Thu 16:00 EDT → the end of Monday', spec: newYork, from: '2025-07-03T16:00-04:00', days: 1, time: 'end_of_day', expected: '2025-07-07T17:00-04:00' },
  { reason: 'New York across the spring change: Fri 12:00 EST + 2 → Tue 12:00 EDT', spec: newYork, from: '2025-03-07T12:00-05:00', days: 2, time: 'same_time', expected: '2025-03-11T12:00-04:00' },
  { reason: 'round the clock on the 23-hour day: Sat 10:00 GMT → the end of Sunday, midnight BST', spec: { timeZone: 'Europe/London', windows: presetWindows('24x7') }, from: '2025-03-29T10:00Z', days: 1, time: 'end_of_day', expected: '2025-03-31T00:00+01:00' },
  { reason: 'a night shift crossing midnight: its business day ends at local midnight', spec: { timeZone: 'Asia/Kolkata', windows: [{ startDay: 'mon', startTime: '22:00', endDay: 'tue', endTime: '06:00' }] }, from: '2025-06-16T23:00+05:30', days: 0, time: 'end_of_day', expected: '2025-06-17T00:00+05:30' },
  { reason: 'a calendar that never opens has no business days', spec: { timeZone: 'UTC', windows: [] }, from: '2025-03-03T10:00Z', days: 1, time: 'end_of_day', expected: null },
];

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const at = (text: string) => Date.parse(text);
const day = (date: string) => parseDate(date)!;

describe('adding business days', () => {
  it.each(cases)('$reason', (c) => {
    const calendar = compileCalendar(c.spec);
    expect(iso(addBusinessDays(calendar, at(c.from), c.days, c.time))).toBe(c.expected === null ? null : iso(at(c.expected)));
  });

  it('counts the same covered time on every full business day with the same time of day', () => {
    const calendar = compileCalendar(london);
    const from = at('2025-03-25T11:15Z');
    const due = addBusinessDays(calendar, from, 3, 'same_time')!;
    // Tue 11:15 GMT → Fri 28 Mar 11:15 GMT: three full 8-hour days of covered time.
    expect(iso(due)).toBe('2025-03-28T11:15:00.000Z');
    expect(calendar.businessMinutesBetween(from, due)).toBe(3 * 8 * 60);
  });
});

describe('subtracting business days', () => {
  const calendar = compileCalendar(london);
  it.each([
    { reason: 'within covered hours: the same time of day a business day earlier', from: '2025-03-04T11:00Z', days: 1, expected: '2025-03-03T11:00Z' },
    { reason: 'over a weekend: Monday 12:33 → Friday 12:33', from: '2025-03-10T12:33Z', days: 1, expected: '2025-03-07T12:33Z' },
    { reason: 'over Easter: Tuesday 10:00 BST → Thursday before Good Friday 10:00 BST', from: '2025-04-22T10:00+01:00', days: 1, expected: '2025-04-17T10:00+01:00' },
    { reason: 'from a Saturday, none: the opening of the Friday that closed last', from: '2025-03-08T12:00Z', days: 0, expected: '2025-03-07T09:00Z' },
    { reason: 'from a Saturday, one: the opening of Thursday', from: '2025-03-08T12:00Z', days: 1, expected: '2025-03-06T09:00Z' },
    { reason: 'from Monday evening, one: the opening of Friday', from: '2025-03-10T20:00Z', days: 1, expected: '2025-03-07T09:00Z' },
    { reason: 'from Monday before opening, one: Friday closed last, so the opening of Thursday', from: '2025-03-10T07:00Z', days: 1, expected: '2025-03-06T09:00Z' },
    { reason: 'across the autumn change: Mon 10:00 GMT → Fri 10:00 BST', from: '2025-10-27T10:00Z', days: 1, expected: '2025-10-24T10:00+01:00' },
  ])('$reason', (c) => {
    expect(iso(subtractBusinessDays(calendar, at(c.from), c.days))).toBe(iso(at(c.expected)));
  });
});

describe('counting business days between dates', () => {
  const calendar = compileCalendar(london);
  it('counts the dates with covered time, leaving out weekends and holidays', () => {
    // 14–25 Apr 2025: Mon 14 to Thu 17, then Tue 22 to Thu 24 (Good Friday and Easter Monday closed).
    expect(businessDaysBetween(calendar, day('2025-04-14'), day('2025-04-25'))).toBe(7);
    expect(businessDaysBetween(calendar, day('2025-04-14'), day('2025-04-25'), true)).toBe(8);
  });

  it('starts on a weekend and ends before the start without trouble', () => {
    expect(businessDaysBetween(calendar, day('2025-03-01'), day('2025-03-08'), true)).toBe(5);
    expect(businessDaysBetween(calendar, day('2025-03-08'), day('2025-03-01'))).toBe(0);
  });

  it('counts a date whose only hours come from an exception, and not a date closed by one', () => {
    const spec = londonWith({ exceptions: [{ date: '2025-03-08', windows: [{ start: '10:00', end: '12:00' }] }, { date: '2025-03-05', closed: true }] });
    expect(businessDaysBetween(compileCalendar(spec), day('2025-03-03'), day('2025-03-09'))).toBe(5);
  });
});
