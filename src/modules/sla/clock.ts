/**
 * SLA clocks, derived from a ticket's history. Pure: the same events, policy and calendars always
 * give the same clocks. The rules are written out in docs/sla.md; each has a test in clock.test.ts.
 */
import type { CompiledCalendar } from '../calendars/index.js';
import { isOpenStatus, type Priority } from '../tickets/index.js';

export type ClockName = 'first_response' | 'next_reply' | 'resolution';
export const CLOCK_NAMES: readonly ClockName[] = ['first_response', 'next_reply', 'resolution'];

export interface Targets {
  firstResponse: number;
  nextReply?: number | null;
  resolution: number;
}

export interface ClockPolicy {
  /** Covered minutes per priority. */
  targets: Record<Priority, Targets>;
  /** Percentage of a target at which a warning fires (1–99). */
  warningPercent: number;
}

/** The calendar that covers a ticket of the given priority, from the contract's coverage rules. */
export type CalendarFor = (priority: Priority) => { id: string; name: string; calendar: CompiledCalendar } | null;

export type SlaEvent =
  | { at: number; kind: 'created'; priority: Priority; status: string; respondedAtCreation: boolean }
  | { at: number; kind: 'status'; status: string }
  | { at: number; kind: 'priority'; priority: Priority }
  | { at: number; kind: 'staff_reply' }
  | { at: number; kind: 'client_reply' };

export type ClockStatus = 'running' | 'paused' | 'met' | 'missed';

export interface Clock {
  clock: ClockName;
  /** Next-reply clocks run once per client message; the others have cycle 1. */
  cycle: number;
  status: ClockStatus;
  priority: Priority;
  calendarId: string;
  calendarName: string;
  targetMinutes: number;
  /** Covered minutes used up to the last change (or the stop). */
  elapsedMinutes: number;
  /** Wall-clock milliseconds spent paused in waiting states. */
  pausedMs: number;
  startedAt: number;
  /** When the clock stopped (met or missed), else null. */
  stoppedAt: number | null;
  /** The instant the target is reached if nothing else changes; null while paused or if the calendar never opens. */
  dueAt: number | null;
  warnAt: number | null;
  /** The instant of the last change the due time was computed from. */
  since: number;
}

const PAUSING = new Set(['waiting_on_client', 'waiting_on_vendor']);

interface Run {
  clock: ClockName;
  cycle: number;
  startedAt: number;
  elapsedMs: number;
  pausedMs: number;
  stoppedAt: number | null;
  /** Last instant elapsed time was accounted up to. */
  mark: number;
}

/** Computes every clock of a ticket; events must be in time order and start with `created`. */
export function computeClocks(events: SlaEvent[], policy: ClockPolicy, calendarFor: CalendarFor): Clock[] {
  const first = events[0];
  if (!first || first.kind !== 'created') return [];
  let priority = first.priority;
  let status = first.status;
  const runs: Run[] = [];
  const open = (clock: ClockName, cycle: number, at: number): Run => {
    const run = { clock, cycle, startedAt: at, elapsedMs: 0, pausedMs: 0, stoppedAt: null, mark: at };
    runs.push(run);
    return run;
  };
  const resolution = open('resolution', 1, first.at);
  const response = open('first_response', 1, first.at);
  if (first.respondedAtCreation) response.stoppedAt = first.at;
  let reply: Run | null = null;
  let cycles = 0;

  // Accounts the covered time of every running clock up to `at`, under the calendar in force.
  const advance = (at: number) => {
    const covering = calendarFor(priority);
    for (const run of runs) {
      if (run.stoppedAt !== null || at <= run.mark) continue;
      if (PAUSING.has(status)) run.pausedMs += at - run.mark;
      else if (covering) run.elapsedMs += covering.calendar.businessMinutesBetween(run.mark, at) * 60_000;
      run.mark = at;
    }
  };
  const stop = (run: Run | null, at: number) => {
    if (run && run.stoppedAt === null) run.stoppedAt = at;
  };

  for (const event of events.slice(1)) {
    advance(event.at);
    switch (event.kind) {
      case 'priority':
        priority = event.priority;
        break;
      case 'status':
        if (!isOpenStatus(event.status)) {
          for (const run of runs) stop(run, event.at);
        } else if (!isOpenStatus(status)) {
          // Reopened: the resolution clock resumes where it stopped; it does not start again.
          resolution.stoppedAt = null;
          resolution.mark = event.at;
        }
        status = event.status;
        break;
      case 'staff_reply':
        stop(response, event.at);
        stop(reply, event.at);
        break;
      case 'client_reply':
        if (response.stoppedAt !== null && (reply === null || reply.stoppedAt !== null) && isOpenStatus(status)) {
          cycles += 1;
          reply = open('next_reply', cycles, event.at);
        }
        break;
    }
  }
  const lastAt = events[events.length - 1].at;
  advance(lastAt);
  return runs
    .map((run) => present(run, lastAt, status, priority, policy, calendarFor))
    .filter((c): c is Clock => c !== null);
}

function targetOf(policy: ClockPolicy, priority: Priority, clock: ClockName): number | null {
  const t = policy.targets[priority];
  if (!t) return null;
  const minutes = clock === 'first_response' ? t.firstResponse : clock === 'resolution' ? t.resolution : t.nextReply;
  return minutes === undefined || minutes === null || minutes <= 0 ? null : minutes;
}

function present(run: Run, lastAt: number, status: string, priority: Priority, policy: ClockPolicy, calendarFor: CalendarFor): Clock | null {
  const target = targetOf(policy, priority, run.clock);
  const covering = calendarFor(priority);
  if (target === null || !covering) return null;
  const elapsedMinutes = run.elapsedMs / 60_000;
  const base = {
    clock: run.clock,
    cycle: run.cycle,
    priority,
    calendarId: covering.id,
    calendarName: covering.name,
    targetMinutes: target,
    elapsedMinutes,
    pausedMs: run.pausedMs,
    startedAt: run.startedAt,
    since: run.stoppedAt ?? lastAt,
  };
  if (run.stoppedAt !== null) {
    return { ...base, status: elapsedMinutes <= target ? 'met' : 'missed', stoppedAt: run.stoppedAt, dueAt: null, warnAt: null };
  }
  if (PAUSING.has(status)) return { ...base, status: 'paused', stoppedAt: null, dueAt: null, warnAt: null };
  const due = elapsedMinutes >= target ? lastAt : covering.calendar.addBusinessMinutes(lastAt, target - elapsedMinutes);
  const warnMinutes = (target * policy.warningPercent) / 100 - elapsedMinutes;
  const warn = warnMinutes <= 0 ? lastAt : covering.calendar.addBusinessMinutes(lastAt, warnMinutes);
  return { ...base, status: 'running', stoppedAt: null, dueAt: due, warnAt: warn };
}

/** Whether a running clock is past its due time at `now`. */
export function isBreached(clock: Clock, now: number): boolean {
  return clock.status === 'missed' || (clock.status === 'running' && clock.dueAt !== null && now >= clock.dueAt);
}
