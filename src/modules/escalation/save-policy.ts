/**
 * Creating and changing an escalation policy: its steps with their defaults filled in, checked
 * (shape by `validatePolicy`, named people and schedules by `checkTargets`) before anything is
 * written. A change bumps the version; running ladders keep the snapshot they started with.
 */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { checkTargets } from './check-targets.js';
import { validatePolicy, type Repeat, type Step } from './escalation.js';
import type { PolicyBody, PolicyPatch } from './escalation.schema.js';
import { findPolicy, savePolicy, type PolicyRecord } from './escalation.repository.js';
import type { LadderDeps } from './ladder-deps.js';

export interface SavePolicyDeps extends Pick<LadderDeps, 'scheduleExists'> {
  db: Db;
  clock: Clock;
}

/** The steps of a request with the schema's defaults filled in, as they are stored and previewed. */
export function withStepDefaults(steps: PolicyBody['steps']): Step[] {
  return steps.map((s) => ({
    delayMinutes: s.delayMinutes,
    delayKind: s.delayKind ?? 'business',
    from: s.from ?? 'trigger',
    targets: s.targets as Step['targets'],
    requiresAck: s.requiresAck ?? true,
  }));
}

function normalise(body: { steps?: PolicyBody['steps']; repeat?: PolicyBody['repeat'] }, current?: PolicyRecord): { steps: Step[]; repeat: Repeat } {
  const steps: Step[] = body.steps ? withStepDefaults(body.steps) : current!.steps;
  const repeat: Repeat = body.repeat ?? current?.repeat ?? { times: 0, fromStep: 1 };
  validatePolicy(steps, repeat);
  return { steps, repeat };
}

const taken = (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict('name_taken', 'Another escalation policy has that name', '/name');
  throw error;
};

/** Creates a policy at version 1; 409 `name_taken` when the name is in use, 422 for bad steps or targets. */
export async function createPolicy(deps: SavePolicyDeps, body: PolicyBody): Promise<PolicyRecord> {
  const { steps, repeat } = normalise(body);
  await checkTargets(deps, steps);
  const now = deps.clock.iso();
  const policy: PolicyRecord = {
    id: newId(),
    name: body.name.trim(),
    match: body.match as PolicyRecord['match'],
    steps,
    repeat,
    active: body.active ?? true,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await savePolicy(deps.db, policy, true).catch(taken);
  return policy;
}

/** Changes a policy and bumps its version; targets are checked again only when the steps change. */
export async function changePolicy(deps: SavePolicyDeps, input: { id: string; patch: PolicyPatch }): Promise<PolicyRecord> {
  const { patch } = input;
  const current = await findPolicy(deps.db, input.id);
  if (!current) throw notFound('Escalation policy');
  const { steps, repeat } = normalise(patch, current);
  if (patch.steps) await checkTargets(deps, steps);
  const next: PolicyRecord = {
    ...current,
    name: patch.name?.trim() ?? current.name,
    match: (patch.match as PolicyRecord['match']) ?? current.match,
    steps,
    repeat,
    active: patch.active ?? current.active,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  await savePolicy(deps.db, next, false).catch(taken);
  return next;
}
