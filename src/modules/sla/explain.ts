/** Puts a clock into words a technician can check by hand. */
import { DateTime } from 'luxon';
import type { BusinessDaysTerms, Clock, ClockName } from './clock.js';
import { formatMinutes, formatUsedMinutes } from './minutes.js';

const NAMES: Record<ClockName, string> = { first_response: 'First response', next_reply: 'Next reply', resolution: 'Resolution' };

export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("ccc d LLL yyyy HH:mm ZZZZ");
}

/** `withCalendar: false` leaves out the calendar's name (for clients, who do not see the MSP's set-up). */
export function explainClock(clock: Clock, zone: string, now: number, withCalendar = true): string {
  const calendar = withCalendar ? ` calendar ${clock.calendarName},` : '';
  const name = `${NAMES[clock.clock]}${clock.clock === 'next_reply' ? ` #${clock.cycle}` : ''}: ${clock.priority},${calendar}`;
  const terms = clock.businessDays;
  if (terms && clock.status === 'running' && clock.dueAt !== null && clock.dueAt === terms.targetDueAt && clock.pausedMs === 0) {
    // Nothing has moved the due time: say it as the contract does, and why.
    const breached = now >= clock.dueAt ? ' — breached' : '';
    return `${name.slice(0, -1)}; due at ${goalWords(terms)}, ${localTime(clock.dueAt, zone)} in ${zone}, because ${becauseWords(clock, terms, zone)}: ${formatMinutes(clock.targetMinutes)} of covered time, ${formatUsedMinutes(clock.elapsedMinutes)} used${breached}.`;
  }
  const head = terms
    ? `${name} target ${goalWords(terms)} (${localTime(terms.targetDueAt, zone)} in ${zone}, because ${becauseWords(clock, terms, zone)}: ${formatMinutes(clock.targetMinutes)} of covered time)`
    : `${name} ${formatMinutes(clock.targetMinutes)} target`;
  const inZone = terms ? ` in ${zone}` : '';
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
      return `${head}; ${used}${paused}, so due ${localTime(clock.dueAt, zone)}${inZone}${now >= clock.dueAt ? ' — breached' : ''}.`;
  }
}

/** "the end of the next business day", "the same time 2 business days later". */
export function goalWords(terms: Pick<BusinessDaysTerms, 'businessDays' | 'dueAt'>): string {
  const n = terms.businessDays;
  if (terms.dueAt === 'same_time') return n === 1 ? 'the same time on the next business day' : `the same time ${n} business days later`;
  if (n === 0) return 'the end of the business day it starts on';
  return n === 1 ? 'the end of the next business day' : `the end of the ${ordinal(n)} business day after it starts`;
}

function becauseWords(clock: Clock, terms: BusinessDaysTerms, zone: string): string {
  const opened = terms.startedCovered
    ? `it started ${localTime(clock.startedAt, zone)}, within covered hours`
    : `it started ${localTime(clock.startedAt, zone)}, outside covered hours, so counting starts at the next opening, ${localTime(terms.countedFrom, zone)}`;
  if (terms.businessDays === 0) return opened;
  const step = terms.businessDays === 1 ? 'the next business day' : `business day ${terms.businessDays}`;
  const closed = terms.closedDays.length === 0 ? '' : ` (${terms.closedDays.map(dayWords).join(', ')}${terms.closedDays.length >= 10 ? ' and more' : ''} ${terms.closedDays.length === 1 ? 'has' : 'have'} no covered hours)`;
  return `${opened}, and ${step} after ${dayWords(terms.startDay)} is ${dayWords(terms.dueDay)}${closed}`;
}

/** "Tue 4 Mar 2025" of a local date. */
function dayWords(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
