/** Removing an override (or one side of a swap) from an on-call schedule. */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { deleteOverride } from './oncall.repository.js';

/** Removes the override; 404 when the schedule has no such override. */
export async function removeOverride(deps: { db: Db }, input: { scheduleId: string; overrideId: string }): Promise<void> {
  if (!(await deleteOverride(deps.db, input.scheduleId, input.overrideId))) throw notFound('Override');
}
