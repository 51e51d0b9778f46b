/**
 * Declares a suspected incident of the alerts module as a vendor incident in one click (issue 12,
 * item 7). A suspicion names a signature and the clients alerting with it, not services: each of
 * its clients becomes a child — its alert's ticket attached when that is still open, else a new
 * ticket — and services may be named too (the clients depending on them join). The suspicion is
 * marked `declared`, linking the incident. Declaring it again answers the same incident; the
 * declaration is keyed by the suspicion, so a click retried after a crash finishes it.
 */
import { createHash } from 'node:crypto';
import { conflict, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { findSuspectedIncident, markSuspectedIncidentDeclared, suspectedIncidentClients } from '../alerts/index.js';
import { isOpenStatus, ticketSummaries } from '../tickets/index.js';
import { declareIncident, type DeclareDeps } from './declare-incident.js';
import type { IncidentRecord } from './incident.js';
import { findIncident } from './incidents.repository.js';

export interface DeclareSuspectedInput {
  actor: StaffActor;
  suspectedIncidentId: string;
  /** Default: "Suspected incident: <signature>". */
  title?: string;
  /** Default: how many clients alert with the signature, since when. */
  summary?: string;
  /** Services that are down, when known: the clients depending on them are hit as well. */
  serviceIds?: string[];
}

export async function declareSuspectedIncident(deps: DeclareDeps, input: DeclareSuspectedInput): Promise<{ incident: IncidentRecord; replayed: boolean }> {
  const suspicion = await findSuspectedIncident(deps.db, input.suspectedIncidentId);
  if (!suspicion) throw notFound('Suspected incident');
  if (suspicion.status === 'declared' && suspicion.incidentId) {
    const declared = await findIncident(deps.db, suspicion.incidentId);
    if (declared) return { incident: declared, replayed: true };
  }
  if (suspicion.status !== 'proposed') throw conflict('not_proposed', `This suspected incident is ${suspicion.status}, no longer proposed`);
  const clients = await suspectedIncidentClients(deps.db, suspicion.id);
  const ticketIds = clients.flatMap((c) => (c.ticketId ? [c.ticketId] : []));
  // One open ticket per client becomes its child; a resolved or merged one stays as it is.
  const attach = new Map<string, string>();
  for (const t of await ticketSummaries(deps.db, ticketIds)) if (!t.mergedIntoId && isOpenStatus(t.status) && !attach.has(t.organizationId)) attach.set(t.organizationId, t.id);
  const title = input.title?.trim() || `Suspected incident: ${suspicion.signature}`;
  const summary = input.summary?.trim() || `${clients.length} clients alerting with “${suspicion.signature}” since ${suspicion.firstAlertAt.slice(0, 16).replace('T', ' ')} UTC.`;
  const serviceIds = input.serviceIds ?? [];
  const hash = createHash('sha256').update(JSON.stringify({ title, summary, serviceIds })).digest('hex');
  const declared = await declareIncident(deps, {
    actor: input.actor,
    serviceIds,
    organizationIds: clients.map((c) => c.organizationId),
    title,
    summary,
    attachTicketIds: [...attach.values()],
    key: { key: `suspected-incident:${suspicion.id}`, hash },
  });
  await markSuspectedIncidentDeclared(deps.db, suspicion.id, declared.incident.id, input.actor.userId, deps.clock.iso());
  return declared;
}
