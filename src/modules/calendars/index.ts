/**
 * Coverage calendars: weekly windows in an IANA time zone with holidays and exceptions, compiled to
 * UTC intervals for fast business-time arithmetic. See docs/sla-calendars.md for the model and rules.
 */
export {
  presetWindows,
  type CalendarBreak,
  type CalendarException,
  type CalendarPreset,
  type CalendarSpec,
  type Weekday,
  type WeeklyWindow,
} from './calendar.js';
export { type CalendarErrorCode } from './calendar-errors.js';
export { compileCalendar, type CompiledCalendar } from './compiled-calendar.js';
export { validateCalendarSpec } from './validate-calendar.js';
export {
  addBusinessDays,
  businessDayStart,
  businessDaysBetween,
  businessDaysDue,
  closedDaysBetween,
  dayDate,
  dayStartMs,
  endOfBusinessDay,
  isBusinessDay,
  localDay,
  nextBusinessDay,
  previousBusinessDay,
  shiftBusinessDays,
  subtractBusinessDays,
  type BusinessDayStart,
  type BusinessDayTime,
  type BusinessDaysDue,
} from './business-days.js';
export { dayNotes, type DayNote } from './day-notes.js';
export { holidayCountries, type HolidayCountry } from './public-holidays.js';
export { daySegments, weekFrame, type DaySegment, type WeekDay, type WeekFrame } from './week-view.js';
