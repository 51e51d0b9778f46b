import { describe, expect, it } from 'vitest';
import { compileCalendar, presetWindows, type CalendarSpec, type Weekday, type WeeklyWindow } from './index.js';

// Hand-checked cases. Instants are written with the offset in force locally, worked out by hand
// from the zone's rules, so each expectation is independent of the code under test.

const window = (startDay: Weekday, startTime: string, endDay: Weekday, endTime: string): WeeklyWindow => ({ startDay, startTime, endDay, endTime });

const london: CalendarSpec = { timeZone: 'Europe/London', windows: presetWindows('business-hours'), holidays: [{ country: 'GB', region: 'ENG' }] };
const londonWith = (extra: Partial<CalendarSpec>): CalendarSpec => ({ ...london, ...extra });
const publisher: CalendarSpec = { timeZone: 'Europe/Berlin', windows: [window('fri', '18:00', 'sun', '23:59')] };
const allWeek = (timeZone: string): CalendarSpec => ({ timeZone, windows: presetWindows('24x7') });
const sundayOnly = (timeZone: string, start: string, end: string): CalendarSpec => ({ timeZone, windows: [window('sun', start, 'sun', end)] });

const lunch: CalendarSpec['breaks'] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '12:00', end: '13:00' }];

type Case =
  | { reason: string; spec: CalendarSpec; add: [from: string, minutes: number]; expected: string | null }
  | { reason: string; spec: CalendarSpec; subtract: [to: string, minutes: number]; expected: string | null }
  | { reason: string; spec: CalendarSpec; between: [from: string, to: string]; expected: number }
  | { reason: string; spec: CalendarSpec; next: string; expected: string | null }
  | { reason: string; spec: CalendarSpec; open: string; expected: boolean };

