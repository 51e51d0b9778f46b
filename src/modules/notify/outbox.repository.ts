/**
 * The notification outbox as the escalation module writes it: a ladder's pages queued in the
 * ladder's transaction (a unique key makes a retried step queue nothing twice), withdrawn when the
 * ladder is acknowledged or ends, and listed per ticket.
 */
import type { Db } from '../../platform/db/connect.js';

/** A page to queue: who, how, what, and from when it may go. */
export interface QueuedPage {
  id: string; dedupeKey: string; escalationId: string; ticketId: string; step: number; round: number; recipientUserId: string;
  method: string; address: string; subject: string; body: string; requiresAck: boolean;
  /** Epoch milliseconds. */
  sendAfter: number;
  createdAt: string;
}

/** Queues a page unless its (escalation, step, round, recipient, method) key was queued before; true when queued. */
export async function queuePage(db: Db, n: QueuedPage): Promise<boolean> {
  const r = await db
    .insertInto('notifications')
    .values({
      id: n.id, dedupe_key: n.dedupeKey, escalation_id: n.escalationId, ticket_id: n.ticketId, step: n.step, round: n.round, recipient_user_id: n.recipientUserId,
      method: n.method, address: n.address, subject: n.subject, body: n.body, requires_ack: n.requiresAck, status: 'queued', send_after: new Date(n.sendAfter).toISOString(), attempts: 0, created_at: n.createdAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Withdraws queued pages of ladders that were acknowledged or ended (informational ones stay); answers how many. */
export async function withdrawPages(db: Db, escalationIds: string[], reason: string): Promise<number> {
  if (escalationIds.length === 0) return 0;
  const r = await db
    .updateTable('notifications')
    .set({ status: 'cancelled', last_error: reason })
    .where('escalation_id', 'in', escalationIds)
    .where('status', '=', 'queued')
    .where('requires_ack', '=', true)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Every page about a ticket, oldest first. */
export async function ticketPages(db: Db, ticketId: string) {
  return db.selectFrom('notifications').selectAll().where('ticket_id', '=', ticketId).orderBy('created_at').orderBy('step').execute();
}
