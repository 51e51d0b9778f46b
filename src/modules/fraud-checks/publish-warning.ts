import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, ticketFacts } from '../tickets/index.js';
import { findFlag } from './flag.repository.js';
import { FRAUD_EVENTS, type FraudDeps } from './fraud-deps.js';
import { flagWarnings, insertWarning, type WarningRecord } from './warning.repository.js';

/**
 * Warns a client's users of a confirmed fraud: a banner in their portal with the technician's
 * words, and the ticket event `fraud.warning_published`, from which the mail module mails the
 * words to the client's contacts when the caller runs the ticket-changed hook in this transaction
 * (fraud-checks.routes.ts does). Only a flag whose call-back found fraud can warn, and one warning
 * per flag runs at a time.
 */
export async function publishWarning(deps: FraudDeps, actor: StaffActor, input: { flagId: string; text: string }): Promise<WarningRecord> {
  const { db } = deps;
  const flag = await findFlag(db, input.flagId);
  if (!flag) throw notFound('Fraud flag', '/flagId');
  if (flag.call?.outcome !== 'fraud') {
    throw conflict('fraud_not_confirmed', 'Only a confirmed fraud warns the client’s users: log the call-back with the outcome “fraud” first', '/flagId');
  }
  if ((await flagWarnings(db, flag.id)).some((w) => w.active)) throw conflict('warning_exists', 'This fraud already has a warning running; change its text instead', '/flagId');
  const ticket = await ticketFacts(db, flag.ticketId);
  if (!ticket) throw notFound('Ticket');
  const now = deps.clock.iso();
  const warning: WarningRecord = {
    id: newId(),
    organizationId: flag.organizationId,
    flagId: flag.id,
    ticketId: flag.ticketId,
    text: input.text.trim(),
    active: true,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    endedAt: null,
  };
  await insertWarning(db, warning);
  await insertTicketEvent(db, { ticketId: flag.ticketId, actorUserId: actor.userId, type: 'fraud.warning_published', field: null, before: null, after: { warningId: warning.id, flagId: flag.id, text: warning.text }, internal: true, at: now });
  deps.emit({
    type: FRAUD_EVENTS.warningPublished,
    ticketId: flag.ticketId,
    organizationId: flag.organizationId,
    contactId: ticket.contactId,
    internal: true,
    at: now,
    data: { warningId: warning.id, flagId: flag.id, text: warning.text },
  });
  return warning;
}
