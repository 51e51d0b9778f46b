/**
 * A week drawn in a time zone: its seven local days as instants, and open intervals cut at local
 * midnights into per-day segments, each placed by the share of its (23-, 24- or 25-hour) day it
 * covers. Pure; the intervals come from a compiled calendar, so nothing here counts business time.
 */
import { wallDate, wallTime, zoneOffsets } from '../../platform/time-zones.js';
import { DAY_MS, WEEKDAYS, parseDate, weekdayOf, type Weekday } from './calendar.js';

export interface WeekDay {
  date: string;
  weekday: Weekday;
  /** Local midnight that starts the day, and the next one (epoch ms). */
  startMs: number;
  endMs: number;
}

export interface WeekFrame {
  timeZone: string;
  /** The Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
  days: WeekDay[];
  fromMs: number;
  toMs: number;
}

/** The Monday-to-Sunday week containing `date` ('YYYY-MM-DD', a real date) in `timeZone`. */
export function weekFrame(timeZone: string, date: string): WeekFrame {
  const day = parseDate(date);
  if (day === null) throw new Error(`not a date: ${date}`);
  const monday = day - weekdayOf(day);
  const zone = zoneOffsets(timeZone);
  const starts = Array.from({ length: 8 }, (_, k) => zone.toUtc((monday + k) * DAY_MS));
  const days = WEEKDAYS.map((weekday, k) => ({ date: wallDate((monday + k) * DAY_MS), weekday, startMs: starts[k], endMs: starts[k + 1] }));
  return { timeZone, weekStart: days[0].date, days, fromMs: starts[0], toMs: starts[7] };
}

export interface DaySegment {
  /** 0 = Monday. */
  day: number;
  startMs: number;
  endMs: number;
  /** Local 'HH:MM'; an end at the next midnight is '24:00'. */
  startLocal: string;
  endLocal: string;
  /** Where the segment starts and ends, as shares (0–1) of its day's real length. */
  from: number;
  to: number;
}

/** Cuts sorted, disjoint intervals (epoch ms) at the frame's local midnights. */
export function daySegments(frame: WeekFrame, intervals: readonly [number, number][]): DaySegment[] {
  const zone = zoneOffsets(frame.timeZone);
  const out: DaySegment[] = [];
  frame.days.forEach((d, k) => {
    const length = d.endMs - d.startMs;
    for (const [start, end] of intervals) {
      const s = Math.max(start, d.startMs);
      const e = Math.min(end, d.endMs);
      if (e <= s) continue;
      out.push({
        day: k,
        startMs: s,
        endMs: e,
        startLocal: wallTime(zone.wallAt(s)),
        endLocal: e === d.endMs ? '24:00' : wallTime(zone.wallAt(e)),
        from: round((s - d.startMs) / length),
        to: round((e - d.startMs) / length),
      });
    }
  });
  return out;
}

const round = (share: number) => Math.round(share * 10_000) / 10_000;
