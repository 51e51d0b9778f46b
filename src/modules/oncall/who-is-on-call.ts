/** Who is on call: for the paging engine, and for the console's "who is on call now" board. */
import type { Db } from '../../platform/db/connect.js';
import { findSchedule, listSchedules } from './oncall.repository.js';
import { Namer, overridesFor, scheduleOf, type NamedHandoff, type NamedOnCall } from './oncall-view.js';
import { HANDOFF_HORIZON_MS, nextHandoffs, onCallAt } from './schedule.js';

/**
 * The people on call on a schedule at `atMs` (at most one today), with their names: what a paging
 * step notifies. Empty when nobody is on call then, and for an unknown schedule id, so a ladder
 * records "nobody on call" and moves on instead of failing; check targets with `scheduleExists`
 * when a policy is saved.
 */
export async function whoIsOnCall(db: Db, scheduleId: string, atMs: number): Promise<{ userId: string; name: string }[]> {
  const record = await findSchedule(db, scheduleId);
  if (!record) return [];
  const overrides = (await overridesFor(db, [record.id], atMs, atMs + 1)).get(record.id) ?? [];
  const onCall = onCallAt(scheduleOf(record), overrides, atMs);
  const namer = await new Namer(record).load(db, onCall.map((o) => o.userId));
  return onCall.map((o) => ({ userId: o.userId, name: namer.name(o.userId) }));
}

/** A schedule's name, for saying whom a page went to and why; undefined for an unknown id. */
export async function scheduleName(db: Db, scheduleId: string): Promise<string | undefined> {
  return (await findSchedule(db, scheduleId))?.name;
}

/** Whether a schedule with this id exists (for checking escalation targets when they are saved). */
export async function scheduleExists(db: Db, scheduleId: string): Promise<boolean> {
  return (await findSchedule(db, scheduleId)) !== undefined;
}

/** One schedule on the board. */
export interface BoardEntry {
  scheduleId: string;
  name: string;
  timeZone: string;
  onCall: NamedOnCall[];
  nextHandoff: NamedHandoff | null;
}

/** Every schedule: who is on call at `atMs` and the next hand-off after it. */
export async function onCallBoard(db: Db, atMs: number): Promise<BoardEntry[]> {
  const records = await listSchedules(db);
  const overrides = await overridesFor(db, records.map((r) => r.id), atMs, atMs + HANDOFF_HORIZON_MS);
  const entries: BoardEntry[] = [];
  for (const record of records) {
    const mine = overrides.get(record.id) ?? [];
    const onCall = onCallAt(scheduleOf(record), mine, atMs);
    const next = nextHandoffs(scheduleOf(record), mine, atMs, 1)[0];
    const ids = [...onCall, next?.from, next?.to].flatMap((o) => (o ? [o.userId] : []));
    const namer = await new Namer(record).load(db, ids);
    entries.push({ scheduleId: record.id, name: record.name, timeZone: record.timeZone, onCall: onCall.map((o) => namer.person(o)), nextHandoff: next ? namer.handoff(next) : null });
  }
  return entries;
}
