/** The parts of a covered-week answer that calendar and contract previews share. */
import { wallDate, zoneOffsets } from '../../platform/time-zones.js';
import { dayNotes, daySegments, type WeekFrame } from '../calendars/index.js';
import type { SourcedCalendar } from './calendar-source.js';
import type { CoverageWeek } from './preview.schema.js';

const DAY_MS = 86_400_000;

/** The frame's days with their real lengths in hours. */
export function weekDays(frame: WeekFrame): CoverageWeek['days'] {
  return frame.days.map((d) => ({ date: d.date, weekday: d.weekday, hours: (d.endMs - d.startMs) / 3_600_000 }));
}

/** One calendar over the frame: its covered segments, covered minutes, and the notes of its own local dates. */
export function calendarWeek(frame: WeekFrame, source: SourcedCalendar): CoverageWeek['calendars'][number] {
  const intervals = source.calendar.intervalsBetween(frame.fromMs, frame.toMs);
  const zone = zoneOffsets(source.timeZone);
  // The calendar's own dates that the week touches, which differ from the week's when zones differ.
  const first = wallDate(zone.wallAt(frame.fromMs));
  const last = wallDate(zone.wallAt(frame.toMs - 1) + DAY_MS);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: source.id,
    name: source.name,
    timeZone: source.timeZone,
    coveredMinutes: Math.round(source.calendar.businessMinutesBetween(frame.fromMs, frame.toMs) * 100) / 100,
    segments: daySegments(frame, intervals).map(({ startMs, endMs, ...s }) => ({ ...s, start: iso(startMs), end: iso(endMs) })),
    notes: dayNotes(source.spec, first, last),
  };
}
