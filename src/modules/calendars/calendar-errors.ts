/**
 * The calendars module's error codes. Spec problems are 422 with the offending field as a JSON
 * pointer into the spec; a bad argument to a compiled calendar is a programming error (500).
 */
import { AppError } from '../../platform/errors.js';

/** Every code this module throws (besides the shared unknown_time_zone of platform/time-zones.ts). */
export type CalendarErrorCode =
  | 'calendar_invalid_spec'
  | 'calendar_bad_weekday'
  | 'calendar_bad_time'
  | 'calendar_window_ends_before_start'
  | 'calendar_windows_overlap'
  | 'calendar_unknown_holiday_country'
  | 'calendar_unknown_holiday_region'
  | 'calendar_bad_date'
  | 'calendar_duplicate_exception'
  | 'calendar_exception_conflict'
  | 'calendar_break_without_days'
  | 'calendar_bad_argument';

/** A 422 naming the first problem found in a calendar spec. */
export function specError(code: CalendarErrorCode, message: string, field: string): AppError {
  return new AppError(code, message, { status: 422, field });
}

/** A compiled calendar was called with a non-finite instant or a negative or non-finite duration. */
export function argumentError(message: string): AppError {
  return new AppError('calendar_bad_argument', message, { status: 500 });
}
