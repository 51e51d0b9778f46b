/**
 * The calendar a preview or a "try it" works on: a saved one by id, or an unsaved draft from an
 * editor. Either way it is compiled by the same code the clocks use.
 */
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { compileCalendar, type CalendarSpec, type CompiledCalendar } from '../calendars/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { specOf } from './save-calendar.js';
import type { CalendarDraft } from './sla.schema.js';
import { findCalendar } from './sla.repository.js';

export interface SourcedCalendar {
  /** Null for a draft. */
  id: string | null;
  name: string;
  timeZone: string;
  spec: CalendarSpec;
  calendar: CompiledCalendar;
}

/** Exactly one of `calendarId` and `calendar` (a draft); a draft's problems are reported under `/calendar`. */
export async function sourceCalendar(deps: { db: Db; calendars: CalendarCache }, input: { calendarId?: string; calendar?: CalendarDraft }): Promise<SourcedCalendar> {
  if ((input.calendarId === undefined) === (input.calendar === undefined)) {
    throw new AppError('calendar_required', 'Give either calendarId (a saved calendar) or calendar (a draft), not both', { status: 422, field: '/calendarId' });
  }
  if (input.calendarId !== undefined) {
    const record = await findCalendar(deps.db, input.calendarId);
    const compiled = await deps.calendars.get(deps.db, input.calendarId);
    if (!record || !compiled) throw notFound('Calendar', '/calendarId');
    return { id: record.id, name: record.name, timeZone: record.timeZone, spec: record.spec, calendar: compiled.calendar };
  }
  const draft = input.calendar!;
  try {
    const spec = specOf(draft);
    return { id: null, name: draft.name?.trim() || 'This calendar', timeZone: spec.timeZone, spec, calendar: compileCalendar(spec) };
  } catch (error) {
    if (error instanceof AppError && error.field !== undefined) {
      throw new AppError(error.code, error.message, { status: error.status, field: `/calendar${error.field}`, details: error.details });
    }
    throw error;
  }
}
