import { describe, expect, it } from 'vitest';
import { dayAfter, dayStart, firstDayOf, lastDayOf, termText } from './contract-term';

describe('a contract’s term as whole days in the client’s time zone', () => {
  it('starts the first day at local midnight and ends the last day at the next one', () => {
    expect(dayStart('2026-01-01', 'Europe/London')).toBe('2026-01-01T00:00:00.000Z');
    expect(dayStart('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(dayAfter('2026-12-31', 'America/Chicago')).toBe('2027-01-01T06:00:00.000Z');
    expect(dayStart('2026-03-02', 'Australia/Sydney')).toBe('2026-03-01T13:00:00.000Z');
  });

  it('counts a day of a daylight-saving change at its real length', () => {
    // London springs forward on 29 March 2026: that day is 23 hours long.
    expect(Date.parse(dayAfter('2026-03-29', 'Europe/London')) - Date.parse(dayStart('2026-03-29', 'Europe/London'))).toBe(23 * 3_600_000);
    // Santiago skips midnight itself on 6 September 2026: the day starts at 01:00.
    expect(dayStart('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('reads stored instants back as the days the form shows', () => {
    expect(firstDayOf('2025-12-31T23:00:00.000Z', 'Europe/Berlin')).toBe('2026-01-01');
    expect(lastDayOf(dayAfter('2026-12-31', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-12-31');
    expect(lastDayOf(null, 'Europe/Berlin')).toBe('');
    // An end the API set at another time of day belongs to the day it falls in.
    expect(lastDayOf('2026-05-04T14:30:00.000Z', 'Europe/London')).toBe('2026-05-04');
  });

  it('puts the term in words, with the time when it is not at midnight', () => {
    expect(termText(dayStart('2026-01-01', 'Europe/London'), dayAfter('2026-12-31', 'Europe/London'), 'Europe/London')).toBe('1 Jan 2026 to 31 Dec 2026');
    expect(termText(dayStart('2026-01-01', 'Europe/London'), null, 'Europe/London')).toBe('from 1 Jan 2026, no end date');
    expect(termText('2026-03-04T09:15:00.000Z', '2026-05-04T14:30:00.000Z', 'Europe/London')).toBe('from 4 Mar 2026 09:15 until 4 May 2026 15:30');
  });
});
