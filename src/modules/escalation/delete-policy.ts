/** Deleting an escalation policy: new tickets no longer start it; running ladders keep their snapshot. */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { deletePolicy as deletePolicyRow } from './escalation.repository.js';

/** Deletes the policy; 404 when there is none with this id. */
export async function deletePolicy(deps: { db: Db }, input: { id: string }): Promise<void> {
  if (!(await deletePolicyRow(deps.db, input.id))) throw notFound('Escalation policy');
}
