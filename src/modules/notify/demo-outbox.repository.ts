/**
 * All SQL of the demo outbox: what the demo provider "sent", kept whole, and the viewer's list (the
 * recipients' names and ticket numbers through the auth and tickets modules).
 */
import type { Db } from '../../platform/db/connect.js';
import { userNames } from '../auth/index.js';
import { ticketSummaries } from '../tickets/index.js';
import type { Before } from './delivery.repository.js';

/** A message as the demo provider kept it. */
export interface DemoMessage {
  id: string;
  notificationId: string;
  provider: string;
  method: string;
  address: string;
  subject: string;
  text: string;
  ackUrl: string | null;
  at: string;
}

/** A kept message with whom it was for and what ticket it was about. */
export interface DemoOutboxRow extends DemoMessage {
  recipientUserId: string | null;
  recipientName: string | null;
  ticketId: string | null;
  ticketNumber: number | null;
  /** `page` or `test`; null when the notification is gone (a provider's test send records it after sending). */
  kind: string | null;
}

export async function insertDemoMessage(db: Db, m: DemoMessage): Promise<void> {
  await db
    .insertInto('demo_messages')
    .values({ id: m.id, notification_id: m.notificationId, provider: m.provider, method: m.method, address: m.address, subject: m.subject, text: m.text, ack_url: m.ackUrl, at: m.at })
    .execute();
}

/** The newest kept messages, below `before` when given. */
export async function listDemoMessages(db: Db, options: { limit: number; before?: Before }): Promise<DemoOutboxRow[]> {
  let query = db
    .selectFrom('demo_messages as d')
    .leftJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(['d.id', 'd.notification_id', 'd.provider', 'd.method', 'd.address', 'd.subject', 'd.text', 'd.ack_url', 'd.at', 'n.kind', 'n.recipient_user_id', 'n.ticket_id'])
    .orderBy('d.at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(options.limit);
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) => eb.or([eb('d.at', '<', at), eb.and([eb('d.at', '=', at), eb('d.id', '<', id)])]));
  }
  const rows = await query.execute();
  const names = await userNames(db, rows.flatMap((r) => (r.recipient_user_id ? [r.recipient_user_id] : [])));
  const tickets = new Map((await ticketSummaries(db, rows.flatMap((r) => (r.ticket_id ? [r.ticket_id] : [])))).map((t) => [t.id, t]));
  return rows.map((r) => {
    const ticket = r.ticket_id ? tickets.get(r.ticket_id) : undefined;
    return {
      id: r.id, notificationId: r.notification_id, provider: r.provider, method: r.method, address: r.address, subject: r.subject, text: r.text, ackUrl: r.ack_url, at: r.at,
      kind: r.kind ?? null, recipientUserId: r.recipient_user_id ?? null, recipientName: (r.recipient_user_id ? names.get(r.recipient_user_id) : undefined) ?? null,
      ticketId: ticket?.id ?? null, ticketNumber: ticket?.number ?? null,
    };
  });
}
