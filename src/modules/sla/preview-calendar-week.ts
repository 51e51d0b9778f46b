import type { Db } from '../../platform/db/connect.js';
import { assertTimeZone } from '../../platform/time-zones.js';
import { weekFrame } from '../calendars/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { sourceCalendar } from './calendar-source.js';
import type { CalendarWeekBody, CoverageWeek } from './preview.schema.js';
import { calendarWeek, weekDays } from './week-answer.js';

/** The covered hours of one calendar (saved or a draft) over a week, in its own zone or another. */
export async function previewCalendarWeek(deps: { db: Db; calendars: CalendarCache }, body: CalendarWeekBody): Promise<CoverageWeek> {
  if (body.timeZone !== undefined) assertTimeZone(body.timeZone, '/timeZone');
  const source = await sourceCalendar(deps, body);
  const frame = weekFrame(body.timeZone ?? source.timeZone, body.week);
  return { timeZone: frame.timeZone, weekStart: frame.weekStart, days: weekDays(frame), calendars: [calendarWeek(frame, source)], sites: [], lanes: [] };
}
