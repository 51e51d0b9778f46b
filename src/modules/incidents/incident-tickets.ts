import type { Db } from '../../platform/db/connect.js';
import { childrenOf, findIncident } from './incidents.repository.js';

/**
 * The child tickets of an incident, one per client (for work done across an incident, such as
 * waiving its time as goodwill in one go); undefined when there is no such incident.
 */
export async function incidentTicketIds(db: Db, incidentId: string): Promise<string[] | undefined> {
  if (!(await findIncident(db, incidentId))) return undefined;
  return (await childrenOf(db, incidentId)).map((c) => c.ticketId);
}
