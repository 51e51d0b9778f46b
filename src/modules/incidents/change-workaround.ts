/**
 * A technician records where one client's workaround stands on an incident: its state (not
 * started, in place, not needed, blocked) and which steps of its checklist are done.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { WorkaroundState } from './incident.js';
import { newId } from '../../platform/ids.js';
import { findChild, findIncident, insertIncidentEvents, updateChild } from './incidents.repository.js';

export interface WorkaroundChange {
  incidentId: string;
  organizationId: string;
  state?: WorkaroundState;
  /** Indices of the steps done (the whole set, replacing the one before). */
  stepsDone?: number[];
  actorUserId?: string | null;
}

export async function changeWorkaround(deps: { db: Db; clock: Clock }, input: WorkaroundChange): Promise<void> {
  if (!(await findIncident(deps.db, input.incidentId))) throw notFound('Incident');
  const child = await findChild(deps.db, input.incidentId, input.organizationId);
  if (!child) throw notFound('Incident child', '/organizationId');
  const beyond = (input.stepsDone ?? []).findIndex((i) => i >= child.workaroundSteps.length);
  if (beyond >= 0) throw new AppError('no_such_step', `The client's checklist has ${child.workaroundSteps.length} steps (numbered from 0)`, { status: 422, field: `/stepsDone/${beyond}` });
  const stepsDone = input.stepsDone ? [...new Set(input.stepsDone)].sort((a, b) => a - b) : child.stepsDone;
  const state = input.state ?? child.workaroundState;
  const at = deps.clock.iso();
  await updateChild(deps.db, { ...child, workaroundState: state, stepsDone, updatedAt: at });
  // The review's timeline tells when each client's workaround got where.
  await insertIncidentEvents(deps.db, [{ id: newId(), incidentId: input.incidentId, type: 'workaround', organizationId: input.organizationId, actorUserId: input.actorUserId ?? null, data: { state, stepsDone: stepsDone.length, steps: child.workaroundSteps.length }, at }]);
}
