/**
 * Gives up a declaration that died (ADR 0017): an incident left `declaring` — its request stopped
 * between chunks and nobody finished it — is marked `discarded`, and each child written so far is
 * let go with the reason, its ladders running again as a new ticket's would: the tickets stay, as
 * ordinary tickets of their clients. Within a minute of its declaration the request may still be
 * running (500 clients take about a second), so it is refused then, as a repeat would not finish it.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertTicketEvent } from '../tickets/index.js';
import type { IncidentRecord } from './incident.js';
import type { IncidentLadders } from './incident-deps.js';
import { childrenOf, findIncident, insertIncidentEvents, markIncidentDiscarded, releaseChild } from './incidents.repository.js';

/** How long after its declaration a `declaring` incident may still be in the making. */
export const STILL_RUNNING_MS = 60_000;

export async function discardIncident(deps: { db: Db; clock: Clock; ladders?: IncidentLadders }, input: { incidentId: string; reason: string; actorUserId: string }): Promise<IncidentRecord> {
  const incident = await findIncident(deps.db, input.incidentId);
  if (!incident) throw notFound('Incident');
  if (incident.status !== 'declaring') throw conflict('incident_not_declaring', `Only an unfinished declaration can be discarded; this incident is ${incident.status}`);
  if (Date.parse(incident.declaredAt) > deps.clock.now() - STILL_RUNNING_MS) throw conflict('declaration_in_progress', 'This declaration began less than a minute ago and may still be running; try again in a minute');
  const at = deps.clock.iso();
  const reason = input.reason.trim();
  for (const child of (await childrenOf(deps.db, incident.id)).filter((c) => c.releasedAt === null)) {
    if (!(await releaseChild(deps.db, incident.id, child.organizationId, reason, at))) continue;
    await insertTicketEvent(deps.db, { ticketId: child.ticketId, actorUserId: input.actorUserId, type: 'incident.detached', field: null, before: null, after: { incidentId: incident.id, title: incident.title, reason }, internal: true, at });
    await deps.ladders?.release(deps.db, child.ticketId, `incident discarded: ${reason}`, input.actorUserId);
  }
  if (!(await markIncidentDiscarded(deps.db, incident.id, at))) throw conflict('incident_not_declaring', 'This declaration finished or was discarded at the same moment');
  await insertIncidentEvents(deps.db, [{ id: newId(), incidentId: incident.id, type: 'discarded', organizationId: null, actorUserId: input.actorUserId, data: { reason }, at }]);
  return (await findIncident(deps.db, incident.id))!;
}
