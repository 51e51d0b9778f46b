/** All SQL of the delivery worker: claiming queued notifications with leases, and recording attempts. */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson, type DialectName } from '../../platform/db/dialect.js';
import { newId } from '../../platform/ids.js';

export interface Claimed {
  id: string;
  escalationId: string;
  ticketId: string;
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
    RETURNING id, escalation_id, ticket_id, recipient_user_id, method, address, subject, body, requires_ack, attempts, send_after`.execute(db);
  return r.rows.map((x) => ({
    id: String(x.id), escalationId: String(x.escalation_id), ticketId: String(x.ticket_id), recipientUserId: String(x.recipient_user_id), method: String(x.method), address: String(x.address),
    subject: String(x.subject), body: String(x.body), requiresAck: readBool(x.requires_ack), attempts: Number(x.attempts), sendAfter: Date.parse(String(x.send_after)),
  }));
}

export async function escalationState(db: Db, escalationId: string): Promise<string | undefined> {
  return (await db.selectFrom('escalations').select('state').where('id', '=', escalationId).executeTakeFirst())?.state;
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

export async function ticketNumber(db: Db, ticketId: string): Promise<number | undefined> {
  return (await db.selectFrom('tickets').select('number').where('id', '=', ticketId).executeTakeFirst())?.number;
}

export interface StoredProvider { id: string; name: string; kind: string; methods: string[]; settingsEncrypted: string; position: number; enabled: boolean; createdAt: string; updatedAt: string }

export async function listProviders(db: Db): Promise<StoredProvider[]> {
  const rows = await db.selectFrom('providers').selectAll().orderBy('position').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, methods: readJson<string[]>(r.methods, []), settingsEncrypted: r.settings_encrypted, position: r.position, enabled: readBool(r.enabled), createdAt: r.created_at, updatedAt: r.updated_at }));
}

export async function insertProvider(db: Db, p: StoredProvider): Promise<void> {
  await db.insertInto('providers').values({ id: p.id, name: p.name, kind: p.kind, methods: JSON.stringify(p.methods), settings_encrypted: p.settingsEncrypted, position: p.position, enabled: p.enabled, created_at: p.createdAt, updated_at: p.updatedAt }).execute();
}

export async function deleteProvider(db: Db, id: string): Promise<boolean> {
  return Number((await db.deleteFrom('providers').where('id', '=', id).executeTakeFirst()).numDeletedRows) === 1;
}

/** The newest page that reached this address and still waits for an acknowledgement (an SMS reply). */
export async function latestPageTo(db: Db, address: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('escalations', 'escalations.id', 'notifications.escalation_id')
    .select(['notifications.id', 'notifications.ticket_id', 'notifications.recipient_user_id', 'escalations.state'])
    .where('notifications.address', '=', address)
    .where('notifications.status', '=', 'sent')
    .where('notifications.requires_ack', '=', true)
    .orderBy('notifications.sent_at', 'desc')
    .executeTakeFirst();
}

export async function findNotification(db: Db, id: string) {
  return db.selectFrom('notifications').select(['id', 'ticket_id', 'recipient_user_id', 'escalation_id']).where('id', '=', id).executeTakeFirst();
}

export async function updateAttemptStatus(db: Db, providerMessageId: string, status: string, at: string): Promise<string | undefined> {
  const n = await db.selectFrom('notifications').select('id').where('provider_message_id', '=', providerMessageId).executeTakeFirst();
  if (!n) return undefined;
  await recordAttempt(db, { notificationId: n.id, at, provider: 'callback', outcome: `status:${status}`, providerMessageId, detail: `provider reported ${status}` });
  return n.id;
}
