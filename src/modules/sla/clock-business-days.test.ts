import { describe, expect, it } from 'vitest';
import { compileCalendar, presetWindows } from '../calendars/index.js';
import { computeClocks, type CalendarFor, type ClockPolicy, type SlaEvent } from './clock.js';
import { explainClock } from './explain.js';

// London office hours 09:00–17:00 with England's holidays. 2 March 2026 is a Monday; London moves
// to BST on Sunday 29 March 2026; Good Friday is 3 April and Easter Monday 6 April 2026.
const office = {
  id: 'office',
  name: 'London office',
  calendar: compileCalendar({ timeZone: 'Europe/London', windows: presetWindows('business-hours'), holidays: [{ country: 'GB', region: 'ENG' }] }),
};
const inOffice: CalendarFor = () => office;
const nextBusinessDay = { businessDays: 1, dueAt: 'end_of_day' } as const;
const policy: ClockPolicy = {
  warningPercent: 75,
  targets: {
    P1: { firstResponse: 15, resolution: 240 },
    P2: { firstResponse: 60, resolution: nextBusinessDay },
    P3: { firstResponse: 240, resolution: { businessDays: 2, dueAt: 'end_of_day' } },
    P4: { firstResponse: 480, resolution: { businessDays: 2, dueAt: 'same_time' } },
  },
};
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const created = (when: string, priority: 'P1' | 'P2' | 'P3' | 'P4' = 'P2'): SlaEvent => ({ at: at(when), kind: 'created', priority, status: 'new', respondedAtCreation: false });
const resolution = (events: SlaEvent[], p: ClockPolicy = policy, calendarFor: CalendarFor = inOffice) => computeClocks(events, p, calendarFor).find((c) => c.clock === 'resolution')!;

