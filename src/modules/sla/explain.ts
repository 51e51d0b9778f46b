/** Puts a clock into words a technician can check by hand. */
import { DateTime } from 'luxon';
import type { Clock, ClockName } from './clock.js';
import { formatMinutes, formatUsedMinutes } from './minutes.js';

const NAMES: Record<ClockName, string> = { first_response: 'First response', next_reply: 'Next reply', resolution: 'Resolution' };

export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("ccc d LLL yyyy HH:mm ZZZZ");
}

/** `withCalendar: false` leaves out the calendar's name (for clients, who do not see the MSP's set-up). */
export function explainClock(clock: Clock, zone: string, now: number, withCalendar = true): string {
  const calendar = withCalendar ? ` calendar ${clock.calendarName},` : '';
  const head = `${NAMES[clock.clock]}${clock.clock === 'next_reply' ? ` #${clock.cycle}` : ''}: ${clock.priority},${calendar} ${formatMinutes(clock.targetMinutes)} target`;
  const used = `${formatUsedMinutes(clock.elapsedMinutes)} of covered time used`;
  const paused = clock.pausedMs > 0 ? `, paused ${formatMinutes(clock.pausedMs / 60_000)} waiting` : '';
  switch (clock.status) {
    case 'met':
      return `${head}; met at ${localTime(clock.stoppedAt!, zone)} after ${formatUsedMinutes(clock.elapsedMinutes)}${paused}.`;
    case 'missed':
      return `${head}; missed: stopped at ${localTime(clock.stoppedAt!, zone)} after ${formatUsedMinutes(clock.elapsedMinutes)}${paused}.`;
    case 'paused':
      return `${head}; ${used}${paused}; paused while the ticket waits, so no due time until it resumes.`;
    case 'running':
      if (clock.dueAt === null) return `${head}; ${used}${paused}; the calendar never opens again, so there is no due time.`;
      return `${head}; ${used}${paused}, so due ${localTime(clock.dueAt, zone)}${now >= clock.dueAt ? ' — breached' : ''}.`;
  }
}
