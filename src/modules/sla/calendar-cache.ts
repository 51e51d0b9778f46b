import type { Db } from '../../platform/db/connect.js';
import { compileCalendar, type CompiledCalendar } from '../calendars/index.js';
import { calendarVersions, coveringCalendarIds, findCalendar } from './sla.repository.js';

export interface CoveringCalendar {
  id: string;
  name: string;
  timeZone: string;
  calendar: CompiledCalendar;
}

/**
 * Compiled calendars, kept per node and recompiled when a calendar's version changes. Each use
 * reads only the calendars' versions (one statement for all of them); a calendar's definition is
 * read and compiled again only when its version moved.
 */
export class CalendarCache {
  private readonly compiled = new Map<string, { version: number; value: CoveringCalendar }>();

  async get(db: Db, id: string): Promise<CoveringCalendar | undefined> {
    return (await this.getMany(db, [id])).get(id);
  }

  /**
   * Compiles, ahead of the first request, every calendar an active contract covers, for the local
   * years from `fromMs` to `toMs`. Compiling a calendar's year (time-zone offsets, public holidays)
   * takes tens of milliseconds of one thread; done on first use, the first creates after a start
   * waited for it one client (one calendar) after another.
   */
  async warm(db: Db, fromMs: number, toMs: number): Promise<number> {
    const compiled = await this.getMany(db, await coveringCalendarIds(db));
    for (const c of compiled.values()) c.calendar.businessMinutesBetween(fromMs, toMs);
    return compiled.size;
  }

  /** The calendars named that exist, compiled, by id; `versions`, when the caller read them already, saves reading them. */
  async getMany(db: Db, ids: string[], versions?: Map<string, number>): Promise<Map<string, CoveringCalendar>> {
    const out = new Map<string, CoveringCalendar>();
    versions ??= await calendarVersions(db, [...new Set(ids)]);
    for (const [id, version] of versions) {
      const hit = this.compiled.get(id);
      if (hit && hit.version === version) {
        out.set(id, hit.value);
        continue;
      }
      const record = await findCalendar(db, id);
      if (!record) continue;
      const value = { id, name: record.name, timeZone: record.timeZone, calendar: compileCalendar(record.spec) };
      this.compiled.set(id, { version: record.version, value });
      out.set(id, value);
    }
    return out;
  }
}