describe('SLA targets in business days', () => {
  it('is due at the end of the next business day, holding the covered minutes up to it as its target', () => {
    const clock = resolution([created('2026-03-02T10:00:00Z')]);
    expect(iso(clock.dueAt)).toBe('2026-03-03T17:00:00.000Z');
    // Monday 10:00–17:00 and Tuesday 09:00–17:00.
    expect(clock.targetMinutes).toBe(15 * 60);
    expect(clock.businessDays).toMatchObject({ businessDays: 1, dueAt: 'end_of_day', startDay: '2026-03-02', dueDay: '2026-03-03', startedCovered: true, closedDays: [] });
  });

  it('explains the due time: which day, in which zone, and why', () => {
    const clock = resolution([created('2026-03-06T10:00:00Z')]);
    expect(explainClock(clock, 'Europe/London', at('2026-03-06T11:00:00Z'))).toBe(
      'Resolution: P2, calendar London office; due at the end of the next business day, Mon 9 Mar 2026 17:00 GMT in Europe/London, because it started Fri 6 Mar 2026 10:00 GMT, within covered hours, and the next business day after Fri 6 Mar 2026 is Mon 9 Mar 2026 (Sat 7 Mar 2026, Sun 8 Mar 2026 have no covered hours): 15 h of covered time, 0 min used.',
    );
  });

  it('counts from the next opening when opened after hours, and says so', () => {
    const clock = resolution([created('2026-03-06T18:00:00Z')]);
    expect(iso(clock.dueAt)).toBe('2026-03-10T17:00:00.000Z');
    expect(clock.businessDays).toMatchObject({ startDay: '2026-03-09', dueDay: '2026-03-10', startedCovered: false, countedFrom: at('2026-03-09T09:00:00Z') });
    expect(explainClock(clock, 'Europe/London', at('2026-03-06T18:00:00Z'))).toContain(
      'because it started Fri 6 Mar 2026 18:00 GMT, outside covered hours, so counting starts at the next opening, Mon 9 Mar 2026 09:00 GMT, and the next business day after Mon 9 Mar 2026 is Tue 10 Mar 2026: 16 h of covered time',
    );
  });

  it('crosses the change to summer time: Friday 10:00 GMT → Monday 17:00 BST', () => {
    expect(iso(resolution([created('2026-03-27T10:00:00Z')]).dueAt)).toBe('2026-03-30T16:00:00.000Z');
  });

  it('skips Good Friday, the weekend and Easter Monday: two business days from Thursday → the end of Wednesday', () => {
    const clock = resolution([created('2026-04-02T10:00:00+01:00', 'P3')]);
    expect(iso(clock.dueAt)).toBe('2026-04-08T16:00:00.000Z');
    expect(clock.businessDays).toMatchObject({ dueDay: '2026-04-08', closedDays: ['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'] });
  });

  it('is due at the same time two business days later', () => {
    expect(iso(resolution([created('2026-03-02T11:15:00Z', 'P4')]).dueAt)).toBe('2026-03-04T11:15:00.000Z');
  });

  it('moves the due time by the covered time spent waiting, as for any target', () => {
    const events: SlaEvent[] = [
      created('2026-03-02T10:00:00Z'),
      { at: at('2026-03-02T12:00:00Z'), kind: 'status', status: 'waiting_on_client' },
      { at: at('2026-03-02T15:00:00Z'), kind: 'status', status: 'open' },
    ];
    const clock = resolution(events);
    // 15 h target, 2 h used, 13 h from Monday 15:00: 2 h on Monday, 8 h on Tuesday, 3 h on Wednesday.
    expect(iso(clock.dueAt)).toBe('2026-03-04T12:00:00.000Z');
    expect(explainClock(clock, 'Europe/London', at('2026-03-02T15:00:00Z'))).toBe(
      'Resolution: P2, calendar London office, target the end of the next business day (Tue 3 Mar 2026 17:00 GMT in Europe/London, because it started Mon 2 Mar 2026 10:00 GMT, within covered hours, and the next business day after Mon 2 Mar 2026 is Tue 3 Mar 2026: 15 h of covered time); 2 h of covered time used, paused 3 h waiting, so due Wed 4 Mar 2026 12:00 GMT in Europe/London.',
    );
  });

  it('takes a new priority’s business days from the clock’s start', () => {
    // Opened as a P3 (two business days) on Monday 10:00, raised to P2 on Tuesday 10:00: due at the end of Tuesday.
    const clock = resolution([created('2026-03-02T10:00:00Z', 'P3'), { at: at('2026-03-03T10:00:00Z'), kind: 'priority', priority: 'P2' }]);
    expect(iso(clock.dueAt)).toBe('2026-03-03T17:00:00.000Z');
    expect(clock.targetMinutes).toBe(15 * 60);
  });

  it('is met when resolved within the business day, missed after it', () => {
    const resolvedAt = (when: string) => resolution([created('2026-03-02T10:00:00Z'), { at: at(when), kind: 'status', status: 'resolved' }]).status;
    expect(resolvedAt('2026-03-03T16:59:00Z')).toBe('met');
    expect(resolvedAt('2026-03-04T09:01:00Z')).toBe('missed');
  });

  it('has no due time when the calendar never opens', () => {
    const closed = { id: 'none', name: 'Never', calendar: compileCalendar({ timeZone: 'UTC', windows: [] }) };
    expect(resolution([created('2026-03-02T10:00:00Z')], policy, () => closed)).toMatchObject({ status: 'running', dueAt: null, warnAt: null, businessDays: null });
  });
});

describe('warnings a number of covered minutes before due', () => {
  const before = (minutes: number): ClockPolicy => ({ ...policy, warningBeforeMinutes: minutes });

  it('warns 60 covered minutes before the end of the business day', () => {
    expect(iso(resolution([created('2026-03-02T10:00:00Z')], before(60)).warnAt)).toBe('2026-03-03T16:00:00.000Z');
  });

  it('warns at the opening rather than at the closing before it when the due time is an hour into a day', () => {
    const clock = resolution([created('2026-03-02T10:00:00Z', 'P1')], { ...before(60), targets: { ...policy.targets, P1: { firstResponse: 15, resolution: 480 } } });
    // 480 covered minutes from Monday 10:00 is Tuesday 10:00; an hour before it is Tuesday 09:00.
    expect(iso(clock.dueAt)).toBe('2026-03-03T10:00:00.000Z');
    expect(iso(clock.warnAt)).toBe('2026-03-03T09:00:00.000Z');
  });

  it('warns at once when less than that is left', () => {
    const firstResponse = computeClocks([created('2026-03-02T10:00:00Z', 'P1')], before(60), inOffice).find((c) => c.clock === 'first_response')!;
    expect(firstResponse.warnAt).toBe(at('2026-03-02T10:00:00Z'));
  });

  it('keeps the percentage when no minutes are set', () => {
    const clock = resolution([created('2026-03-02T10:00:00Z', 'P1')]);
    expect(iso(clock.warnAt)).toBe('2026-03-02T13:00:00.000Z');
  });
});
