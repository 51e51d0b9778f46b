import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { presetWindows, validateCalendarSpec, type CalendarSpec } from '../calendars/index.js';
import type { CalendarBody, CalendarPatch } from './sla.schema.js';
import { insertCalendar, updateCalendar, type CalendarRecord } from './sla.repository.js';

/** The spec a calendar body describes (a preset filled in), validated: 422 at the field at fault. */
export function specOf(body: Omit<CalendarBody, 'name'>): CalendarSpec {
  if (body.preset && body.windows) {
    throw new AppError('preset_and_windows', 'Give either a preset or weekly windows, not both', { status: 422, field: '/windows' });
  }
  const spec: CalendarSpec = {
    timeZone: body.timeZone,
    windows: body.preset ? presetWindows(body.preset) : (body.windows as CalendarSpec['windows']) ?? [],
    holidays: body.holidays ?? [],
    customHolidays: body.customHolidays ?? [],
    exceptions: body.exceptions ?? [],
    breaks: (body.breaks as CalendarSpec['breaks']) ?? [],
  };
  validateCalendarSpec(spec);
  return spec;
}

async function saving<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another calendar has that name', '/name');
    throw error;
  }
}

export async function createCalendar(deps: { db: Db; clock: Clock }, body: CalendarBody): Promise<CalendarRecord> {
  const spec = specOf(body);
  const now = deps.clock.iso();
  const record: CalendarRecord = { id: newId(), name: body.name.trim(), timeZone: spec.timeZone, spec, version: 1, createdAt: now, updatedAt: now };
  await saving(() => insertCalendar(deps.db, record));
  return record;
}

export async function changeCalendar(deps: { db: Db; clock: Clock }, current: CalendarRecord, patch: CalendarPatch): Promise<CalendarRecord> {
  const merged: CalendarBody = {
    name: patch.name ?? current.name,
    timeZone: patch.timeZone ?? current.timeZone,
    preset: patch.preset,
    windows: patch.preset ? undefined : (patch.windows ?? (current.spec.windows as CalendarBody['windows'])),
    holidays: patch.holidays ?? current.spec.holidays,
    customHolidays: patch.customHolidays ?? current.spec.customHolidays,
    exceptions: (patch.exceptions ?? current.spec.exceptions) as CalendarBody['exceptions'],
    breaks: (patch.breaks ?? current.spec.breaks) as CalendarBody['breaks'],
  };
  const spec = specOf(merged);
  const record: CalendarRecord = { ...current, name: merged.name.trim(), timeZone: spec.timeZone, spec, version: current.version + 1, updatedAt: deps.clock.iso() };
  await saving(() => updateCalendar(deps.db, record));
  return record;
}

/** Whether a calendar has any open hours at all (weekly windows or an exception day with hours). */
export function everOpens(spec: CalendarSpec): boolean {
  return spec.windows.length > 0 || (spec.exceptions ?? []).some((e) => !e.closed && (e.windows?.length ?? 0) > 0);
}
