/** All SQL of outbound mail: the outbox with leases, delivery status, bounces and address flags. */
import { sql } from 'kysely';
import { readBool, readJson, type DialectName } from '../../platform/db/dialect.js';
import type { MailDb, OutboundMailTable } from './mail.tables.js';

export interface OutboundMail {
  id: string;
  ticketId: string;
  mailboxId: string | null;
  kind: string;
  event: string;
  ticketMessageId: string | null;
  contactId: string | null;
  toAddress: string;
  toName: string | null;
  fromName: string | null;
  autoSubmitted: string | null;
  subject: string;
  bodyText: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  auto: boolean;
  status: string;
  attempts: number;
  sendAfter: string;
  lastError: string | null;
  bounce: unknown;
  createdAt: string;
  sentAt: string | null;
  bouncedAt: string | null;
}

function toOutbound(r: OutboundMailTable): OutboundMail {
  return {
    id: r.id, ticketId: r.ticket_id, mailboxId: r.mailbox_id, kind: r.kind, event: r.event, ticketMessageId: r.ticket_message_id, contactId: r.contact_id, toAddress: r.to_address, toName: r.to_name, fromName: r.from_name, autoSubmitted: r.auto_submitted,
    subject: r.subject, bodyText: r.body_text, messageId: r.message_id, inReplyTo: r.in_reply_to, references: readJson<string[]>(r.reference_ids, []), auto: readBool(r.auto), status: r.status,
    attempts: r.attempts, sendAfter: r.send_after, lastError: r.last_error, bounce: readJson(r.bounce, null), createdAt: r.created_at, sentAt: r.sent_at, bouncedAt: r.bounced_at,
  };
}