const cases: Case[] = [
  { reason: 'Fri 16:30 + 60 min with 09–17 hours → Mon 09:30: 30 min on Friday, weekend closed', spec: london, add: ['2025-01-03T16:30Z', 60], expected: '2025-01-06T09:30Z' },
  { reason: 'Fri 17:30 + 60 min with 09–17 hours → Mon 10:00: the clock starts at Monday opening', spec: london, add: ['2025-01-03T17:30Z', 60], expected: '2025-01-06T10:00Z' },
  { reason: 'Mon 16:00 + 60 min lands exactly at closing, not at the next opening', spec: london, add: ['2025-01-06T16:00Z', 60], expected: '2025-01-06T17:00Z' },
  { reason: 'adding 0 minutes from a closed instant gives the next opening', spec: london, add: ['2025-01-04T12:00Z', 0], expected: '2025-01-06T09:00Z' },
  { reason: 'adding 0 minutes from an open instant gives the same instant', spec: london, add: ['2025-01-06T11:11Z', 0], expected: '2025-01-06T11:11Z' },
  { reason: 'half a minute is 30 seconds', spec: london, add: ['2025-01-06T09:00Z', 0.5], expected: '2025-01-06T09:00:30Z' },
  { reason: 'UK summer bank holiday (Mon 25 Aug 2025) is closed: Fri 16:30 + 60 → Tue 09:30 BST', spec: london, add: ['2025-08-22T16:30+01:00', 60], expected: '2025-08-26T09:30+01:00' },
  { reason: 'Christmas and Boxing Day 2025 are closed: Wed 24 Dec 16:00 + 120 → Mon 29 Dec 10:00', spec: london, add: ['2025-12-24T16:00Z', 120], expected: '2025-12-29T10:00Z' },
  { reason: 'a year of England office hours: 253 working days of 8 h in 2025', spec: london, between: ['2025-01-01T00:00Z', '2026-01-01T00:00Z'], expected: 253 * 8 * 60 },
  {
    reason: 'exception with short hours: Christmas Eve open 09:00–12:00, so 11:30 + 60 → Mon 29 Dec 09:30',
    spec: londonWith({ exceptions: [{ date: '2025-12-24', windows: [{ start: '09:00', end: '12:00' }] }] }),
    add: ['2025-12-24T11:30Z', 60],
    expected: '2025-12-29T09:30Z',
  },
  {
    reason: 'an exception without hours opens a bank holiday with the usual hours',
    spec: londonWith({ exceptions: [{ date: '2025-08-25' }] }),
    add: ['2025-08-22T16:30+01:00', 60],
    expected: '2025-08-25T09:30+01:00',
  },
  { reason: 'a custom holiday closes Monday 6 Jan, so Friday 16:30 + 60 → Tuesday 09:30', spec: londonWith({ customHolidays: ['2025-01-06'] }), add: ['2025-01-03T16:30Z', 60], expected: '2025-01-07T09:30Z' },
  { reason: 'an exception closes a normal Wednesday', spec: londonWith({ exceptions: [{ date: '2025-01-08', closed: true }] }), next: '2025-01-08T08:00Z', expected: '2025-01-09T09:00Z' },
  { reason: 'publisher Fri 18:00 → Sun 23:59 is open at 03:00 on Saturday', spec: publisher, add: ['2025-06-14T03:00+02:00', 60], expected: '2025-06-14T04:00+02:00' },
  { reason: 'publisher: Sun 23:30 + 60 → Fri 18:31, 29 min on Sunday and 31 on Friday', spec: publisher, add: ['2025-06-15T23:30+02:00', 60], expected: '2025-06-20T18:31+02:00' },
  { reason: 'publisher: the window opens on Friday at 18:00', spec: publisher, next: '2025-06-11T12:00+02:00', expected: '2025-06-13T18:00+02:00' },
  { reason: 'publisher: one weekend is 53 h 59 min', spec: publisher, between: ['2025-06-13T00:00+02:00', '2025-06-16T00:00+02:00'], expected: 53 * 60 + 59 },
  { reason: 'publisher: the last minute of Sunday is not covered', spec: publisher, open: '2025-06-15T23:59:30+02:00', expected: false },
  { reason: '24x5 New York: Fri 23:00 + 120 → Mon 01:00, Saturday and Sunday closed', spec: { timeZone: 'America/New_York', windows: presetWindows('24x5') }, add: ['2025-06-13T23:00-04:00', 120], expected: '2025-06-16T01:00-04:00' },
  { reason: '24x5 New York: the week of the spring change still has five 24-hour days', spec: { timeZone: 'America/New_York', windows: presetWindows('24x5') }, between: ['2025-03-08T00:00-05:00', '2025-03-15T00:00-04:00'], expected: 5 * 24 * 60 },
  { reason: 'London spring forward: Sunday 30 Mar 2025 lasts 23 hours', spec: allWeek('Europe/London'), between: ['2025-03-30T00:00Z', '2025-03-31T00:00+01:00'], expected: 23 * 60 },
  { reason: 'London fall back: Sunday 26 Oct 2025 lasts 25 hours', spec: allWeek('Europe/London'), between: ['2025-10-26T00:00+01:00', '2025-10-27T00:00Z'], expected: 25 * 60 },
  { reason: 'London gap: a 01:30 start on 30 Mar moves to 02:00 BST, the first valid instant', spec: sundayOnly('Europe/London', '01:30', '04:00'), next: '2025-03-29T12:00Z', expected: '2025-03-30T02:00+01:00' },
  { reason: 'London gap: 01:30–04:00 on the spring-forward day covers 2 real hours', spec: sundayOnly('Europe/London', '01:30', '04:00'), between: ['2025-03-29T00:00Z', '2025-03-31T00:00Z'], expected: 120 },
  { reason: 'London overlap: 01:30–02:30 on 26 Oct starts at the first 01:30 (BST) and covers 2 real hours', spec: sundayOnly('Europe/London', '01:30', '02:30'), between: ['2025-10-25T00:00Z', '2025-10-27T00:00Z'], expected: 120 },
  { reason: 'London overlap: the window opens at the first 01:30, which is 00:30 UTC', spec: sundayOnly('Europe/London', '01:30', '02:30'), next: '2025-10-25T12:00Z', expected: '2025-10-26T00:30Z' },
  { reason: 'New York overlap: 01:30–02:00 on 2 Nov runs from 01:30 EDT to 02:00 EST, 90 minutes', spec: sundayOnly('America/New_York', '01:30', '02:00'), between: ['2025-11-01T00:00Z', '2025-11-03T00:00Z'], expected: 90 },
  { reason: 'Lord Howe half-hour spring forward: Sunday 5 Oct 2025 lasts 23 h 30 min', spec: allWeek('Australia/Lord_Howe'), between: ['2025-10-05T00:00+10:30', '2025-10-06T00:00+11:00'], expected: 23 * 60 + 30 },
  { reason: 'Lord Howe half-hour fall back: Sunday 6 Apr 2025 lasts 24 h 30 min', spec: allWeek('Australia/Lord_Howe'), between: ['2025-04-06T00:00+11:00', '2025-04-07T00:00+10:30'], expected: 24 * 60 + 30 },
  { reason: 'Lord Howe gap: a 02:15 start moves to 02:30, so 02:15–03:00 covers 30 minutes', spec: sundayOnly('Australia/Lord_Howe', '02:15', '03:00'), between: ['2025-10-04T00:00Z', '2025-10-06T00:00Z'], expected: 30 },
  { reason: 'Chatham gap 02:45→03:45: a 03:00 start moves to 03:45, so 03:00–04:00 covers 15 minutes', spec: sundayOnly('Pacific/Chatham', '03:00', '04:00'), between: ['2025-09-27T00:00Z', '2025-09-29T00:00Z'], expected: 15 },
  { reason: 'São Paulo 2018: midnight did not exist on 4 Nov, so a Sunday window opens at 01:00 and covers 23 h', spec: sundayOnly('America/Sao_Paulo', '00:00', '24:00'), next: '2018-11-03T12:00-03:00', expected: '2018-11-04T01:00-02:00' },
  { reason: 'Kathmandu (+05:45): Monday 09:00 is 03:15 UTC', spec: { timeZone: 'Asia/Kathmandu', windows: presetWindows('business-hours') }, next: '2025-06-16T00:00Z', expected: '2025-06-16T03:15Z' },
  { reason: 'Kolkata: a Mon 22:00 → Tue 06:00 night shift crosses midnight', spec: { timeZone: 'Asia/Kolkata', windows: [window('mon', '22:00', 'tue', '06:00')] }, add: ['2025-06-16T23:00+05:30', 120], expected: '2025-06-17T01:00+05:30' },
  { reason: 'a Fri 22:00 → Mon 06:00 window wraps past the end of the week', spec: { timeZone: 'UTC', windows: [window('fri', '22:00', 'mon', '06:00')] }, open: '2025-06-15T12:00Z', expected: true },
  { reason: 'a Wed 22:00 → Thu 02:00 window runs on through New Year: 23:00 + 120 → 01:00', spec: { timeZone: 'UTC', windows: [window('wed', '22:00', 'thu', '02:00')] }, add: ['2025-12-31T23:00Z', 120], expected: '2026-01-01T01:00Z' },
  { reason: 'New Year night: 4 hours between 31 Dec and 2 Jan', spec: { timeZone: 'UTC', windows: [window('wed', '22:00', 'thu', '02:00')] }, between: ['2025-12-31T00:00Z', '2026-01-02T00:00Z'], expected: 240 },
  { reason: 'a calendar open only on one exception day finds it more than a year ahead', spec: { timeZone: 'UTC', windows: [], exceptions: [{ date: '2026-02-02', windows: [{ start: '10:00', end: '11:00' }] }] }, add: ['2025-01-01T00:00Z', 30], expected: '2026-02-02T10:30Z' },
  { reason: 'a calendar with no windows never opens: add gives null, without looping', spec: { timeZone: 'UTC', windows: [] }, add: ['2025-01-01T00:00Z', 60], expected: null },
  { reason: 'a calendar with no windows has no next opening', spec: { timeZone: 'Asia/Kolkata', windows: [] }, next: '2025-01-01T00:00Z', expected: null },
  { reason: 'a calendar with no windows covers no time', spec: { timeZone: 'UTC', windows: [] }, between: ['2025-01-01T00:00Z', '2030-01-01T00:00Z'], expected: 0 },
  { reason: 'subtracting within a day: Mon 16:00 − 60 → Mon 15:00', spec: london, subtract: ['2025-01-06T16:00Z', 60], expected: '2025-01-06T15:00Z' },
  { reason: 'subtracting over a weekend: Mon 09:30 − 60 → Fri 16:30', spec: london, subtract: ['2025-01-06T09:30Z', 60], expected: '2025-01-03T16:30Z' },
  { reason: 'subtracting lands exactly at an opening, not at the closing before it: Tue 10:00 − 60 → Tue 09:00', spec: london, subtract: ['2025-01-07T10:00Z', 60], expected: '2025-01-07T09:00Z' },
  { reason: 'subtracting 0 minutes from a closed instant gives the previous closing', spec: london, subtract: ['2025-01-04T12:00Z', 0], expected: '2025-01-03T17:00Z' },
  { reason: 'subtracting from a closed instant counts from the previous closing: Sun − 60 → Fri 16:00', spec: london, subtract: ['2025-01-05T12:06Z', 60], expected: '2025-01-03T16:00Z' },
  { reason: 'subtracting over Christmas: Mon 29 Dec 10:00 − 120 → Wed 24 Dec 16:00', spec: london, subtract: ['2025-12-29T10:00Z', 120], expected: '2025-12-24T16:00Z' },
  { reason: 'subtracting over the spring change: Mon 31 Mar 09:30 BST − 60 → Fri 28 Mar 16:30 GMT', spec: london, subtract: ['2025-03-31T09:30+01:00', 60], expected: '2025-03-28T16:30Z' },
  { reason: 'subtracting round the clock over the 25-hour day counts every real hour', spec: allWeek('Europe/London'), subtract: ['2025-10-27T00:00Z', 25 * 60], expected: '2025-10-26T00:00+01:00' },
  { reason: 'subtracting across New Year into the year before', spec: { timeZone: 'UTC', windows: [window('wed', '22:00', 'thu', '02:00')] }, subtract: ['2026-01-01T01:00Z', 120], expected: '2025-12-31T23:00Z' },
  { reason: 'subtracting finds a calendar’s only exception day more than a year back', spec: { timeZone: 'UTC', windows: [], exceptions: [{ date: '2024-02-02', windows: [{ start: '10:00', end: '11:00' }] }] }, subtract: ['2025-06-01T00:00Z', 30], expected: '2024-02-02T10:30Z' },
  { reason: 'subtracting from a calendar with no windows gives null, without looping', spec: { timeZone: 'UTC', windows: [] }, subtract: ['2025-01-01T00:00Z', 60], expected: null },
  { reason: 'a lunch break is not covered', spec: londonWith({ breaks: lunch }), open: '2025-01-06T12:30Z', expected: false },
  { reason: 'a lunch break is skipped when adding: Mon 11:30 + 60 → 13:30', spec: londonWith({ breaks: lunch }), add: ['2025-01-06T11:30Z', 60], expected: '2025-01-06T13:30Z' },
  { reason: 'adding up to a break lands at its start: Mon 11:30 + 30 → 12:00', spec: londonWith({ breaks: lunch }), add: ['2025-01-06T11:30Z', 30], expected: '2025-01-06T12:00Z' },
  { reason: 'subtracting down to a break lands at its end: Mon 13:30 − 30 → 13:00', spec: londonWith({ breaks: lunch }), subtract: ['2025-01-06T13:30Z', 30], expected: '2025-01-06T13:00Z' },
  { reason: 'a week of office hours with lunch breaks is 35 hours', spec: londonWith({ breaks: lunch }), between: ['2025-01-06T00:00Z', '2025-01-13T00:00Z'], expected: 35 * 60 },
  { reason: 'breaks that overlap each other remove their union: 11:30–13:00 on Monday', spec: londonWith({ breaks: [...lunch!, { days: ['mon'], start: '11:30', end: '12:30' }] }), between: ['2025-01-06T00:00Z', '2025-01-07T00:00Z'], expected: 6.5 * 60 },
  { reason: 'an exception’s own hours are exact: no lunch break on Christmas Eve 09:00–13:00', spec: londonWith({ breaks: lunch, exceptions: [{ date: '2025-12-24', windows: [{ start: '09:00', end: '13:00' }] }] }), between: ['2025-12-24T00:00Z', '2025-12-25T00:00Z'], expected: 240 },
  { reason: 'a bank holiday opened with its usual hours keeps the usual lunch break', spec: londonWith({ breaks: lunch, exceptions: [{ date: '2025-08-25' }] }), between: ['2025-08-25T00:00+01:00', '2025-08-26T00:00+01:00'], expected: 7 * 60 },
  { reason: 'a break across the spring-forward gap: 00:30–01:30 on 30 Mar ends at 02:00 BST, the first valid instant', spec: { timeZone: 'Europe/London', windows: presetWindows('24x7'), breaks: [{ days: ['sun'], start: '00:30', end: '01:30' }] }, next: '2025-03-30T00:45Z', expected: '2025-03-30T02:00+01:00' },
  { reason: 'a break on the fall-back night: 01:00–02:00 on 26 Oct removes two real hours', spec: { timeZone: 'Europe/London', windows: presetWindows('24x7'), breaks: [{ days: ['sun'], start: '01:00', end: '02:00' }] }, between: ['2025-10-26T00:00+01:00', '2025-10-27T00:00Z'], expected: 23 * 60 },
  { reason: 'weekly hours wholly taken by breaks never open: null, without searching for years', spec: { timeZone: 'UTC', windows: [window('mon', '12:00', 'mon', '13:00')], breaks: [{ days: ['mon'], start: '12:00', end: '13:00' }] }, add: ['2025-01-01T00:00Z', 1], expected: null },
];

