/**
 * All SQL of the delivery worker: claiming queued notifications with leases, and recording attempts.
 * Ladders and ticket numbers come through the escalation and tickets modules.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson, type DialectName } from '../../platform/db/dialect.js';
import { newId } from '../../platform/ids.js';
import { ladderFacts } from '../escalation/index.js';
import { ticketSummaries } from '../tickets/index.js';

export interface Claimed {
  id: string;
  /** `page` (a ladder's) or `test` (a person's test page, with no ladder and no ticket). */
  kind: 'page' | 'test';
  escalationId: string | null;
  ticketId: string | null;
  recipientUserId: string;
  method: string;
  address: string;
  subject: string;
  body: string;
  requiresAck: boolean;
  attempts: number;
  sendAfter: number;
}

/** Leases due notifications (queued and due, or `sending` whose lease ran out: the node died). */
export async function claimNotifications(db: Db, dialect: DialectName, owner: string, nowIso: string, leaseUntil: string, limit: number): Promise<Claimed[]> {
  const lock = dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const r = await sql<Record<string, unknown>>`
    UPDATE notifications SET status = 'sending', lease_owner = ${owner}, lease_until = ${leaseUntil}, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM notifications
        WHERE (status = 'queued' AND send_after <= ${nowIso}) OR (status = 'sending' AND lease_until < ${nowIso})
        ORDER BY send_after LIMIT ${limit} ${lock})
    RETURNING id, kind, escalation_id, ticket_id, recipient_user_id, method, address, subject, body, requires_ack, attempts, send_after`.execute(db);
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return r.rows.map((x) => ({
    id: String(x.id), kind: x.kind === 'test' ? 'test' : 'page', escalationId: text(x.escalation_id), ticketId: text(x.ticket_id), recipientUserId: String(x.recipient_user_id), method: String(x.method), address: String(x.address),
    subject: String(x.subject), body: String(x.body), requiresAck: readBool(x.requires_ack), attempts: Number(x.attempts), sendAfter: Date.parse(String(x.send_after)),
  }));
}

/** Finishes a claimed notification, only while this node still holds its lease. */
export async function finish(db: Db, id: string, owner: string, f: { status: 'sent' | 'failed' | 'cancelled' | 'queued'; provider?: string; providerMessageId?: string; error?: string; retryAt?: string; sentAt?: string }): Promise<boolean> {
  const r = await db
    .updateTable('notifications')
    .set({
      status: f.status, lease_owner: null, lease_until: null, provider: f.provider ?? null, provider_message_id: f.providerMessageId ?? null, last_error: f.error ?? null,
      ...(f.retryAt ? { send_after: f.retryAt } : {}), ...(f.sentAt ? { sent_at: f.sentAt } : {}),
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function recordAttempt(db: Db, a: { notificationId: string; at: string; provider: string; outcome: string; providerMessageId?: string; detail: string }): Promise<void> {
  await db.insertInto('delivery_attempts').values({ id: newId(), notification_id: a.notificationId, at: a.at, provider: a.provider, outcome: a.outcome, provider_message_id: a.providerMessageId ?? null, detail: a.detail }).execute();
}

export interface StoredProvider { id: string; name: string; kind: string; methods: string[]; settingsEncrypted: string; position: number; enabled: boolean; createdAt: string; updatedAt: string }

export async function listProviders(db: Db): Promise<StoredProvider[]> {
  const rows = await db.selectFrom('providers').selectAll().orderBy('position').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, methods: readJson<string[]>(r.methods, []), settingsEncrypted: r.settings_encrypted, position: r.position, enabled: readBool(r.enabled), createdAt: r.created_at, updatedAt: r.updated_at }));
}

export async function insertProvider(db: Db, p: StoredProvider): Promise<void> {
  await db.insertInto('providers').values({ id: p.id, name: p.name, kind: p.kind, methods: JSON.stringify(p.methods), settings_encrypted: p.settingsEncrypted, position: p.position, enabled: p.enabled, created_at: p.createdAt, updated_at: p.updatedAt }).execute();
}

export async function findProvider(db: Db, id: string): Promise<StoredProvider | undefined> {
  return (await listProviders(db)).find((p) => p.id === id);
}

