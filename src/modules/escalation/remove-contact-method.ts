/** Removing one of a person's contact methods. */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { deleteContactMethod } from './escalation.repository.js';

/** Removes the method; 404 when the person has no such method. */
export async function removeContactMethod(deps: { db: Db }, input: { userId: string; methodId: string }): Promise<void> {
  if (!(await deleteContactMethod(deps.db, input.userId, input.methodId))) throw notFound('Contact method');
}
