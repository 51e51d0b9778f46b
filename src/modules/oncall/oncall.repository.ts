/** All SQL of on-call schedules and overrides. */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import type { OncallOverrideTable, OncallScheduleTable } from './oncall.tables.js';
import type { Layer } from './rotation.js';

/** A stored schedule. */
export interface ScheduleRecord {
  id: string;
  name: string;
  timeZone: string;
  layers: Layer[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A stored override; instants are ISO-8601 strings. */
export interface OverrideRecord {
  id: string;
  scheduleId: string;
  userId: string;
  replacesUserId: string | null;
  startAt: string;
  endAt: string;
  reason: string;
  createdBy: string;
  createdAt: string;
}

function toSchedule(r: OncallScheduleTable): ScheduleRecord {
  return { id: r.id, name: r.name, timeZone: r.time_zone, layers: readJson<Layer[]>(r.layers, []), version: r.version, createdAt: r.created_at, updatedAt: r.updated_at };
}

function toOverride(r: OncallOverrideTable): OverrideRecord {
  return {
    id: r.id,
    scheduleId: r.schedule_id,
    userId: r.user_id,
    replacesUserId: r.replaces_user_id,
    startAt: r.start_at,
    endAt: r.end_at,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** Every schedule, by name. */
export async function listSchedules(db: Db): Promise<ScheduleRecord[]> {
  return (await db.selectFrom('oncall_schedules').selectAll().orderBy('name').orderBy('id').execute()).map(toSchedule);
}

export async function findSchedule(db: Db, id: string): Promise<ScheduleRecord | undefined> {
  const row = await db.selectFrom('oncall_schedules').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSchedule(row) : undefined;
}

export async function insertSchedule(db: Db, s: ScheduleRecord): Promise<void> {
  await db
    .insertInto('oncall_schedules')
    .values({ id: s.id, name: s.name, time_zone: s.timeZone, layers: JSON.stringify(s.layers), version: s.version, created_at: s.createdAt, updated_at: s.updatedAt })
    .execute();
}

/** Saves a changed schedule if it is still at `previousVersion`; false when someone changed it first. */
export async function updateSchedule(db: Db, s: ScheduleRecord, previousVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('oncall_schedules')
    .set({ name: s.name, time_zone: s.timeZone, layers: JSON.stringify(s.layers), version: s.version, updated_at: s.updatedAt })
    .where('id', '=', s.id)
    .where('version', '=', previousVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertOverride(db: Db, o: OverrideRecord): Promise<void> {
  await db
    .insertInto('oncall_overrides')
    .values({
      id: o.id,
      schedule_id: o.scheduleId,
      user_id: o.userId,
      replaces_user_id: o.replacesUserId,
      start_at: o.startAt,
      end_at: o.endAt,
      reason: o.reason,
      created_by: o.createdBy,
      created_at: o.createdAt,
    })
    .execute();
}

/** Deletes one override of a schedule; false when the schedule has no such override. */
export async function deleteOverride(db: Db, scheduleId: string, overrideId: string): Promise<boolean> {
  const result = await db.deleteFrom('oncall_overrides').where('schedule_id', '=', scheduleId).where('id', '=', overrideId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The overrides of these schedules overlapping [fromIso, toIso), in creation order (later ones win). */
export async function overridesBetween(db: Db, scheduleIds: string[], fromIso: string, toIso: string): Promise<OverrideRecord[]> {
  if (scheduleIds.length === 0) return [];
  const rows = await db
    .selectFrom('oncall_overrides')
    .selectAll()
    .where('schedule_id', 'in', scheduleIds)
    .where('start_at', '<', toIso)
    .where('end_at', '>', fromIso)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toOverride);
}

// People are accounts of the auth module: their names, and which of them are enabled staff (the
// only people who can be on call), come through its exported functions.
export { userNames, enabledStaffIds as activeStaffIds } from '../auth/index.js';