/** Saves a changed provider (name, settings, order, enabled); false when it is gone. */
export async function updateProvider(db: Db, p: StoredProvider): Promise<boolean> {
  const r = await db
    .updateTable('providers')
    .set({ name: p.name, methods: JSON.stringify(p.methods), settings_encrypted: p.settingsEncrypted, position: p.position, enabled: p.enabled, updated_at: p.updatedAt })
    .where('id', '=', p.id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface ProviderDelivery { id: string; at: string; outcome: string; detail: string; reported: string | null; providerMessageId: string | null; notificationId: string; kind: string; method: string; address: string; ticketNumber: number | null }

/** Where a newest-first page continues: below the `at` and `id` of the last row of the previous page. */
export interface Before {
  at: string;
  id: string;
}

/**
 * The newest delivery attempts recorded under a provider's name: pages, test pages and test sends,
 * with what each was about. Provider status reports (delivered, undelivered) are recorded under
 * "callback" and joined by the provider's message id.
 */
export async function providerDeliveries(db: Db, providerName: string, options: { limit: number; before?: Before }): Promise<ProviderDelivery[]> {
  let query = db
    .selectFrom('delivery_attempts as a')
    .innerJoin('notifications as n', 'n.id', 'a.notification_id')
    .select(['a.id', 'a.at', 'a.outcome', 'a.detail', 'a.provider_message_id', 'a.notification_id', 'n.kind', 'n.method', 'n.address', 'n.ticket_id'])
    .where('a.provider', '=', providerName)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(options.limit);
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) => eb.or([eb('a.at', '<', at), eb.and([eb('a.at', '=', at), eb('a.id', '<', id)])]));
  }
  const rows = await query.execute();
  const ids = [...new Set(rows.map((r) => r.provider_message_id).filter((id): id is string => !!id))];
  const reports = ids.length
    ? await db.selectFrom('delivery_attempts').select(['provider_message_id', 'outcome', 'at']).where('provider', '=', 'callback').where('provider_message_id', 'in', ids).orderBy('at').execute()
    : [];
  const last = new Map(reports.map((r) => [r.provider_message_id, r.outcome]));
  const numbers = new Map((await ticketSummaries(db, rows.flatMap((r) => (r.ticket_id ? [r.ticket_id] : [])))).map((t) => [t.id, t.number]));
  return rows.map((r) => ({
    id: r.id, at: r.at, outcome: r.outcome, detail: r.detail, reported: (r.provider_message_id && last.get(r.provider_message_id)?.replace(/^status:/, '')) || null, providerMessageId: r.provider_message_id,
    notificationId: r.notification_id, kind: r.kind, method: r.method, address: r.address, ticketNumber: (r.ticket_id ? numbers.get(r.ticket_id) : undefined) ?? null,
  }));
}

/** Records a test send made through one provider: a sent or failed test notification and its attempt, together. */
export async function recordTestSend(db: Db, n: TestPageInput & { status: 'sent' | 'failed'; provider: string; providerMessageId?: string; error?: string; detail: string }): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      id: n.id, dedupe_key: `test:${n.id}`, kind: 'test', escalation_id: null, ticket_id: null, step: 0, round: 0, recipient_user_id: n.recipientUserId,
      method: n.method, address: n.address, subject: n.subject, body: n.body, requires_ack: false, status: n.status, send_after: n.createdAt, attempts: 1, created_at: n.createdAt,
      provider: n.provider, provider_message_id: n.providerMessageId ?? null, last_error: n.error ?? null, sent_at: n.status === 'sent' ? n.createdAt : null,
    })
    .execute();
  await recordAttempt(db, { notificationId: n.id, at: n.createdAt, provider: n.provider, outcome: n.status, providerMessageId: n.providerMessageId, detail: n.detail });
}

export async function deleteProvider(db: Db, id: string): Promise<boolean> {
  return Number((await db.deleteFrom('providers').where('id', '=', id).executeTakeFirst()).numDeletedRows) === 1;
}

/** The newest page that reached this address and still waits for an acknowledgement (an SMS reply). */
export async function latestPageTo(db: Db, address: string): Promise<{ id: string; ticket_id: string; recipient_user_id: string; state: string } | undefined> {
  // Only a ladder's pages wait for an acknowledgement; the newest one whose ladder is found.
  const pages = await db
    .selectFrom('notifications')
    .select(['id', 'recipient_user_id', 'escalation_id'])
    .where('address', '=', address)
    .where('status', '=', 'sent')
    .where('requires_ack', '=', true)
    .where('escalation_id', 'is not', null)
    .orderBy('sent_at', 'desc')
    .execute();
  for (const page of pages) {
    const ladder = await ladderFacts(db, page.escalation_id!);
    if (ladder) return { id: page.id, ticket_id: ladder.ticketId, recipient_user_id: page.recipient_user_id, state: ladder.state };
  }
  return undefined;
}

