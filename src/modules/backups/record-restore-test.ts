import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import type { BackupDeps } from './backup-deps.js';
import { findJob, insertRestoreTest, type RestoreTest } from './backups.repository.js';

export interface RestoreTestInput {
  testedOn: string;
  result: RestoreTest['result'];
  durationMinutes: number;
  notes?: string;
}

/** Records a restore tried from a job's backup: when, how it went, how long it took, who tried it. */
export async function recordRestoreTest(deps: Pick<BackupDeps, 'db' | 'clock'>, actor: StaffActor, jobId: string, input: RestoreTestInput): Promise<RestoreTest> {
  const job = await findJob(deps.db, jobId);
  if (!job) throw notFound('Backup job');
  // A test is something done, not planned: a date after today (anywhere on Earth) is a typing slip.
  if (Date.parse(`${input.testedOn}T00:00:00Z`) > deps.clock.now() + 14 * 3_600_000) throw new AppError('tested_in_future', 'A restore test is recorded once done', { status: 422, field: '/testedOn' });
  const test: RestoreTest = {
    id: newId(), organizationId: job.organizationId, jobId: job.id, testedOn: input.testedOn, result: input.result, durationMinutes: input.durationMinutes, testedBy: actor.userId,
    notes: input.notes?.trim() ?? '', createdAt: deps.clock.iso(),
  };
  await insertRestoreTest(deps.db, test);
  return test;
}
