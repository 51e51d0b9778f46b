import { describe, expect, it } from 'vitest';
import { compileCalendar, dayNotes, daySegments, presetWindows, weekFrame, type CalendarSpec } from './index.js';

// Expectations worked out by hand from the zone's rules: London moved to BST at 01:00 GMT on
// Sunday 29 March 2026, so that Sunday lasts 23 hours.

describe('the week view of a calendar', () => {
  it('frames the Monday-to-Sunday week around a date at local midnights, with a 23-hour Sunday at the change', () => {
    const frame = weekFrame('Europe/London', '2026-03-26');
    expect(frame.weekStart).toBe('2026-03-23');
    expect(frame.days.map((d) => d.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(frame.days.map((d) => d.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(new Date(frame.fromMs).toISOString()).toBe('2026-03-23T00:00:00.000Z');
    expect(new Date(frame.toMs).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect((frame.days[6].endMs - frame.days[6].startMs) / 3_600_000).toBe(23);
  });

  it('places office hours by the share of their day, also on the short day', () => {
    const spec: CalendarSpec = { timeZone: 'Europe/London', windows: [{ startDay: 'sun', startTime: '09:00', endDay: 'sun', endTime: '17:00' }, { startDay: 'mon', startTime: '09:00', endDay: 'mon', endTime: '17:00' }] };
    const frame = weekFrame('Europe/London', '2026-03-29');
    const segments = daySegments(frame, compileCalendar(spec).intervalsBetween(frame.fromMs, frame.toMs));
    expect(segments.map((s) => [s.day, s.startLocal, s.endLocal, s.from, s.to])).toEqual([
      [0, '09:00', '17:00', 0.375, 0.7083],
      [6, '09:00', '17:00', 0.3478, 0.6957], // 8 h and 16 h into a 23-hour day
    ]);
  });

  it('cuts a window that crosses midnight into its days, and shows it in another zone', () => {
    const publisher: CalendarSpec = { timeZone: 'Europe/Berlin', windows: [{ startDay: 'fri', startTime: '18:00', endDay: 'sun', endTime: '23:59' }] };
    const berlin = weekFrame('Europe/Berlin', '2026-06-10');
    const calendar = compileCalendar(publisher);
    expect(daySegments(berlin, calendar.intervalsBetween(berlin.fromMs, berlin.toMs)).map((s) => [s.day, s.startLocal, s.endLocal])).toEqual([
      [4, '18:00', '24:00'],
      [5, '00:00', '24:00'],
      [6, '00:00', '23:59'],
    ]);
    // The same hours seen from New York, six hours behind in June.
    const newYork = weekFrame('America/New_York', '2026-06-10');
    expect(daySegments(newYork, calendar.intervalsBetween(newYork.fromMs, newYork.toMs)).map((s) => [s.day, s.startLocal, s.endLocal])).toEqual([
      [4, '12:00', '24:00'],
      [5, '00:00', '24:00'],
      [6, '00:00', '17:59'],
    ]);
  });

  it('names the holidays, closed dates and exceptions of the days it shows', () => {
    const spec: CalendarSpec = {
      timeZone: 'Europe/London',
      windows: presetWindows('business-hours'),
      holidays: [{ country: 'gb', region: 'eng' }],
      customHolidays: ['2026-04-02'],
      exceptions: [{ date: '2026-04-06' }, { date: '2026-04-08', windows: [{ start: '09:00', end: '12:00' }] }, { date: '2026-04-09', closed: true }],
    };
    expect(dayNotes(spec, '2026-04-01', '2026-04-11')).toEqual([
      { date: '2026-04-02', kind: 'closed_date', text: 'Closed: a closed date of this calendar' },
      { date: '2026-04-03', kind: 'holiday', text: 'Closed: Good Friday (GB-ENG)' },
      { date: '2026-04-06', kind: 'exception', text: 'Usual hours despite Easter Monday (GB-ENG) (exception)' },
      { date: '2026-04-08', kind: 'exception', text: 'Open 09:00–12:00 only (exception)' },
      { date: '2026-04-09', kind: 'exception', text: 'Closed all day (exception)' },
    ]);
    // Holidays close nothing on a calendar without weekly hours, so they go unmentioned there.
    expect(dayNotes({ ...spec, windows: [], exceptions: [] }, '2026-04-03', '2026-04-04')).toEqual([]);
  });
});
