/**
 * An update written once on an incident (issue 12, item 3): kept on the incident (the status pages
 * show it), copied into every child ticket's timeline (the children the incident still owns), and
 * mailed to each affected client's people through the mail module's outbox (updateRecipients in
 * incident.ts says who: the people chosen on its dependencies, else its VIPs, else everyone), with the link to the client's own status page; and told to the status
 * pages' subscribers (notify-subscribers.ts).
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { organizationDirectory } from '../clients/index.js';
import { insertTicketEvent } from '../tickets/index.js';
import { dependenciesOn } from '../vendors/index.js';
import { updateRecipients, type IncidentUpdate } from './incident.js';
import type { MailNotice } from './incident-deps.js';
import { childrenOf, findIncident, insertIncidentEvents, insertUpdate, servicesOfIncidents } from './incidents.repository.js';
import { notifySubscribers } from './notify-subscribers.js';
import type { SubscriberDeps } from './subscription-deps.js';

export interface PostUpdateDeps {
  db: Db;
  clock: Clock;
  /** Queues the update's mail (the mail module's outbox); without it nothing is mailed. */
  mail?: MailNotice;
  /** The address of a client's own status page (signed), for the mail. */
  statusPageFor?: (organizationId: string) => string | undefined;
  /** The status pages' subscribers (email and webhooks); without it none hear of the update. */
  subscribers?: Omit<SubscriberDeps, 'db'>;
}

export async function postUpdate(deps: PostUpdateDeps, input: { incidentId: string; body: string; actorUserId: string }): Promise<{ update: IncidentUpdate; mailed: number }> {
  const incident = await findIncident(deps.db, input.incidentId);
  if (!incident) throw notFound('Incident');
  if (incident.status === 'resolved') throw conflict('incident_resolved', 'This incident is resolved; its closing update was the last');
  if (incident.status === 'discarded') throw conflict('incident_discarded', 'This incident’s declaration was discarded');
  const at = deps.clock.iso();
  const update: IncidentUpdate = { id: newId(), incidentId: incident.id, body: input.body.trim(), postedBy: input.actorUserId, postedAt: at };
  await insertUpdate(deps.db, update);
  await insertIncidentEvents(deps.db, [{ id: newId(), incidentId: incident.id, type: 'update', organizationId: null, actorUserId: input.actorUserId, data: { updateId: update.id, body: update.body }, at }]);
  let mailed = 0;
  const chosen = deps.mail ? await chosenPeople(deps.db, incident.id) : new Map<string, string[]>();
  for (const child of (await childrenOf(deps.db, incident.id)).filter((c) => c.releasedAt === null)) {
    await insertTicketEvent(deps.db, { ticketId: child.ticketId, actorUserId: input.actorUserId, type: 'incident.update', field: null, before: null, after: { incidentId: incident.id, updateId: update.id, title: incident.title, body: update.body }, internal: false, at });
    if (!deps.mail) continue;
    const to = updateRecipients((await organizationDirectory(deps.db, child.organizationId))?.contacts ?? [], chosen.get(child.organizationId));
    if (to.length === 0) continue;
    const link = deps.statusPageFor?.(child.organizationId);
    const body = [update.body, '', `— ${incident.title}`, ...(link ? ['', `Follow this incident: ${link}`] : [])].join('\n');
    mailed += await deps.mail(deps.db, { ticketId: child.ticketId, key: `incident-update:${update.id}`, subject: `Update: ${incident.title}`, body, to });
  }
  if (deps.subscribers) await notifySubscribers({ ...deps.subscribers, db: deps.db }, { type: 'incident.update', incident, update });
  return { update, mailed };
}

/** Per client, the people chosen on its dependencies on the incident's services (the vendors module's records). */
async function chosenPeople(db: Db, incidentId: string): Promise<Map<string, string[]>> {
  const serviceIds = (await servicesOfIncidents(db, [incidentId])).get(incidentId) ?? [];
  const out = new Map<string, string[]>();
  for (const d of await dependenciesOn(db, serviceIds)) out.set(d.organizationId, [...(out.get(d.organizationId) ?? []), ...d.notifyContactIds]);
  return out;
}
