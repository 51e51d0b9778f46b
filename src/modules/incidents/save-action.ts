/**
 * Action items of a post-incident review: added with a title, an assignee (an active staff member)
 * and a due date, then changed and ticked off as done. Each affected client's page lists them.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { staffDirectory } from '../auth/index.js';
import type { ActionItem } from './incident.js';
import { findAction, findIncident, insertAction, updateAction } from './incidents.repository.js';

export interface ActionChange {
  title?: string;
  /** An active staff member; null leaves it unassigned. */
  assigneeId?: string | null;
  /** YYYY-MM-DD; null drops the due date. */
  dueOn?: string | null;
  done?: boolean;
  version?: number;
}

async function assertAssignee(db: Db, assigneeId: string | null | undefined): Promise<void> {
  if (!assigneeId) return;
  if (!(await staffDirectory(db)).some((p) => p.id === assigneeId)) throw notFound('Assignee', '/assigneeId');
}

/** Adds an action item to an incident's review. */
export async function addAction(deps: { db: Db; clock: Clock }, incidentId: string, input: { title: string; assigneeId?: string | null; dueOn?: string | null }): Promise<ActionItem> {
  if (!(await findIncident(deps.db, incidentId))) throw notFound('Incident');
  await assertAssignee(deps.db, input.assigneeId);
  const now = deps.clock.iso();
  const action: ActionItem = { id: newId(), incidentId, title: input.title.trim(), assigneeId: input.assigneeId ?? null, dueOn: input.dueOn ?? null, doneAt: null, version: 1, createdAt: now, updatedAt: now };
  await insertAction(deps.db, action);
  return action;
}

/** Changes an action item, or marks it done (or not done again). */
export async function changeAction(deps: { db: Db; clock: Clock }, incidentId: string, actionId: string, input: ActionChange): Promise<ActionItem> {
  const current = await findAction(deps.db, incidentId, actionId);
  if (!current) throw notFound('Action item');
  if (input.version !== undefined && input.version !== current.version) throw new AppError('version_conflict', 'Someone changed this action item since you loaded it; reload and try again', { status: 409, field: '/version' });
  await assertAssignee(deps.db, input.assigneeId);
  const now = deps.clock.iso();
  const next: ActionItem = {
    ...current,
    title: input.title?.trim() ?? current.title,
    assigneeId: input.assigneeId === undefined ? current.assigneeId : input.assigneeId,
    dueOn: input.dueOn === undefined ? current.dueOn : input.dueOn,
    doneAt: input.done === undefined ? current.doneAt : input.done ? (current.doneAt ?? now) : null,
    version: current.version + 1,
    updatedAt: now,
  };
  if (!(await updateAction(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this action item at the same moment; reload and try again');
  return next;
}
