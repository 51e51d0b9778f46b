/**
 * Creating and changing an SLA policy: targets per priority (covered minutes or business days) and
 * its warning, checked by the policy rules before anything is written.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { checkTargets, nextWarning } from './policy-rules.js';
import type { PolicyBody, PolicyPatch } from './sla.schema.js';
import { insertPolicy, updatePolicy, type PolicyRecord } from './sla.repository.js';

async function saving(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('name_taken', 'Another SLA policy has that name', { status: 409, field: '/name' });
    throw error;
  }
}

export async function createPolicy(deps: { db: Db; clock: Clock }, body: PolicyBody): Promise<PolicyRecord> {
  checkTargets(body.targets);
  const now = deps.clock.iso();
  const policy: PolicyRecord = { id: newId(), name: body.name.trim(), ...nextWarning(body), targets: body.targets, createdAt: now, updatedAt: now };
  await saving(() => insertPolicy(deps.db, policy));
  return policy;
}

export async function changePolicy(deps: { db: Db; clock: Clock }, current: PolicyRecord, patch: PolicyPatch): Promise<PolicyRecord> {
  if (patch.targets) checkTargets(patch.targets);
  const next: PolicyRecord = {
    ...current,
    name: patch.name?.trim() ?? current.name,
    targets: patch.targets ?? current.targets,
    ...nextWarning(patch, current),
    updatedAt: deps.clock.iso(),
  };
  await saving(() => updatePolicy(deps.db, next));
  return next;
}
