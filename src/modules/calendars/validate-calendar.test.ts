import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { compileCalendar, presetWindows, validateCalendarSpec, type CalendarSpec } from './index.js';

const valid: CalendarSpec = {
  timeZone: 'Europe/London',
  windows: presetWindows('business-hours'),
  holidays: [{ country: 'GB', region: 'ENG' }],
  customHolidays: ['2025-12-24'],
  exceptions: [{ date: '2025-12-31', windows: [{ start: '09:00', end: '12:00' }] }],
};
const withSpec = (extra: Record<string, unknown>): CalendarSpec => ({ ...valid, ...extra }) as CalendarSpec;
const day = (startDay: string, startTime: string, endDay: string, endTime: string) => ({ startDay, startTime, endDay, endTime });

const bad: { reason: string; spec: unknown; code: string; field: string }[] = [
  { reason: 'a spec that is not an object', spec: null, code: 'calendar_invalid_spec', field: '' },
  { reason: 'an unknown time zone', spec: withSpec({ timeZone: 'Mars/Olympus_Mons' }), code: 'unknown_time_zone', field: '/timeZone' },
  { reason: 'a fixed offset instead of an IANA zone', spec: withSpec({ timeZone: '+03:00' }), code: 'unknown_time_zone', field: '/timeZone' },
  { reason: 'windows that are not a list', spec: withSpec({ windows: 'weekdays' }), code: 'calendar_invalid_spec', field: '/windows' },
  { reason: 'an unknown weekday', spec: withSpec({ windows: [day('monday', '09:00', 'mon', '17:00')] }), code: 'calendar_bad_weekday', field: '/windows/0/startDay' },
  { reason: 'a time without a leading zero', spec: withSpec({ windows: [day('mon', '9:00', 'mon', '17:00')] }), code: 'calendar_bad_time', field: '/windows/0/startTime' },
  { reason: 'a start at 24:00', spec: withSpec({ windows: [day('mon', '24:00', 'tue', '06:00')] }), code: 'calendar_bad_time', field: '/windows/0/startTime' },
  { reason: 'an end at 25:00', spec: withSpec({ windows: [day('mon', '09:00', 'mon', '25:00')] }), code: 'calendar_bad_time', field: '/windows/0/endTime' },
  { reason: 'a same-day window that ends before it starts', spec: withSpec({ windows: [day('mon', '09:00', 'mon', '17:00'), day('tue', '17:00', 'tue', '09:00')] }), code: 'calendar_window_ends_before_start', field: '/windows/1/endTime' },
  { reason: 'a same-day window of zero length', spec: withSpec({ windows: [day('wed', '09:00', 'wed', '09:00')] }), code: 'calendar_window_ends_before_start', field: '/windows/0/endTime' },
  { reason: 'overlapping windows', spec: withSpec({ windows: [day('mon', '09:00', 'mon', '17:00'), day('mon', '16:00', 'mon', '18:00')] }), code: 'calendar_windows_overlap', field: '/windows/1' },
  { reason: 'windows that overlap across the end of the week', spec: withSpec({ windows: [day('sat', '22:00', 'mon', '06:00'), day('mon', '05:00', 'mon', '09:00')] }), code: 'calendar_windows_overlap', field: '/windows/1' },
  { reason: '24x7 plus anything', spec: withSpec({ windows: [...presetWindows('24x7'), day('tue', '09:00', 'tue', '10:00')] }), code: 'calendar_windows_overlap', field: '/windows/1' },
  { reason: 'an unknown holiday country', spec: withSpec({ holidays: [{ country: 'XX' }] }), code: 'calendar_unknown_holiday_country', field: '/holidays/0/country' },
  { reason: 'a region the country does not have', spec: withSpec({ holidays: [{ country: 'GB', region: 'ENG' }, { country: 'US', region: 'ZZ' }] }), code: 'calendar_unknown_holiday_region', field: '/holidays/1/region' },
  { reason: 'a custom holiday that is not a real date', spec: withSpec({ customHolidays: ['2025-02-29'] }), code: 'calendar_bad_date', field: '/customHolidays/0' },
  { reason: 'a custom holiday in another format', spec: withSpec({ customHolidays: ['2025-12-25', '25/12/2025'] }), code: 'calendar_bad_date', field: '/customHolidays/1' },
  { reason: 'an exception with a bad date', spec: withSpec({ exceptions: [{ date: '2025-13-01', closed: true }] }), code: 'calendar_bad_date', field: '/exceptions/0/date' },
  { reason: 'two exceptions for one date', spec: withSpec({ exceptions: [{ date: '2025-12-31', closed: true }, { date: '2025-12-31' }] }), code: 'calendar_duplicate_exception', field: '/exceptions/1/date' },
  { reason: 'an exception both closed and with hours', spec: withSpec({ exceptions: [{ date: '2025-12-31', closed: true, windows: [{ start: '09:00', end: '12:00' }] }] }), code: 'calendar_exception_conflict', field: '/exceptions/0/windows' },
  { reason: 'exception hours that end before they start', spec: withSpec({ exceptions: [{ date: '2025-12-31', windows: [{ start: '12:00', end: '09:00' }] }] }), code: 'calendar_window_ends_before_start', field: '/exceptions/0/windows/0/end' },
  { reason: 'exception hours with a bad time', spec: withSpec({ exceptions: [{ date: '2025-12-31', windows: [{ start: '09:00', end: '12:60' }] }] }), code: 'calendar_bad_time', field: '/exceptions/0/windows/0/end' },
  { reason: 'breaks that are not a list', spec: withSpec({ breaks: { mon: ['12:00', '13:00'] } }), code: 'calendar_invalid_spec', field: '/breaks' },
  { reason: 'a break that is not an object', spec: withSpec({ breaks: ['12:00-13:00'] }), code: 'calendar_invalid_spec', field: '/breaks/0' },
  { reason: 'a break without weekdays', spec: withSpec({ breaks: [{ days: [], start: '12:00', end: '13:00' }] }), code: 'calendar_break_without_days', field: '/breaks/0/days' },
  { reason: 'a break on an unknown weekday', spec: withSpec({ breaks: [{ days: ['mon', 'friday'], start: '12:00', end: '13:00' }] }), code: 'calendar_bad_weekday', field: '/breaks/0/days/1' },
  { reason: 'a break with a bad start', spec: withSpec({ breaks: [{ days: ['mon'], start: '24:00', end: '13:00' }] }), code: 'calendar_bad_time', field: '/breaks/0/start' },
  { reason: 'a break that ends before it starts', spec: withSpec({ breaks: [{ days: ['mon'], start: '12:00', end: '13:00' }, { days: ['tue'], start: '23:00', end: '01:00' }] }), code: 'calendar_window_ends_before_start', field: '/breaks/1/end' },
  { reason: 'overlapping exception hours', spec: withSpec({ exceptions: [{ date: '2025-12-31', windows: [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '14:00' }] }] }), code: 'calendar_windows_overlap', field: '/exceptions/0/windows/0' },
];

