import { describe, expect, it } from 'vitest';
import { compileCalendar, presetWindows } from '../calendars/index.js';
import { computeClocks, isBreached, type CalendarFor, type ClockPolicy, type SlaEvent } from './clock.js';
import { decideNotice } from './sla-notice.step.js';
import { explainClock } from './explain.js';
import { formatMinutes } from './minutes.js';

const policy: ClockPolicy = {
  warningPercent: 75,
  targets: {
    P1: { firstResponse: 15, resolution: 240 },
    P2: { firstResponse: 60, nextReply: 120, resolution: 480 },
    P3: { firstResponse: 240, resolution: 1440 },
    P4: { firstResponse: 480, resolution: 2880 },
  },
};
const always = { id: 'c247', name: '24x7', calendar: compileCalendar({ timeZone: 'UTC', windows: presetWindows('24x7') }) };
const office = { id: 'office', name: 'London office', calendar: compileCalendar({ timeZone: 'Europe/London', windows: presetWindows('business-hours') }) };
const allDay: CalendarFor = () => always;
const t0 = Date.parse('2026-03-02T09:00:00Z'); // a Monday; London is on GMT
const min = (n: number) => t0 + n * 60_000;
const created = (priority: 'P1' | 'P2' | 'P3' | 'P4' = 'P2', phone = false): SlaEvent => ({ at: t0, kind: 'created', priority, status: 'new', respondedAtCreation: phone });
const clock = (events: SlaEvent[], name: string, calendarFor: CalendarFor = allDay) => computeClocks(events, policy, calendarFor).find((c) => c.clock === name)!;

