/** Removes a client's dependency record (owners, admins, service managers). */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { deleteDependency } from './vendors.repository.js';

/** Incidents declared from the record keep their children and the checklists copied to them. */
export async function removeDependency(deps: { db: Db }, id: string): Promise<void> {
  if (!(await deleteDependency(deps.db, id))) throw notFound('Dependency');
}
