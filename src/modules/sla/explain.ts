/** Puts a clock into words a technician can check by hand. */
import { DateTime } from 'luxon';
import type { Clock, ClockName } from './clock.js';

const NAMES: Record<ClockName, string> = { first_response: 'First response', next_reply: 'Next reply', resolution: 'Resolution' };

/** 135 → "2 h 15 min"; 240 → "4 h"; 0.5 → "1 min" (rounded up to whole minutes for people). */
export function formatMinutes(minutes: number): string {
  const total = Math.ceil(minutes - 1e-9);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("ccc d LLL yyyy HH:mm ZZZZ");
}

/** `withCalendar: false` leaves out the calendar's name (for clients, who do not see the MSP's set-up). */
export function explainClock(clock: Clock, zone: string, now: number, withCalendar = true): string {
  const calendar = withCalendar ? ` calendar ${clock.calendarName},` : '';
  const head = `${NAMES[clock.clock]}${clock.clock === 'next_reply' ? ` #${clock.cycle}` : ''}: ${clock.priority},${calendar} ${formatMinutes(clock.targetMinutes)} target`;
  const used = `${formatMinutes(clock.elapsedMinutes)} of covered time used`;
  const paused = clock.pausedMs > 0 ? `, paused ${formatMinutes(clock.pausedMs / 60_000)} waiting` : '';
  switch (clock.status) {
    case 'met':
      return `${head}; met at ${localTime(clock.stoppedAt!, zone)} after ${formatMinutes(clock.elapsedMinutes)}${paused}.`;
    case 'missed':
      return `${head}; missed: stopped at ${localTime(clock.stoppedAt!, zone)} after ${formatMinutes(clock.elapsedMinutes)}${paused}.`;
    case 'paused':
      return `${head}; ${used}${paused}; paused while the ticket waits, so no due time until it resumes.`;
    case 'running':
      if (clock.dueAt === null) return `${head}; ${used}${paused}; the calendar never opens again, so there is no due time.`;
      return `${head}; ${used}${paused}, so due ${localTime(clock.dueAt, zone)}${now >= clock.dueAt ? ' — breached' : ''}.`;
  }
}