/** Queues one mail; false when its dedupe key was queued before (exactly once). */
export async function queueOutbound(db: MailDb, m: Omit<OutboundMail, 'attempts' | 'lastError' | 'bounce' | 'sentAt' | 'bouncedAt'> & { dedupeKey: string; lastError?: string | null }): Promise<boolean> {
  const r = await db
    .insertInto('outbound_mail')
    .values({
      id: m.id, dedupe_key: m.dedupeKey, ticket_id: m.ticketId, mailbox_id: m.mailboxId, kind: m.kind, event: m.event, ticket_message_id: m.ticketMessageId, contact_id: m.contactId,
      to_address: m.toAddress, to_name: m.toName, from_name: m.fromName, auto_submitted: m.autoSubmitted, subject: m.subject, body_text: m.bodyText, message_id: m.messageId, in_reply_to: m.inReplyTo, reference_ids: JSON.stringify(m.references),
      auto: m.auto, status: m.status, attempts: 0, send_after: m.sendAfter, created_at: m.createdAt, last_error: m.lastError ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Leases due mail (queued and due, or `sending` whose lease ran out: the node died). */
export async function claimOutbound(db: MailDb, dialect: DialectName, owner: string, nowIso: string, leaseUntil: string, limit: number): Promise<OutboundMail[]> {
  const lock = dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const r = await sql<OutboundMailTable>`
    UPDATE outbound_mail SET status = 'sending', lease_owner = ${owner}, lease_until = ${leaseUntil}, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbound_mail
        WHERE (status = 'queued' AND send_after <= ${nowIso}) OR (status = 'sending' AND lease_until < ${nowIso})
        ORDER BY send_after LIMIT ${limit} ${lock})
    RETURNING *`.execute(db);
  return r.rows.map(toOutbound);
}

/** Settles a claimed mail, only while this node still holds its lease. */
export async function settleOutbound(db: MailDb, id: string, owner: string, s: { status: 'sent' | 'failed' | 'queued'; error?: string; retryAt?: string; sentAt?: string }): Promise<boolean> {
  const r = await db
    .updateTable('outbound_mail')
    .set({ status: s.status, lease_owner: null, lease_until: null, last_error: s.error ?? null, ...(s.retryAt ? { send_after: s.retryAt } : {}), ...(s.sentAt ? { sent_at: s.sentAt } : {}) })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findOutboundByMessageId(db: MailDb, messageId: string): Promise<OutboundMail | undefined> {
  const r = await db.selectFrom('outbound_mail').selectAll().where('message_id', '=', messageId).executeTakeFirst();
  return r ? toOutbound(r) : undefined;
}

export async function markOutboundBounced(db: MailDb, id: string, at: string, bounce: unknown): Promise<void> {
  await db.updateTable('outbound_mail').set({ status: 'bounced', bounced_at: at, bounce: JSON.stringify(bounce) }).where('id', '=', id).execute();
}

export async function ticketOutbound(db: MailDb, ticketId: string, limit: number): Promise<OutboundMail[]> {
  return (await db.selectFrom('outbound_mail').selectAll().where('ticket_id', '=', ticketId).orderBy('created_at').orderBy('id').limit(limit).execute()).map(toOutbound);
}

/** The newest mail to a ticket's thread, for In-Reply-To/References of the next one. */
export async function lastThreadIds(db: MailDb, ticketId: string): Promise<{ sent: string[]; received: string[] }> {
  const sent = await db.selectFrom('outbound_mail').select('message_id').where('ticket_id', '=', ticketId).orderBy('created_at', 'desc').limit(10).execute();
  const received = await db.selectFrom('inbound_messages').select('message_id').where('ticket_id', '=', ticketId).where('message_id', 'is not', null).orderBy('received_at', 'desc').limit(10).execute();
  return { sent: sent.map((r) => r.message_id), received: received.map((r) => r.message_id!) };
}

/** Automatic mail queued to an address since an instant (the per-recipient cap). */
export async function autoMailTo(db: MailDb, address: string, sinceIso: string): Promise<number> {
  const r = await db.selectFrom('outbound_mail').select((eb) => eb.fn.countAll<number>().as('n')).where('to_address', '=', address).where('auto', '=', true).where('created_at', '>=', sinceIso).where('status', '!=', 'suppressed').executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function upsertAddressBounce(db: MailDb, b: { address: string; contactId: string | null; reason: string; status: string | null; hard: boolean; diagnostic: string; inboundMessageId: string; at: string }): Promise<void> {
  const values = { contact_id: b.contactId, reason: b.reason, status: b.status, hard: b.hard, diagnostic: b.diagnostic.slice(0, 500), inbound_message_id: b.inboundMessageId, at: b.at };
  await db.insertInto('mail_address_bounces').values({ address: b.address, ...values }).onConflict((oc) => oc.column('address').doUpdateSet(values)).execute();
}

export interface AddressBounce { address: string; contactId: string | null; reason: string; status: string | null; hard: boolean; diagnostic: string; at: string }

export async function bouncesOf(db: MailDb, filter: { contactId?: string; address?: string }): Promise<AddressBounce[]> {
  let q = db.selectFrom('mail_address_bounces').selectAll();
  if (filter.contactId) q = q.where('contact_id', '=', filter.contactId);
  if (filter.address) q = q.where('address', '=', filter.address.toLowerCase());
  return (await q.orderBy('at', 'desc').limit(50).execute()).map((r) => ({ address: r.address, contactId: r.contact_id, reason: r.reason, status: r.status, hard: readBool(r.hard), diagnostic: r.diagnostic, at: r.at }));
}

/** How far a ticket's events have been turned into mail; undefined when never looked at. */
export async function mailCursor(db: MailDb, ticketId: string): Promise<number | undefined> {
  const r = await db.selectFrom('mail_ticket_cursors').select('last_event_id').where('ticket_id', '=', ticketId).executeTakeFirst();
  return r ? Number(r.last_event_id) : undefined;
}

export async function saveMailCursor(db: MailDb, ticketId: string, lastEventId: number): Promise<void> {
  await db.insertInto('mail_ticket_cursors').values({ ticket_id: ticketId, last_event_id: lastEventId }).onConflict((oc) => oc.column('ticket_id').doUpdateSet({ last_event_id: lastEventId })).execute();
}

/** A template row for a client (organisation id) or the desk (`*`). */
export async function templateRow(db: MailDb, scope: string, event: string) {
  const r = await db.selectFrom('mail_templates').selectAll().where('key', '=', `${scope}:${event}`).executeTakeFirst();
  return r ? { subject: r.subject, body: r.body, fromName: r.from_name ?? undefined, signature: r.signature ?? undefined } : undefined;
}

export async function saveTemplate(db: MailDb, t: { organizationId: string | null; event: string; subject: string; body: string; fromName: string | null; signature: string | null; at: string }): Promise<void> {
  const key = `${t.organizationId ?? '*'}:${t.event}`;
  const values = { organization_id: t.organizationId, event: t.event, subject: t.subject, body: t.body, from_name: t.fromName, signature: t.signature, updated_at: t.at };
  await db.insertInto('mail_templates').values({ key, ...values }).onConflict((oc) => oc.column('key').doUpdateSet(values)).execute();
}

export async function hardBounced(db: MailDb, address: string): Promise<boolean> {
  const r = await db.selectFrom('mail_address_bounces').select('hard').where('address', '=', address.toLowerCase()).executeTakeFirst();
  return r ? readBool(r.hard) : false;
}
