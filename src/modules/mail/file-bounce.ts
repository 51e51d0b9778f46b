/**
 * A bounce, filed: linked to the message of ours that bounced (by the Message-ID in the returned
 * copy), which is marked bounced; its ticket gets a `mail.delivery_failed` event and goes back in
 * front of the technician; every failed address is flagged, with its reason, on the contact.
 */
import type { DomainEvent } from '../../platform/events.js';
import type { Bounce } from './bounce.js';
import { ticketDeps, type IntakeDeps } from './intake-deps.js';
import type { MailDb } from './mail.tables.js';
import { findOutboundByMessageId, markOutboundBounced, upsertAddressBounce } from './outbound.repository.js';

export interface FiledBounce {
  ticketId: string | null;
  detail: Record<string, unknown>;
}

export async function fileBounce(deps: IntakeDeps, trx: MailDb, outbox: DomainEvent[], inboundId: string, bounce: Bounce): Promise<FiledBounce> {
  const at = deps.clock.iso();
  const recipients = bounce.recipients.map((r) => ({ recipient: r.recipient, reason: r.reason, status: r.status, hard: r.hard, diagnostic: r.diagnostic }));
  for (const r of bounce.recipients) {
    const address = r.recipient.toLowerCase();
    const contact = (await deps.ports.contactsByEmail(trx, address))[0];
    await upsertAddressBounce(trx, { address, contactId: contact?.id ?? null, reason: r.reason, status: r.status, hard: r.hard, diagnostic: r.diagnostic, inboundMessageId: inboundId, at });
  }
  const original = bounce.originalMessageId ? await findOutboundByMessageId(trx, bounce.originalMessageId) : undefined;
  if (!original) return { ticketId: null, detail: { by: 'bounce', linked: false, originalMessageId: bounce.originalMessageId, recipients } };
  await markOutboundBounced(trx, original.id, at, { recipients });
  const ticket = await deps.ports.ticketForMail(trx, { id: original.ticketId });
  const detail = { by: 'bounce', linked: true, originalMessageId: bounce.originalMessageId, outboundMailId: original.id, to: original.toAddress, recipients };
  if (ticket) await deps.ports.markDeliveryFailed(ticketDeps(deps, trx, outbox), ticket, { outboundMailId: original.id, to: original.toAddress, reason: recipients[0]?.reason ?? 'undefined', status: recipients[0]?.status ?? null, diagnostic: recipients[0]?.diagnostic ?? '' });
  return { ticketId: original.ticketId, detail };
}
