/** A technician dismisses a suspected incident: not one outage after all; its alerts and tickets stay. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../auth/index.js';
import { dismissProposal, findProposal, type SuspectedIncident } from './suspected-incidents.repository.js';

export async function dismissSuspectedIncident(deps: { db: Db; clock: Clock }, actor: Actor, id: string): Promise<SuspectedIncident> {
  const found = await findProposal(deps.db, id);
  if (!found) throw notFound('Suspected incident');
  if (!(await dismissProposal(deps.db, id, actor.userId, deps.clock.iso()))) throw conflict('not_proposed', `This suspected incident is ${found.status}, no longer proposed`);
  return (await findProposal(deps.db, id))!;
}
