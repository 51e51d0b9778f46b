/**
 * On-call schedules: layered rotations in a time zone, restrictions, overrides and swaps; who is on
 * call at an instant, the shift list for a range and the next hand-offs.
 */
export { oncallRoutes, MAX_SHIFT_RANGE_DAYS, type OncallRoutesDeps } from './oncall.routes.js';
export { whoIsOnCall, scheduleExists, scheduleName, onCallBoard, type BoardEntry } from './who-is-on-call.js';
export { onCallAt, shiftsBetween, nextHandoffs, type Schedule, type Override, type OnCall, type Shift, type Handoff } from './schedule.js';
export { type Layer, type ShiftUnit } from './rotation.js';
export { validateSchedule, validateOverride, GAP_CHECK_YEARS } from './validate-schedule.js';
export { type OncallErrorCode } from './oncall-errors.js';
export { type OncallScheduleTable, type OncallOverrideTable, type OncallTables } from './oncall.tables.js';
