import { describe, expect, it } from 'vitest';
import { ageBucket, decideFcrAlert, isAfterHours, nextFcrCheckAt, nextWeeklySummaryAt, summaryWeek } from './owner-rules.js';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

describe('owner report rules', () => {
  it('counts weekends and outside 08:00–18:00 local as after hours', () => {
    // Tuesday 2026-03-03
    expect(isAfterHours(at('2026-03-03T07:59:00Z'), 'UTC')).toBe(true);
    expect(isAfterHours(at('2026-03-03T08:00:00Z'), 'UTC')).toBe(false);
    expect(isAfterHours(at('2026-03-03T17:59:00Z'), 'UTC')).toBe(false);
    expect(isAfterHours(at('2026-03-03T18:00:00Z'), 'UTC')).toBe(true);
    expect(isAfterHours(at('2026-03-07T12:00:00Z'), 'UTC')).toBe(true); // Saturday
    // 12:00 UTC is 07:00 in New York (EST): before office hours there.
    expect(isAfterHours(at('2026-03-03T12:00:00Z'), 'America/New_York')).toBe(true);
    expect(isAfterHours(at('2026-03-03T13:00:00Z'), 'America/New_York')).toBe(false);
  });

  it('puts a ticket in the youngest bucket whose bound it is under', () => {
    expect([0, DAY - 1, DAY, 3 * DAY - 1, 3 * DAY, 7 * DAY, 30 * DAY - 1, 30 * DAY, 400 * DAY].map(ageBucket)).toEqual(['under_1d', 'under_1d', '1_3d', '1_3d', '3_7d', '7_30d', '7_30d', 'over_30d', 'over_30d']);
  });

  it('sends the weekly summary on the next Monday at 07:00 local, across a clock change', () => {
    expect(new Date(nextWeeklySummaryAt(at('2026-03-04T10:00:00Z'), 'UTC')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    expect(new Date(nextWeeklySummaryAt(at('2026-03-09T07:00:00Z'), 'UTC')).toISOString()).toBe('2026-03-16T07:00:00.000Z');
    expect(new Date(nextWeeklySummaryAt(at('2026-03-09T06:59:00Z'), 'UTC')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    // London moves to summer time on 2026-03-29: Monday 30 March 07:00 BST is 06:00 UTC.
    expect(new Date(nextWeeklySummaryAt(at('2026-03-27T12:00:00Z'), 'Europe/London')).toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('checks FCR daily at 06:00 local', () => {
    expect(new Date(nextFcrCheckAt(at('2026-03-04T05:00:00Z'), 'UTC')).toISOString()).toBe('2026-03-04T06:00:00.000Z');
    expect(new Date(nextFcrCheckAt(at('2026-03-04T06:00:00Z'), 'UTC')).toISOString()).toBe('2026-03-05T06:00:00.000Z');
  });

  it('tells the owners once per drop below the target', () => {
    expect(decideFcrAlert(undefined, 80, 90)).toEqual({ state: 'below', tell: true });
    expect(decideFcrAlert('below', 70, 90)).toEqual({ state: 'below', tell: false });
    expect(decideFcrAlert('below', 90, 90)).toEqual({ state: 'ok', tell: false });
    expect(decideFcrAlert('ok', 89.9, 90)).toEqual({ state: 'below', tell: true });
    expect(decideFcrAlert('below', null, 90)).toEqual({ state: 'below', tell: false });
  });

  it('reports the seven local days before the summary’s day', () => {
    const utc = summaryWeek(at('2026-03-09T07:00:00Z'), 'UTC');
    expect([new Date(utc.from).toISOString(), new Date(utc.to).toISOString(), utc.firstDay, utc.lastDay]).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z', '2026-03-02', '2026-03-08']);
    // New York springs forward on 8 March 2026: the week starts at EST midnight and ends at EDT midnight.
    const ny = summaryWeek(at('2026-03-09T11:00:00Z'), 'America/New_York');
    expect([new Date(ny.from).toISOString(), new Date(ny.to).toISOString()]).toEqual(['2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });
});
