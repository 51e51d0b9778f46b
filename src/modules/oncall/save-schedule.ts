/** Creating and changing on-call schedules. */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { activeStaffIds, insertSchedule, updateSchedule, type ScheduleRecord } from './oncall.repository.js';
import { oncallError } from './oncall-errors.js';
import type { ScheduleBody, SchedulePatch } from './oncall.schema.js';
import type { Weekday } from '../calendars/index.js';
import type { Layer } from './rotation.js';
import { validateSchedule } from './validate-schedule.js';

/** Layers as stored: every layer named, restrictions always a list, handoffDay only when given. */
function normalizeLayers(layers: ScheduleBody['layers']): Layer[] {
  return layers.map((l, i) => ({
    name: l.name?.trim() || `Layer ${i + 1}`,
    participants: [...l.participants],
    shiftLength: l.shiftLength,
    shiftUnit: l.shiftUnit,
    handoffTime: l.handoffTime,
    ...(l.handoffDay ? { handoffDay: l.handoffDay as Weekday } : {}),
    anchorDate: l.anchorDate,
    restrictions: (l.restrictions ?? []) as Layer['restrictions'],
  }));
}

/** Refuses a participant who is not an enabled staff user, naming the first such entry. */
async function checkParticipants(db: Db, layers: Layer[]): Promise<void> {
  const known = await activeStaffIds(db, layers.flatMap((l) => l.participants));
  layers.forEach((layer, i) =>
    layer.participants.forEach((id, j) => {
      if (!known.has(id)) throw oncallError('oncall_unknown_user', `${id} is not an enabled staff user`, `/layers/${i}/participants/${j}`);
    }),
  );
}

async function saving<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another on-call schedule has that name', '/name');
    throw error;
  }
}

/** Validates and stores a new schedule (version 1). */
export async function createSchedule(deps: { db: Db; clock: Clock }, body: ScheduleBody): Promise<ScheduleRecord> {
  const layers = normalizeLayers(body.layers);
  validateSchedule({ timeZone: body.timeZone, layers }, deps.clock.now());
  await checkParticipants(deps.db, layers);
  const now = deps.clock.iso();
  const record: ScheduleRecord = { id: newId(), name: body.name.trim(), timeZone: body.timeZone, layers, version: 1, createdAt: now, updatedAt: now };
  await saving(() => insertSchedule(deps.db, record));
  return record;
}

/** Applies a patch (layers are replaced whole), validates the result and bumps the version. */
export async function changeSchedule(deps: { db: Db; clock: Clock }, current: ScheduleRecord, patch: SchedulePatch): Promise<ScheduleRecord> {
  const layers = patch.layers ? normalizeLayers(patch.layers) : current.layers;
  const timeZone = patch.timeZone ?? current.timeZone;
  validateSchedule({ timeZone, layers }, deps.clock.now());
  if (patch.layers) await checkParticipants(deps.db, layers);
  const record: ScheduleRecord = { ...current, name: patch.name?.trim() ?? current.name, timeZone, layers, version: current.version + 1, updatedAt: deps.clock.iso() };
  const saved = await saving(() => updateSchedule(deps.db, record, current.version));
  if (!saved) throw new AppError('oncall_version_conflict', 'Someone else changed this schedule meanwhile; reload it and try again', { status: 409 });
  return record;
}
