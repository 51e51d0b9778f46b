/**
 * An incident event (an update, the resolution) told to the status pages' subscribers: those of the
 * public page and those of each client the incident touches. Email subscribers get a mail through
 * the mail module's outbox (with the link to end the subscription); each webhook subscriber gets a
 * delivery in the webhook outbox, armed on the engine's deadlines (status-webhook.step.ts sends it).
 * Both are queued in the caller's transaction, once per subscription and event.
 */
import { armDeadlines } from '../../platform/engine/deadlines.repository.js';
import { newId } from '../../platform/ids.js';
import type { IncidentRecord, IncidentUpdate } from './incident.js';
import { childrenOf } from './incidents.repository.js';
import { STATUS_WEBHOOK_KIND } from './status-webhook.step.js';
import type { StatusEventPayload } from './status-subscription.js';
import type { SubscriberDeps } from './subscription-deps.js';
import { activeSubscriptionsFor, insertDelivery } from './subscriptions.repository.js';

export interface StatusEvent {
  type: StatusEventPayload['type'];
  incident: IncidentRecord;
  update: IncidentUpdate;
}

/** Queues the event to every active subscriber; how many mails and webhook deliveries were queued. */
export async function notifySubscribers(deps: SubscriberDeps, event: StatusEvent): Promise<{ mailed: number; webhooks: number }> {
  const { incident, update } = event;
  const touched = [...new Set((await childrenOf(deps.db, incident.id)).map((c) => c.organizationId))];
  const subscriptions = await activeSubscriptionsFor(deps.db, touched);
  const at = deps.clock.iso();
  const eventKey = `${event.type === 'incident.update' ? 'update' : 'resolved'}:${update.id}`;
  let mailed = 0;
  const armed: { id: string; kind: string; subjectId: string; dueAt: number; payload: Record<string, unknown> }[] = [];
  for (const s of subscriptions) {
    const statusPageUrl = deps.links.statusPage(s.organizationId);
    if (s.kind === 'email' && s.email && deps.mail) {
      const heading = event.type === 'incident.resolved' ? `Resolved: ${incident.title}` : `Update: ${incident.title}`;
      const body = [update.body, '', `— ${incident.title}`, '', `Status page: ${statusPageUrl}`, `Unsubscribe: ${deps.links.unsubscribe(s.id)}`].join('\n');
      if (await deps.mail(deps.db, { key: `status:${eventKey}:${s.id}`, to: { name: '', email: s.email }, subject: heading, body })) mailed++;
      continue;
    }
    if (s.kind !== 'webhook') continue;
    const payload: StatusEventPayload = {
      type: event.type,
      incident: { id: incident.id, title: incident.title, status: incident.status, declaredAt: incident.declaredAt, resolvedAt: incident.resolvedAt },
      update: { id: update.id, body: update.body, postedAt: update.postedAt },
      statusPageUrl,
    };
    const id = newId();
    const queued = await insertDelivery(deps.db, { id, subscriptionId: s.id, eventKey, payload, state: 'queued', attempts: 0, lastStatus: null, lastError: null, createdAt: at, deliveredAt: null, updatedAt: at });
    if (queued) armed.push({ id: `${STATUS_WEBHOOK_KIND}:${id}`, kind: STATUS_WEBHOOK_KIND, subjectId: id, dueAt: deps.clock.now(), payload: {} });
  }
  await armDeadlines(deps.db, deps.dialect, armed, at);
  return { mailed, webhooks: armed.length };
}
