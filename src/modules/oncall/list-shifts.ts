/** The merged shift list and the next hand-offs of one schedule, named for people. */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { ScheduleRecord } from './oncall.repository.js';
import { Namer, overridesFor, scheduleOf, type NamedHandoff, type NamedOnCall } from './oncall-view.js';
import { HANDOFF_HORIZON_MS, nextHandoffs, onCallAt, shiftsBetween } from './schedule.js';

/** A stretch of the merged schedule as the API shows it. */
export interface NamedShift extends NamedOnCall {
  start: string;
  end: string;
}

/** The final shifts in [fromMs, toMs), clipped to it; stretches with nobody on call are left out. */
export async function listShifts(db: Db, record: ScheduleRecord, fromMs: number, toMs: number): Promise<NamedShift[]> {
  const overrides = (await overridesFor(db, [record.id], fromMs, toMs)).get(record.id) ?? [];
  const shifts = shiftsBetween(scheduleOf(record), overrides, fromMs, toMs);
  const namer = await new Namer(record).load(db, shifts.map((s) => s.userId));
  return shifts.map((s) => ({ start: toIso(s.startMs), end: toIso(s.endMs), ...namer.person(s) }));
}

/** Who is on call at `atMs`, named. */
export async function listOnCall(db: Db, record: ScheduleRecord, atMs: number): Promise<NamedOnCall[]> {
  const overrides = (await overridesFor(db, [record.id], atMs, atMs + 1)).get(record.id) ?? [];
  const onCall = onCallAt(scheduleOf(record), overrides, atMs);
  const namer = await new Namer(record).load(db, onCall.map((o) => o.userId));
  return onCall.map((o) => namer.person(o));
}

/** The next `count` hand-offs after `atMs` (within two years). */
export async function listHandoffs(db: Db, record: ScheduleRecord, atMs: number, count: number): Promise<NamedHandoff[]> {
  const overrides = (await overridesFor(db, [record.id], atMs, atMs + HANDOFF_HORIZON_MS)).get(record.id) ?? [];
  const handoffs = nextHandoffs(scheduleOf(record), overrides, atMs, count);
  const namer = await new Namer(record).load(db, handoffs.flatMap((h) => [h.from?.userId, h.to?.userId].filter((id): id is string => id !== undefined)));
  return handoffs.map((h) => namer.handoff(h));
}
