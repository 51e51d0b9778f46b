/** A swap: two people trade shifts, stored as two replacing overrides in one transaction. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { addOverride } from './add-override.js';
import type { OverrideRecord, ScheduleRecord } from './oncall.repository.js';
import { oncallError } from './oncall-errors.js';
import type { SwapBody } from './oncall.schema.js';

type Half = SwapBody['first'];

/**
 * `second` covers `first`'s shift instead of `first`, and `first` covers `second`'s shift instead
 * of `second`. Each half applies only while the layers put the replaced person on call, so a swap
 * never hands someone a shift that was not theirs. Problems name the half they concern
 * (`/first/endAt`, `/second/userId`); call inside a transaction so a refused half stores nothing.
 */
export async function addSwap(deps: { db: Db; clock: Clock }, schedule: ScheduleRecord, createdBy: string, body: SwapBody): Promise<[OverrideRecord, OverrideRecord]> {
  if (body.first.userId === body.second.userId) throw oncallError('oncall_override_replaces_self', 'A swap needs two different people', '/second/userId');
  const reason = body.reason?.trim() || `swap between shifts of ${body.first.startAt.slice(0, 10)} and ${body.second.startAt.slice(0, 10)}`;
  const one = await half(deps, schedule, createdBy, body.first, body.second, reason, { shift: '/first', cover: '/second' });
  const two = await half(deps, schedule, createdBy, body.second, body.first, reason, { shift: '/second', cover: '/first' });
  return [one, two];
}

/** `cover` takes `shift`'s period instead of `shift`'s person. */
async function half(deps: { db: Db; clock: Clock }, schedule: ScheduleRecord, createdBy: string, shift: Half, cover: Half, reason: string, at: { shift: string; cover: string }): Promise<OverrideRecord> {
  const fields: Record<string, string> = { '/userId': `${at.cover}/userId`, '/replacesUserId': `${at.shift}/userId`, '/startAt': `${at.shift}/startAt`, '/endAt': `${at.shift}/endAt` };
  try {
    return await addOverride(deps, schedule, createdBy, { userId: cover.userId, replacesUserId: shift.userId, startAt: shift.startAt, endAt: shift.endAt, reason });
  } catch (error) {
    if (!(error instanceof AppError) || !error.field || !(error.field in fields)) throw error;
    throw new AppError(error.code, error.message, { status: error.status, field: fields[error.field], details: error.details });
  }
}
