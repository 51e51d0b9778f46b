/** All SQL of received mail: the raw store, processing state, screening results, attachments, triage. */
import { sql } from 'kysely';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { InboundMessageTable, MailDb } from './mail.tables.js';

/** Stores a raw message unless the same one is already there; returns its id and whether it was new. */
export async function storeRawMessage(db: MailDb, row: { id: string; mailboxId: string; dedupeKey: string; messageId: string | null; contentHash: string; raw: Uint8Array; source: string; receivedAt: string }): Promise<{ id: string; stored: boolean }> {
  const inserted = await db
    .insertInto('inbound_messages')
    .values({
      id: row.id, mailbox_id: row.mailboxId, dedupe_key: row.dedupeKey, message_id: row.messageId, content_hash: row.contentHash, raw: Buffer.from(row.raw.buffer, row.raw.byteOffset, row.raw.length),
      size: row.raw.length, source: row.source, received_at: row.receivedAt, state: 'stored', attempts: 0,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { id: row.id, stored: true };
  const existing = await db.selectFrom('inbound_messages').select('id').where('dedupe_key', '=', row.dedupeKey).executeTakeFirstOrThrow();
  return { id: existing.id, stored: false };
}

/** Messages stored but not processed yet (or whose processing failed), oldest first. */
export async function pendingMessages(db: MailDb, limit: number, maxAttempts: number): Promise<string[]> {
  const rows = await db.selectFrom('inbound_messages').select('id').where('state', 'in', ['stored', 'failed']).where('attempts', '<', maxAttempts).orderBy('received_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Loads a message for processing, only while it is still waiting. */
export async function loadPending(db: MailDb, id: string): Promise<{ id: string; mailboxId: string; raw: Uint8Array; receivedAt: string; source: string } | undefined> {
  const r = await db.selectFrom('inbound_messages').select(['id', 'mailbox_id', 'raw', 'received_at', 'source']).where('id', '=', id).where('state', 'in', ['stored', 'failed']).executeTakeFirst();
  return r ? { id: r.id, mailboxId: r.mailbox_id, raw: new Uint8Array(r.raw), receivedAt: r.received_at, source: r.source } : undefined;
}

/**
 * Claims a message for processing inside the processing transaction: only one processor wins
 * (PostgreSQL's row lock makes a concurrent one wait, then find it no longer waiting).
 */
export async function claimForProcessing(db: MailDb, id: string): Promise<boolean> {
  const r = await db.updateTable('inbound_messages').set({ state: 'processing' }).where('id', '=', id).where('state', 'in', ['stored', 'failed']).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type ProcessedColumns = Omit<Partial<InboundMessageTable>, 'id' | 'raw'>;

export async function saveProcessed(db: MailDb, id: string, columns: ProcessedColumns): Promise<void> {
  await db.updateTable('inbound_messages').set({ ...columns, state: 'processed' }).where('id', '=', id).execute();
}

export async function markFailed(db: MailDb, id: string, error: string): Promise<void> {
  await db.updateTable('inbound_messages').set((eb) => ({ state: 'failed', attempts: eb('attempts', '+', 1), last_error: error.slice(0, 2000) })).where('id', '=', id).where('state', '!=', 'processed').execute();
}

export async function insertAttachments(db: MailDb, rows: { id: string; inboundMessageId: string; position: number; filename: string | null; contentType: string; size: number; contentId: string | null; inline: boolean; fromTnef: boolean; content: Uint8Array | null }[]): Promise<void> {
  for (const a of rows) {
    await db.insertInto('inbound_attachments').values({
      id: a.id, inbound_message_id: a.inboundMessageId, position: a.position, filename: a.filename, content_type: a.contentType, size: a.size, content_id: a.contentId, inline: a.inline, from_tnef: a.fromTnef,
      content: a.content ? Buffer.from(a.content.buffer, a.content.byteOffset, a.content.length) : null,
    }).execute();
  }
}

/** The ticket a message id belongs to: one we received (and filed) or one we sent. */
export async function ticketOfMessageIds(db: MailDb, ids: string[]): Promise<{ ticketId: string; messageId: string } | undefined> {
  if (ids.length === 0) return undefined;
  const wanted = ids.slice(-50);
  const sent = await db.selectFrom('outbound_mail').select(['ticket_id', 'message_id']).where('message_id', 'in', wanted).execute();
  const received = await db.selectFrom('inbound_messages').select(['ticket_id', 'message_id']).where('message_id', 'in', wanted).where('ticket_id', 'is not', null).execute();
  // The nearest ancestor wins: In-Reply-To, then References from the newest back.
  const byId = new Map<string, string>();
  for (const r of [...received, ...sent]) if (r.message_id && r.ticket_id) byId.set(r.message_id, r.ticket_id);
  for (const id of [...wanted].reverse()) {
    const ticketId = byId.get(id);
    if (ticketId) return { ticketId, messageId: id };
  }
  return undefined;
}

/** Messages from a sender since an instant that were answered automatically (the sender cap). */
export async function recentFromSender(db: MailDb, address: string, sinceIso: string): Promise<number> {
  const r = await db.selectFrom('inbound_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('from_address', '=', address).where('received_at', '>=', sinceIso).where('state', '=', 'processed').executeTakeFirst();
  return Number(r?.n ?? 0);
}

export interface StoredMessage {
  id: string;
  mailboxId: string;
  messageId: string | null;
  receivedAt: string;
  source: string;
  state: string;
  fromAddress: string | null;
  fromName: string | null;
  subject: string | null;
  sentAt: string | null;
  fullText: string | null;
  visibleText: string | null;
  html: string | null;
  auto: unknown;
  bounce: unknown;
  fraud: { score: number; flagged: boolean; reasons: unknown[] } | null;
  notes: unknown[];
  organizationId: string | null;
  contactId: string | null;
  ticketId: string | null;
  ticketMessageId: string | null;
  disposition: string | null;
  dispositionDetail: unknown;
  size: number;
  lastError: string | null;
}

const LIST_COLUMNS = [
  'id', 'mailbox_id', 'message_id', 'received_at', 'source', 'state', 'from_address', 'from_name', 'subject', 'sent_at', 'full_text', 'visible_text', 'html', 'auto', 'bounce',
  'fraud_score', 'fraud_flagged', 'fraud_reasons', 'notes', 'organization_id', 'contact_id', 'ticket_id', 'ticket_message_id', 'disposition', 'disposition_detail', 'size', 'last_error',
] as const;

function toStored(r: Pick<InboundMessageTable, (typeof LIST_COLUMNS)[number]>): StoredMessage {
  return {
    id: r.id, mailboxId: r.mailbox_id, messageId: r.message_id, receivedAt: r.received_at, source: r.source, state: r.state, fromAddress: r.from_address, fromName: r.from_name, subject: r.subject,
    sentAt: r.sent_at, fullText: r.full_text, visibleText: r.visible_text, html: r.html, auto: readJson(r.auto, null), bounce: readJson(r.bounce, null),
    fraud: r.fraud_score === null ? null : { score: r.fraud_score, flagged: readBool(r.fraud_flagged), reasons: readJson(r.fraud_reasons, []) },
    notes: readJson(r.notes, []), organizationId: r.organization_id, contactId: r.contact_id, ticketId: r.ticket_id, ticketMessageId: r.ticket_message_id,
    disposition: r.disposition, dispositionDetail: readJson(r.disposition_detail, null), size: r.size, lastError: r.last_error,
  };
}

export async function findStoredMessage(db: MailDb, id: string): Promise<StoredMessage | undefined> {
  const r = await db.selectFrom('inbound_messages').select([...LIST_COLUMNS]).where('id', '=', id).executeTakeFirst();
  return r ? toStored(r) : undefined;
}

export async function ticketMessages(db: MailDb, ticketId: string, limit: number): Promise<StoredMessage[]> {
  return (await db.selectFrom('inbound_messages').select([...LIST_COLUMNS]).where('ticket_id', '=', ticketId).orderBy('received_at').orderBy('id').limit(limit).execute()).map(toStored);
}

/** The triage queue: messages from unknown senders not yet turned into tickets, oldest first. */
export async function triageMessages(db: MailDb, page: { limit: number; after?: [string, string] }): Promise<StoredMessage[]> {
  let q = db.selectFrom('inbound_messages').select([...LIST_COLUMNS]).where('disposition', '=', 'triage');
  if (page.after) q = q.where((eb) => eb.or([eb('received_at', '>', page.after![0]), eb.and([eb('received_at', '=', page.after![0]), eb('id', '>', page.after![1])])]));
  return (await q.orderBy('received_at').orderBy('id').limit(page.limit + 1).execute()).map(toStored);
}

/** Leaves the triage queue: filed on a ticket, or dismissed. */
export async function settleTriage(db: MailDb, id: string, columns: ProcessedColumns): Promise<boolean> {
  const r = await db.updateTable('inbound_messages').set(columns).where('id', '=', id).where('disposition', '=', 'triage').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface AttachmentInfo { id: string; inboundMessageId: string; filename: string | null; contentType: string; size: number; contentId: string | null; inline: boolean; fromTnef: boolean; stored: boolean }

export async function attachmentsOf(db: MailDb, messageIds: string[]): Promise<AttachmentInfo[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom('inbound_attachments')
    .select(['id', 'inbound_message_id', 'filename', 'content_type', 'size', 'content_id', 'inline', 'from_tnef', sql<number>`case when content is null then 0 else 1 end`.as('has_content')])
    .where('inbound_message_id', 'in', messageIds)
    .orderBy('inbound_message_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, inboundMessageId: r.inbound_message_id, filename: r.filename, contentType: r.content_type, size: r.size, contentId: r.content_id, inline: readBool(r.inline), fromTnef: readBool(r.from_tnef), stored: Number(r.has_content) === 1 }));
}

export async function attachmentContent(db: MailDb, id: string): Promise<{ ticketId: string | null; filename: string | null; contentType: string; content: Uint8Array | null } | undefined> {
  const r = await db
    .selectFrom('inbound_attachments')
    .innerJoin('inbound_messages', 'inbound_messages.id', 'inbound_attachments.inbound_message_id')
    .select(['inbound_messages.ticket_id', 'inbound_attachments.filename', 'inbound_attachments.content_type', 'inbound_attachments.content'])
    .where('inbound_attachments.id', '=', id)
    .executeTakeFirst();
  return r ? { ticketId: r.ticket_id, filename: r.filename, contentType: r.content_type, content: r.content ? new Uint8Array(r.content) : null } : undefined;
}

/** The raw bytes of a stored message (for the mailbox log and a re-run). */
export async function rawOf(db: MailDb, id: string): Promise<Uint8Array | undefined> {
  const r = await db.selectFrom('inbound_messages').select('raw').where('id', '=', id).executeTakeFirst();
  return r ? new Uint8Array(r.raw) : undefined;
}

/** Puts a triage message back to be processed again (after its sender became a contact). */
export async function requeueTriage(db: MailDb, id: string): Promise<boolean> {
  const r = await db.updateTable('inbound_messages').set({ state: 'stored', disposition: null, attempts: 0 }).where('id', '=', id).where('disposition', '=', 'triage').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** What outbound mail needs to know of a ticket's received mail: its mailbox, and whether it was opened by an automatic message. */
export async function ticketInboundFacts(db: MailDb, ticketId: string): Promise<{ mailboxId: string | null; openedByAutomatic: boolean }> {
  const last = await db.selectFrom('inbound_messages').select('mailbox_id').where('ticket_id', '=', ticketId).orderBy('received_at', 'desc').limit(1).executeTakeFirst();
  const opener = await db.selectFrom('inbound_messages').select('auto').where('ticket_id', '=', ticketId).where('disposition', '=', 'created').limit(1).executeTakeFirst();
  return { mailboxId: last?.mailbox_id ?? null, openedByAutomatic: opener ? readJson(opener.auto, null) !== null : false };
}

/** Links a message being processed to its ticket before the ticket-changed hook runs (see ticketDeps). */
export async function linkToTicket(db: MailDb, id: string, columns: { ticket_id: string; disposition: string; auto: string | null }): Promise<void> {
  await db.updateTable('inbound_messages').set(columns).where('id', '=', id).execute();
}
