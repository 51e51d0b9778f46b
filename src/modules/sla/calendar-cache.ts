import type { Db } from '../../platform/db/connect.js';
import { compileCalendar, type CompiledCalendar } from '../calendars/index.js';
import { findCalendar } from './sla.repository.js';

export interface CoveringCalendar {
  id: string;
  name: string;
  timeZone: string;
  calendar: CompiledCalendar;
}

/** Compiled calendars, kept per node and recompiled when a calendar's version changes. */
export class CalendarCache {
  private readonly compiled = new Map<string, { version: number; value: CoveringCalendar }>();

  async get(db: Db, id: string): Promise<CoveringCalendar | undefined> {
    const record = await findCalendar(db, id);
    if (!record) return undefined;
    const hit = this.compiled.get(id);
    if (hit && hit.version === record.version) return hit.value;
    const value = { id, name: record.name, timeZone: record.timeZone, calendar: compileCalendar(record.spec) };
    this.compiled.set(id, { version: record.version, value });
    return value;
  }
}
