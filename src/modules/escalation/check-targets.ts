/** A policy's named targets must exist when it is saved: a typo would otherwise page nobody, silently. */
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import type { Step } from './escalation.js';
import { staffMember } from './escalation.repository.js';
import type { LadderDeps } from './ladder-deps.js';

/**
 * Throws 422 `unknown_target` at the first user who is not enabled staff, or schedule that does not
 * exist (`/steps/1/targets/0/scheduleId`). Roles need no check: they are resolved per ticket.
 */
export async function checkTargets(deps: Pick<LadderDeps, 'scheduleExists'> & { db: Db }, steps: Step[]): Promise<void> {
  for (const [i, step] of steps.entries()) {
    for (const [j, target] of step.targets.entries()) {
      const at = `/steps/${i}/targets/${j}`;
      if (target.type === 'user' && !(await staffMember(deps.db, target.userId))) {
        throw new AppError('unknown_target', `Step ${i + 1} names someone who is not an enabled staff member`, { status: 422, field: `${at}/userId` });
      }
      if (target.type === 'schedule' && deps.scheduleExists && !(await deps.scheduleExists(deps.db, target.scheduleId))) {
        throw new AppError('unknown_target', `Step ${i + 1} names an on-call schedule that does not exist`, { status: 422, field: `${at}/scheduleId` });
      }
    }
  }
}
