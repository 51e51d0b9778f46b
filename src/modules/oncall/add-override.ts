/** Adding an override (or one half of a swap) to a schedule. */
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { activeStaffIds, insertOverride, userNames, type OverrideRecord, type ScheduleRecord } from './oncall.repository.js';
import { oncallError } from './oncall-errors.js';
import type { OverrideBody } from './oncall.schema.js';
import { validateOverride } from './validate-schedule.js';

/**
 * Stores "userId covers [startAt, endAt)" on the schedule, optionally only instead of
 * replacesUserId. The covering user must be enabled staff; the replaced user must exist.
 */
export async function addOverride(deps: { db: Db; clock: Clock }, schedule: ScheduleRecord, createdBy: string, body: OverrideBody): Promise<OverrideRecord> {
  const input = { userId: body.userId, replacesUserId: body.replacesUserId ?? null, startMs: Date.parse(body.startAt), endMs: Date.parse(body.endAt) };
  validateOverride(input);
  if (!(await activeStaffIds(deps.db, [input.userId])).has(input.userId)) {
    throw oncallError('oncall_unknown_user', `${input.userId} is not an enabled staff user`, '/userId');
  }
  if (input.replacesUserId !== null && !(await userNames(deps.db, [input.replacesUserId])).has(input.replacesUserId)) {
    throw oncallError('oncall_unknown_user', `${input.replacesUserId} is not a user`, '/replacesUserId');
  }
  const record: OverrideRecord = {
    id: newId(),
    scheduleId: schedule.id,
    userId: input.userId,
    replacesUserId: input.replacesUserId,
    startAt: toIso(input.startMs),
    endAt: toIso(input.endMs),
    reason: body.reason?.trim() ?? '',
    createdBy,
    createdAt: deps.clock.iso(),
  };
  await insertOverride(deps.db, record);
  return record;
}
