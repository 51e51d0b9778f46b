import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { DEFAULT_THRESHOLD } from '../fraud/index.js';
import { insertTicketEvent, ticketFacts, touchTicket } from '../tickets/index.js';
import { findFlagForMessage, insertFlag, type FlagRecord } from './flag.repository.js';
import { findThreshold } from './fraud-context.repository.js';
import type { FlagReason, PurportedSender } from './verification.js';

export interface RaiseFlagInput {
  ticketId: string;
  source: 'message' | 'staff';
  /** The inbound message scored; null for a flag raised by hand. */
  messageId: string | null;
  /** The scorer's 0–100; null for a flag raised by hand. */
  score: number | null;
  reasons: FlagReason[];
  sender: PurportedSender;
  /** The staff member raising it by hand; null for mail intake. */
  raisedBy: string | null;
  /** When; left out, the ticket's last change (the intake's own clock, as it just wrote the message). */
  at?: string;
}

const text = (value: unknown, max: number) => String(value ?? '').slice(0, max);

/** Reasons as stored: the fields a flag shows, each bounded, whatever the caller passed along. */
function cleanReasons(reasons: readonly FlagReason[]): FlagReason[] {
  return reasons.slice(0, 50).map((r) => ({
    code: text(r.code, 60),
    detail: text(r.detail, 2000),
    weight: Number.isFinite(r.weight) ? Math.round(r.weight) : 0,
    ...(typeof r.domain === 'string' && r.domain ? { domain: text(r.domain, 255) } : {}),
  }));
}

/**
 * Flags a ticket verify-by-phone, in the caller's transaction: the flag with its reasons and the
 * purported sender, the ticket marked changed, and `fraud.flagged` in its (staff-only) history.
 * A message already flagged on the ticket is not flagged twice; its flag is answered.
 */
export async function raiseFlag(deps: { db: Db }, input: RaiseFlagInput): Promise<FlagRecord> {
  const { db } = deps;
  const ticket = await ticketFacts(db, input.ticketId);
  if (!ticket) throw notFound('Ticket');
  if (ticket.mergedIntoId) throw conflict('ticket_merged', 'This ticket was merged into another; flag that one instead');
  if (ticket.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed; a new request opens a new ticket', '/status');
  if (input.messageId) {
    const already = await findFlagForMessage(db, ticket.id, input.messageId);
    if (already) return already;
  }
  const fromMessage = input.source === 'message';
  const flag: FlagRecord = {
    id: newId(),
    ticketId: ticket.id,
    organizationId: ticket.organizationId,
    source: input.source,
    messageId: input.messageId,
    score: fromMessage && input.score !== null ? Math.max(0, Math.min(100, Math.round(input.score))) : null,
    threshold: fromMessage ? ((await findThreshold(db, ticket.organizationId))?.threshold ?? DEFAULT_THRESHOLD) : null,
    reasons: cleanReasons(input.reasons),
    sender: { address: input.sender.address?.trim() ? text(input.sender.address.trim(), 320) : null, name: input.sender.name?.trim() ? text(input.sender.name.trim(), 200) : null },
    raisedBy: input.raisedBy,
    raisedAt: input.at ?? ticket.updatedAt,
    call: null,
  };
  await insertFlag(db, flag);
  await touchTicket(db, ticket.id, flag.raisedAt);
  await insertTicketEvent(db, {
    ticketId: ticket.id,
    actorUserId: input.raisedBy,
    type: 'fraud.flagged',
    field: null,
    before: null,
    after: { flagId: flag.id, source: flag.source, score: flag.score, threshold: flag.threshold, purportedSender: flag.sender, reasons: flag.reasons.map((r) => ({ code: r.code, weight: r.weight })) },
    // Staff only: a client never learns what the guard suspects or why.
    internal: true,
    at: flag.raisedAt,
  });
  return flag;
}