describe('SLA clocks', () => {
  it('starts first response and resolution at creation, due after the target in covered time', () => {
    const fr = clock([created()], 'first_response');
    expect(fr).toMatchObject({ status: 'running', targetMinutes: 60, dueAt: min(60), warnAt: min(45) });
    expect(clock([created()], 'resolution').dueAt).toBe(min(480));
  });

  it('counts only covered hours: a P2 opened Friday 16:30 in office hours answers by Monday 09:30', () => {
    const friday = Date.parse('2026-03-06T16:30:00Z');
    const fr = computeClocks([{ at: friday, kind: 'created', priority: 'P2', status: 'new', respondedAtCreation: false }], policy, () => office).find((c) => c.clock === 'first_response')!;
    expect(new Date(fr.dueAt!).toISOString()).toBe('2026-03-09T09:30:00.000Z');
  });

  it('stops first response at the first staff reply, met when inside the target', () => {
    const fr = clock([created(), { at: min(20), kind: 'staff_reply' }], 'first_response');
    expect(fr).toMatchObject({ status: 'met', stoppedAt: min(20), elapsedMinutes: 20, dueAt: null });
  });

  it('records a late first reply as missed', () => {
    const fr = clock([created(), { at: min(90), kind: 'staff_reply' }], 'first_response');
    expect(fr.status).toBe('missed');
  });

  it('treats a phone ticket logged by staff as answered at creation', () => {
    expect(clock([created('P2', true)], 'first_response')).toMatchObject({ status: 'met', elapsedMinutes: 0 });
  });

  it('pauses while waiting on the client and resumes with the time already used', () => {
    const events: SlaEvent[] = [created(), { at: min(30), kind: 'status', status: 'waiting_on_client' }, { at: min(160), kind: 'status', status: 'open' }];
    const res = clock(events, 'resolution');
    expect(res).toMatchObject({ status: 'running', elapsedMinutes: 30, pausedMs: 130 * 60_000 });
    expect(res.dueAt).toBe(min(160 + 450));
    const paused = clock(events.slice(0, 2), 'resolution');
    expect(paused).toMatchObject({ status: 'paused', dueAt: null, warnAt: null });
  });

  it('keeps the time used when the priority changes, and measures the rest against the new target', () => {
    const events: SlaEvent[] = [created('P3'), { at: min(100), kind: 'priority', priority: 'P1' }];
    const res = clock(events, 'resolution');
    expect(res).toMatchObject({ priority: 'P1', targetMinutes: 240, elapsedMinutes: 100 });
    expect(res.dueAt).toBe(min(100 + 140));
  });

  it('is due at the change when a priority raise leaves no time', () => {
    const res = clock([created('P3'), { at: min(300), kind: 'priority', priority: 'P1' }], 'resolution');
    expect(res.dueAt).toBe(min(300));
    expect(isBreached(res, min(300))).toBe(true);
  });

  it('stops resolution when resolved and resumes it, not restarts it, on reopen', () => {
    const events: SlaEvent[] = [created(), { at: min(100), kind: 'status', status: 'resolved' }];
    expect(clock(events, 'resolution')).toMatchObject({ status: 'met', elapsedMinutes: 100 });
    const reopened = clock([...events, { at: min(1000), kind: 'status', status: 'open' }], 'resolution');
    expect(reopened).toMatchObject({ status: 'running', elapsedMinutes: 100, dueAt: min(1000 + 380) });
  });

  it('runs a next-reply clock for each client message after the first response', () => {
    const events: SlaEvent[] = [created(), { at: min(10), kind: 'staff_reply' }, { at: min(50), kind: 'client_reply' }, { at: min(80), kind: 'staff_reply' }, { at: min(200), kind: 'client_reply' }];
    const clocks = computeClocks(events, policy, allDay).filter((c) => c.clock === 'next_reply');
    expect(clocks.map((c) => [c.cycle, c.status])).toEqual([[1, 'met'], [2, 'running']]);
    expect(clocks[1].dueAt).toBe(min(200 + 120));
  });

  it('has no next-reply clock when the policy sets no target for it', () => {
    const events: SlaEvent[] = [created('P3'), { at: min(10), kind: 'staff_reply' }, { at: min(50), kind: 'client_reply' }];
    expect(computeClocks(events, policy, allDay).some((c) => c.clock === 'next_reply')).toBe(false);
  });

  it('gives no due time, rather than looping, when the calendar never opens', () => {
    const never = { id: 'never', name: 'Never', calendar: compileCalendar({ timeZone: 'UTC', windows: [] }) };
    const res = clock([created()], 'resolution', () => never);
    expect(res).toMatchObject({ status: 'running', dueAt: null });
    expect(explainClock(res, 'UTC', t0)).toContain('never opens');
  });

  it('explains a due time in words and numbers', () => {
    const events: SlaEvent[] = [created(), { at: min(30), kind: 'status', status: 'waiting_on_client' }, { at: min(160), kind: 'status', status: 'open' }];
    const text = explainClock(clock(events, 'resolution'), 'Europe/London', min(200));
    expect(text).toBe('Resolution: P2, calendar 24x7, 8 h target; 30 min of covered time used, paused 2 h 10 min waiting, so due Mon 2 Mar 2026 19:10 GMT.');
    expect(formatMinutes(135)).toBe('2 h 15 min');
  });
});

describe('deciding an SLA notice', () => {
  const running = clock([created()], 'first_response');
  it('fires at or after the instant', () => {
    expect(decideNotice(running, 1, 'warning', min(45))).toEqual({ action: 'fire' });
    expect(decideNotice(running, 1, 'breached', min(61))).toEqual({ action: 'fire' });
  });
  it('reschedules when the due time moved later', () => {
    expect(decideNotice(running, 1, 'breached', min(30))).toEqual({ action: 'reschedule', at: min(60) });
  });
  it('drops a notice for a clock that is paused, met or gone', () => {
    const met = clock([created(), { at: min(5), kind: 'staff_reply' }], 'first_response');
    expect(decideNotice(met, 1, 'breached', min(61))).toEqual({ action: 'drop', reason: 'clock_met' });
    expect(decideNotice(undefined, 1, 'breached', min(61))).toEqual({ action: 'drop', reason: 'clock_gone' });
  });
});