const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant in test table: ${iso}`);
  return ms;
};

describe('hand-checked business-time cases', () => {
  it.each(cases)('$reason', (c) => {
    const calendar = compileCalendar(c.spec);
    if ('add' in c) {
      const result = calendar.addBusinessMinutes(at(c.add[0]), c.add[1]);
      expect(result === null ? null : new Date(result).toISOString()).toBe(c.expected === null ? null : new Date(at(c.expected)).toISOString());
    } else if ('subtract' in c) {
      const result = calendar.subtractBusinessMinutes(at(c.subtract[0]), c.subtract[1]);
      expect(result === null ? null : new Date(result).toISOString()).toBe(c.expected === null ? null : new Date(at(c.expected)).toISOString());
    } else if ('between' in c) {
      expect(calendar.businessMinutesBetween(at(c.between[0]), at(c.between[1]))).toBe(c.expected);
    } else if ('next' in c) {
      const result = calendar.nextOpening(at(c.next));
      expect(result === null ? null : new Date(result).toISOString()).toBe(c.expected === null ? null : new Date(at(c.expected)).toISOString());
    } else {
      expect(calendar.isOpenAt(at(c.open))).toBe(c.expected);
    }
  });
});

describe('a compiled calendar', () => {
  it('answers null for a never-open calendar quickly, even far in the future', () => {
    const calendar = compileCalendar({ timeZone: 'Pacific/Chatham', windows: [], holidays: [{ country: 'NZ' }] });
    expect(calendar.addBusinessMinutes(at('2290-01-01T00:00Z'), 1)).toBeNull();
    expect(calendar.intervalsBetween(at('2025-01-01T00:00Z'), at('2026-01-01T00:00Z'))).toEqual([]);
    expect(calendar.isOpenAt(at('2025-06-01T00:00Z'))).toBe(false);
  });

  it('lists the open intervals of a range, clipped to it', () => {
    const calendar = compileCalendar(london);
    expect(calendar.intervalsBetween(at('2025-01-03T12:00Z'), at('2025-01-06T10:00Z'))).toEqual([
      [at('2025-01-03T12:00Z'), at('2025-01-03T17:00Z')],
      [at('2025-01-06T09:00Z'), at('2025-01-06T10:00Z')],
    ]);
  });

  it('answers queries decades apart and back again', () => {
    const calendar = compileCalendar(allWeek('America/New_York'));
    for (const year of [2025, 1950, 2290, 2025, 2100]) {
      const from = Date.UTC(year, 5, 1);
      expect(calendar.addBusinessMinutes(from, 90)).toBe(from + 90 * 60_000);
      expect(calendar.businessMinutesBetween(from, from + 86_400_000)).toBe(1440);
    }
  });

  it('treats instants outside 1900–2299 as closed', () => {
    const calendar = compileCalendar(allWeek('UTC'));
    expect(calendar.isOpenAt(Date.UTC(1800, 0, 1))).toBe(false);
    expect(calendar.addBusinessMinutes(Date.UTC(2400, 0, 1), 1)).toBeNull();
  });

  it('subtracts decades back and forward again, and answers null before 1900', () => {
    const calendar = compileCalendar(allWeek('Europe/London'));
    for (const year of [2025, 1950, 2290, 2025]) {
      const to = Date.UTC(year, 5, 1);
      expect(calendar.subtractBusinessMinutes(to, 90)).toBe(to - 90 * 60_000);
    }
    expect(calendar.subtractBusinessMinutes(Date.UTC(1900, 0, 3), 3 * 1440)).toBeNull();
    expect(calendar.previousClosing(Date.UTC(1800, 0, 1))).toBeNull();
  });

  it('refuses a negative duration and a non-finite instant', () => {
    const calendar = compileCalendar(london);
    expect(() => calendar.subtractBusinessMinutes(0, -1)).toThrow(expect.objectContaining({ code: 'calendar_bad_argument' }));
    expect(() => calendar.addBusinessMinutes(0, -1)).toThrow(expect.objectContaining({ code: 'calendar_bad_argument' }));
    expect(() => calendar.addBusinessMinutes(Number.NaN, 1)).toThrow(expect.objectContaining({ code: 'calendar_bad_argument' }));
    expect(() => calendar.isOpenAt(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'calendar_bad_argument' }));
  });
});
