/**
 * A provider's delivery report (Twilio-compatible status callback): recorded as an attempt of the
 * page it names, and published so the ticket's escalation panel shows it at once.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DomainEvent } from '../../platform/events.js';
import { notFound } from '../../platform/errors.js';
import { pageChanged } from '../escalation/index.js';
import { ticketFacts } from '../tickets/index.js';
import { updateAttemptStatus } from './delivery.repository.js';

export interface RecordDeliveryStatusDeps {
  db: Db;
  clock: Clock;
  publish?: (event: DomainEvent) => void;
}

/** Records `status` for the page sent as provider message `sid`; 404 when no page was sent as it. */
export async function recordDeliveryStatus(deps: RecordDeliveryStatusDeps, input: { sid: string | undefined; status: string }): Promise<void> {
  const page = input.sid ? await updateAttemptStatus(deps.db, input.sid, input.status, deps.clock.iso()) : undefined;
  if (!page) throw notFound('Message');
  const ticket = page.ticketId === null ? undefined : await ticketFacts(deps.db, page.ticketId);
  if (ticket) deps.publish?.(pageChanged(ticket, deps.clock.iso(), { notificationId: page.id, escalationId: page.escalationId, status: `reported:${input.status}` }));
}
