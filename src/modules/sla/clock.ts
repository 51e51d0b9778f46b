/**
 * SLA clocks, derived from a ticket's history. Pure: the same events, policy and calendars always
 * give the same clocks. The rules are written out in docs/sla.md; each has a test in clock.test.ts.
 */
import { businessDaysDue, closedDaysBetween, dayDate, type BusinessDayTime, type CompiledCalendar } from '../calendars/index.js';
import { isOpenStatus, type Priority } from '../tickets/index.js';

export type ClockName = 'first_response' | 'next_reply' | 'resolution';
export const CLOCK_NAMES: readonly ClockName[] = ['first_response', 'next_reply', 'resolution'];

/**
 * A target in business days of the covering calendar (docs/sla.md): due at the end of the Nth
 * business day after the one the clock starts on, or at the same time of day on it.
 */
export interface BusinessDaysTarget {
  businessDays: number;
  dueAt: BusinessDayTime;
}

/** Covered minutes, or business days. */
export type Target = number | BusinessDaysTarget;

export interface Targets {
  firstResponse: Target;
  nextReply?: Target | null;
  resolution: Target;
}

export interface ClockPolicy {
  /** Targets per priority, each in covered minutes or business days. */
  targets: Record<Priority, Targets>;
  /** Percentage of a target at which a warning fires (1–99), unless `warningBeforeMinutes` is set. */
  warningPercent: number;
  /** When set, the warning fires this many covered minutes before the due time instead. */
  warningBeforeMinutes?: number | null;
}

/** How a business-day target became a due time, for explanations (dates are local to the calendar). */
export interface BusinessDaysTerms extends BusinessDaysTarget {
  /** The business day the clock started on, or (opened outside covered hours) the next one. */
  startDay: string;
  /** Whether the clock started within covered hours; else counting started at `countedFrom`. */
  startedCovered: boolean;
  countedFrom: number;
  /** The business day the target falls on. */
  dueDay: string;
  /** Dates between the two without covered time (the first ten). */
  closedDays: string[];
  /** The due time the target gives before any pause or priority change. */
  targetDueAt: number;
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
  /** The target in covered minutes; a business-day target as the covered minutes from the clock's start to its due time. */
  targetMinutes: number;
  /** For a business-day target, how it was counted; null for a target in covered minutes. */
  businessDays: BusinessDaysTerms | null;
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

function targetOf(policy: ClockPolicy, priority: Priority, clock: ClockName): Target | null {
  const t = policy.targets[priority];
  if (!t) return null;
  const target = clock === 'first_response' ? t.firstResponse : clock === 'resolution' ? t.resolution : t.nextReply;
  if (target === undefined || target === null) return null;
  return typeof target === 'number' && target <= 0 ? null : target;
}

/**
 * A target in covered minutes. A business-day target is counted from the clock's start in the
 * calendar now covering it and becomes the covered minutes up to that due time, so pauses and
 * priority changes treat both kinds alike. Null minutes: the calendar never reaches it.
 */
function resolveTarget(target: Target, startedAt: number, calendar: CompiledCalendar): { minutes: number | null; terms: BusinessDaysTerms | null } {
  if (typeof target === 'number') return { minutes: target, terms: null };
  const due = businessDaysDue(calendar, startedAt, target.businessDays, target.dueAt);
  if (due === null) return { minutes: null, terms: null };
  const startDay = due.start.day;
  return {
    minutes: calendar.businessMinutesBetween(startedAt, due.dueMs),
    terms: {
      businessDays: target.businessDays,
      dueAt: target.dueAt,
      startDay: dayDate(startDay),
      startedCovered: due.start.covered,
      countedFrom: due.start.atMs,
      dueDay: dayDate(due.day),
      closedDays: closedDaysBetween(calendar, startDay, due.day).map(dayDate),
      targetDueAt: due.dueMs,
    },
  };
}

function present(run: Run, lastAt: number, status: string, priority: Priority, policy: ClockPolicy, calendarFor: CalendarFor): Clock | null {
  const spec = targetOf(policy, priority, run.clock);
  const covering = calendarFor(priority);
  if (spec === null || !covering) return null;
  const { minutes, terms } = resolveTarget(spec, run.startedAt, covering.calendar);
  const target = minutes ?? 0;
  const elapsedMinutes = run.elapsedMs / 60_000;
  const base = {
    clock: run.clock,
    cycle: run.cycle,
    priority,
    calendarId: covering.id,
    calendarName: covering.name,
    targetMinutes: target,
    businessDays: terms,
    elapsedMinutes,
    pausedMs: run.pausedMs,
    startedAt: run.startedAt,
    since: run.stoppedAt ?? lastAt,
  };
  if (run.stoppedAt !== null) {
    return { ...base, status: elapsedMinutes <= target ? 'met' : 'missed', stoppedAt: run.stoppedAt, dueAt: null, warnAt: null };
  }
  if (PAUSING.has(status)) return { ...base, status: 'paused', stoppedAt: null, dueAt: null, warnAt: null };
  // A business-day target the calendar never reaches has no due time, like minutes it never covers.
  if (minutes === null) return { ...base, status: 'running', stoppedAt: null, dueAt: null, warnAt: null };
  const calendar = covering.calendar;
  // Business-day targets are fractions of minutes; their instants are whole milliseconds.
  const whole = (ms: number | null) => (ms === null || terms === null ? ms : Math.round(ms));
  const due = elapsedMinutes >= target ? lastAt : whole(calendar.addBusinessMinutes(lastAt, target - elapsedMinutes));
  return { ...base, status: 'running', stoppedAt: null, dueAt: due, warnAt: whole(warnAt(policy, calendar, lastAt, due, target - elapsedMinutes, target)) };
}

/**
 * When the warning fires: a share of the target, or (`warningBeforeMinutes`) that many covered
 * minutes before the due time — at once when less than that is left.
 */
function warnAt(policy: ClockPolicy, calendar: CompiledCalendar, lastAt: number, due: number | null, remaining: number, target: number): number | null {
  const before = policy.warningBeforeMinutes;
  if (before !== undefined && before !== null) {
    if (due === null) return null;
    return remaining <= before ? lastAt : (calendar.subtractBusinessMinutes(due, before) ?? lastAt);
  }
  const warnMinutes = (target * policy.warningPercent) / 100 - (target - remaining);
  return warnMinutes <= 0 ? lastAt : calendar.addBusinessMinutes(lastAt, warnMinutes);
}

/** Whether a running clock is past its due time at `now`. */
export function isBreached(clock: Clock, now: number): boolean {
  return clock.status === 'missed' || (clock.status === 'running' && clock.dueAt !== null && now >= clock.dueAt);
}
