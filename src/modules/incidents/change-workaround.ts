/**
 * A technician records where one client's workaround stands on an incident: its state (not
 * started, in place, not needed, blocked) and which steps of its checklist are done.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { WorkaroundState } from './incident.js';
import { findChild, findIncident, updateChild } from './incidents.repository.js';

export interface WorkaroundChange {
  incidentId: string;
  organizationId: string;
  state?: WorkaroundState;
  /** Indices of the steps done (the whole set, replacing the one before). */
  stepsDone?: number[];
}

export async function changeWorkaround(deps: { db: Db; clock: Clock }, input: WorkaroundChange): Promise<void> {
  if (!(await findIncident(deps.db, input.incidentId))) throw notFound('Incident');
  const child = await findChild(deps.db, input.incidentId, input.organizationId);
  if (!child) throw notFound('Incident child', '/organizationId');
  const beyond = (input.stepsDone ?? []).findIndex((i) => i >= child.workaroundSteps.length);
  if (beyond >= 0) throw new AppError('no_such_step', `The client's checklist has ${child.workaroundSteps.length} steps (numbered from 0)`, { status: 422, field: `/stepsDone/${beyond}` });
  const stepsDone = input.stepsDone ? [...new Set(input.stepsDone)].sort((a, b) => a - b) : child.stepsDone;
  await updateChild(deps.db, { ...child, workaroundState: input.state ?? child.workaroundState, stepsDone, updatedAt: deps.clock.iso() });
}