describe('validateCalendarSpec', () => {
  it('accepts a full, sensible spec and every preset', () => {
    expect(() => validateCalendarSpec(valid)).not.toThrow();
    for (const preset of ['24x7', '24x5', 'business-hours'] as const) {
      expect(() => validateCalendarSpec({ timeZone: 'UTC', windows: presetWindows(preset) })).not.toThrow();
    }
  });

  it('accepts touching windows, windows that wrap the week, and an empty calendar', () => {
    const windows = [day('fri', '18:00', 'sun', '24:00'), day('mon', '00:00', 'mon', '06:00'), day('mon', '06:00', 'tue', '00:00')];
    expect(() => validateCalendarSpec(withSpec({ windows }))).not.toThrow();
    expect(() => validateCalendarSpec(withSpec({ windows: [day('sat', '22:00', 'mon', '06:00')] }))).not.toThrow();
    expect(() => validateCalendarSpec({ timeZone: 'UTC', windows: [] })).not.toThrow();
  });

  it('accepts breaks that end the day at 24:00 and breaks that overlap each other', () => {
    const breaks = [{ days: ['sun'], start: '23:00', end: '24:00' }, { days: ['mon', 'tue'], start: '12:00', end: '13:00' }, { days: ['mon'], start: '12:30', end: '14:00' }];
    expect(() => validateCalendarSpec(withSpec({ breaks }))).not.toThrow();
  });

  it('accepts holiday countries and regions in any letter case', () => {
    expect(() => validateCalendarSpec(withSpec({ holidays: [{ country: 'gb', region: 'sct' }] }))).not.toThrow();
  });

  it.each(bad)('refuses $reason with $code at "$field"', ({ spec, code, field }) => {
    let caught: unknown;
    try {
      validateCalendarSpec(spec as CalendarSpec);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code, field, status: 422 });
  });

  it('is applied by compileCalendar', () => {
    expect(() => compileCalendar(withSpec({ timeZone: 'Nowhere/Special' }))).toThrow(expect.objectContaining({ field: '/timeZone' }));
  });
});