/** A ladder's page by id (test pages have no ticket to acknowledge, so they are not found). */
export async function findNotification(db: Db, id: string): Promise<{ id: string; ticket_id: string; recipient_user_id: string; escalation_id: string } | undefined> {
  const page = await db.selectFrom('notifications').select(['id', 'recipient_user_id', 'escalation_id']).where('id', '=', id).executeTakeFirst();
  const ladder = page?.escalation_id ? await ladderFacts(db, page.escalation_id) : undefined;
  return page && ladder && { id: page.id, ticket_id: ladder.ticketId, recipient_user_id: page.recipient_user_id, escalation_id: page.escalation_id! };
}

/** Records a status the provider reported for a message; answers its page (no ticket for a test page), or undefined when unknown. */
export async function updateAttemptStatus(db: Db, providerMessageId: string, status: string, at: string): Promise<{ id: string; ticketId: string | null; escalationId: string | null } | undefined> {
  const n = await db.selectFrom('notifications').select(['id', 'ticket_id', 'escalation_id']).where('provider_message_id', '=', providerMessageId).executeTakeFirst();
  if (!n) return undefined;
  await recordAttempt(db, { notificationId: n.id, at, provider: 'callback', outcome: `status:${status}`, providerMessageId, detail: `provider reported ${status}` });
  return { id: n.id, ticketId: n.ticket_id, escalationId: n.escalation_id };
}

/** A test page as queued: to one of a person's methods, for no ticket, needing no acknowledgement. */
export interface TestPageInput { id: string; recipientUserId: string; method: string; address: string; subject: string; body: string; createdAt: string }

export async function queueTestPage(db: Db, n: TestPageInput): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      id: n.id, dedupe_key: `test:${n.id}`, kind: 'test', escalation_id: null, ticket_id: null, step: 0, round: 0, recipient_user_id: n.recipientUserId,
      method: n.method, address: n.address, subject: n.subject, body: n.body, requires_ack: false, status: 'queued', send_after: n.createdAt, attempts: 0, created_at: n.createdAt,
    })
    .execute();
}

/** Whether a test page to this address is still waiting to go out (one at a time per address). */
export async function testPagePending(db: Db, userId: string, method: string, address: string): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('recipient_user_id', '=', userId)
    .where('kind', '=', 'test')
    .where('method', '=', method)
    .where('address', '=', address)
    .where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
  return row !== undefined;
}

export interface AttemptRow { notificationId: string; at: string; provider: string; outcome: string; detail: string }

/** Every delivery attempt of these notifications, oldest first. */
export async function attemptsOf(db: Db, notificationIds: string[]): Promise<AttemptRow[]> {
  if (notificationIds.length === 0) return [];
  const rows = await db.selectFrom('delivery_attempts').select(['notification_id', 'at', 'provider', 'outcome', 'detail']).where('notification_id', 'in', notificationIds).orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({ notificationId: r.notification_id, at: r.at, provider: r.provider, outcome: r.outcome, detail: r.detail }));
}

export interface TestPageRow { id: string; method: string; address: string; status: string; createdAt: string; sentAt: string | null; provider: string | null; lastError: string | null }

/** A person's newest test pages. */
export async function recentTestPages(db: Db, userId: string, options: { limit: number; before?: Before }): Promise<TestPageRow[]> {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'method', 'address', 'status', 'created_at', 'sent_at', 'provider', 'last_error'])
    .where('recipient_user_id', '=', userId)
    .where('kind', '=', 'test')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, method: r.method, address: r.address, status: r.status, createdAt: r.created_at, sentAt: r.sent_at, provider: r.provider, lastError: r.last_error }));
}

/** A page that went out, as the owner's reports count it. */
export interface SentPage {
  recipientUserId: string;
  ticketId: string | null;
  method: string;
  sentAt: string;
}

/** Pages (not test pages) sent in [from, to), oldest first: every message that reached a person's contact method. */
export async function pagesSentBetween(db: Db, from: string, to: string): Promise<SentPage[]> {
  const rows = await db
    .selectFrom('notifications')
    .select(['recipient_user_id', 'ticket_id', 'method', 'sent_at'])
    .where('kind', '=', 'page')
    .where('status', '=', 'sent')
    .where('sent_at', '>=', from)
    .where('sent_at', '<', to)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ recipientUserId: r.recipient_user_id, ticketId: r.ticket_id || null, method: r.method, sentAt: r.sent_at! }));
}
