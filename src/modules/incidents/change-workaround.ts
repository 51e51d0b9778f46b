/** A technician records where one client's workaround stands on an incident (not started, in place, not needed, blocked). */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import type { WorkaroundState } from './incident.js';
import { findIncident, setWorkaroundState } from './incidents.repository.js';

export async function changeWorkaround(deps: { db: Db; clock: Clock }, input: { incidentId: string; organizationId: string; state: WorkaroundState }): Promise<void> {
  if (!(await findIncident(deps.db, input.incidentId))) throw notFound('Incident');
  if (!(await setWorkaroundState(deps.db, input.incidentId, input.organizationId, input.state, deps.clock.iso()))) throw notFound('Incident child', '/organizationId');
}
