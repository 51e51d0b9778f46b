/**
 * A technician detaches a client's child ticket from an incident: the ticket is no longer the
 * incident's to run (it is about something else, or the client needs its own handling), so its
 * escalation ladders, held while the incident owned it, run again. The child stays on the incident
 * as history (the review counts its impact), marked released with the reason.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertTicketEvent } from '../tickets/index.js';
import type { IncidentLadders } from './incident-deps.js';
import { findChild, findIncident, insertIncidentEvents, releaseChild } from './incidents.repository.js';

export interface DetachInput {
  incidentId: string;
  organizationId: string;
  reason: string;
  actorUserId: string;
}

export async function detachChild(deps: { db: Db; clock: Clock; ladders?: IncidentLadders }, input: DetachInput): Promise<void> {
  const incident = await findIncident(deps.db, input.incidentId);
  if (!incident) throw notFound('Incident');
  const child = await findChild(deps.db, input.incidentId, input.organizationId);
  if (!child) throw notFound('Incident child', '/organizationId');
  const at = deps.clock.iso();
  const reason = input.reason.trim();
  if (!(await releaseChild(deps.db, input.incidentId, input.organizationId, reason, at))) throw conflict('child_released', 'This child was already detached or kept open');
  await insertTicketEvent(deps.db, { ticketId: child.ticketId, actorUserId: input.actorUserId, type: 'incident.detached', field: null, before: null, after: { incidentId: incident.id, title: incident.title, reason }, internal: true, at });
  await insertIncidentEvents(deps.db, [{ id: newId(), incidentId: incident.id, type: 'detached', organizationId: child.organizationId, actorUserId: input.actorUserId, data: { reason, ticketId: child.ticketId }, at }]);
  await deps.ladders?.release(deps.db, child.ticketId, `detached from incident: ${reason}`, input.actorUserId);
}
