/**
 * The on-call module's error codes. Bad schedules and overrides are 422 with the offending field as
 * a JSON pointer into the request body; bad query ranges are 400.
 */
import { AppError } from '../../platform/errors.js';

/** Every code this module throws (besides the shared not_found, forbidden, name_taken and unknown_time_zone). */
export type OncallErrorCode =
  | 'oncall_no_layers'
  | 'oncall_no_participants'
  | 'oncall_bad_time'
  | 'oncall_bad_date'
  | 'oncall_bad_weekday'
  | 'oncall_bad_shift_length'
  | 'oncall_handoff_day_not_weekly'
  | 'oncall_handoff_in_dst_gap'
  | 'oncall_restriction_ends_before_start'
  | 'oncall_restrictions_overlap'
  | 'oncall_invalid_restriction'
  | 'oncall_override_ends_before_start'
  | 'oncall_override_replaces_self'
  | 'oncall_unknown_user'
  | 'oncall_invalid_period'
  | 'oncall_range_too_long'
  | 'oncall_version_conflict';

/** A 422 naming the first problem found in a schedule or override. */
export function oncallError(code: OncallErrorCode, message: string, field: string, details?: Record<string, unknown>): AppError {
  return new AppError(code, message, { status: 422, field, details });
}
