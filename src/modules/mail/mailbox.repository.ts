/** All SQL of mailboxes: configuration, encrypted secrets, and health columns. */
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { MailDb, MailboxTable } from './mail.tables.js';
import type { ImapSettings, Mailbox, MailboxKind, OutgoingSettings } from './mailbox.js';

export function toMailbox(r: MailboxTable): Mailbox {
  const settings = readJson<{ imap?: ImapSettings | null; outgoing?: OutgoingSettings | null; trustedAuthservId?: string | null }>(r.settings, {});
  return {
    id: r.id, name: r.name, address: r.address, kind: r.kind as MailboxKind, teamId: r.team_id, defaultPriority: r.default_priority,
    imap: settings.imap ?? null, outgoing: settings.outgoing ?? null, hasSecrets: r.secrets_encrypted !== null,
    outsideSender: r.outside_sender === 'new_ticket' ? 'new_ticket' : 'note', trustedAuthservId: settings.trustedAuthservId ?? null, healthMinutes: r.health_minutes, enabled: readBool(r.enabled),
    status: { lastSuccessAt: r.last_success_at, lastMessageAt: r.last_message_at, lastError: r.last_error, lastErrorAt: r.last_error_at, tokenFailedAt: r.token_failed_at, alertedAt: r.alerted_at },
    version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function columns(m: Mailbox) {
  return {
    name: m.name, address: m.address, kind: m.kind, team_id: m.teamId, default_priority: m.defaultPriority,
    settings: JSON.stringify({ imap: m.imap, outgoing: m.outgoing, trustedAuthservId: m.trustedAuthservId }), outside_sender: m.outsideSender, health_minutes: m.healthMinutes, enabled: m.enabled,
    version: m.version, updated_at: m.updatedAt,
  };
}

export async function insertMailbox(db: MailDb, m: Mailbox, secretsEncrypted: string | null): Promise<void> {
  await db.insertInto('mailboxes').values({ id: m.id, ...columns(m), secrets_encrypted: secretsEncrypted, created_at: m.createdAt }).execute();
}

/** Saves a changed mailbox; `secretsEncrypted` undefined keeps the stored secrets. False on a lost race. */
export async function updateMailbox(db: MailDb, m: Mailbox, expectedVersion: number, secretsEncrypted?: string | null): Promise<boolean> {
  const r = await db.updateTable('mailboxes').set({ ...columns(m), ...(secretsEncrypted !== undefined ? { secrets_encrypted: secretsEncrypted } : {}) }).where('id', '=', m.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findMailbox(db: MailDb, id: string): Promise<Mailbox | undefined> {
  const r = await db.selectFrom('mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toMailbox(r) : undefined;
}

export async function listMailboxes(db: MailDb): Promise<Mailbox[]> {
  return (await db.selectFrom('mailboxes').selectAll().orderBy('name').execute()).map(toMailbox);
}

/** The stored secrets (still encrypted) of a mailbox. */
export async function mailboxSecrets(db: MailDb, id: string): Promise<string | null> {
  return (await db.selectFrom('mailboxes').select('secrets_encrypted').where('id', '=', id).executeTakeFirst())?.secrets_encrypted ?? null;
}

export async function saveMailboxSecrets(db: MailDb, id: string, secretsEncrypted: string): Promise<void> {
  await db.updateTable('mailboxes').set({ secrets_encrypted: secretsEncrypted }).where('id', '=', id).execute();
}

/** Enabled mailboxes accepting mail for an address (the SMTP listener's recipients). */
export async function mailboxesForAddress(db: MailDb, address: string): Promise<Mailbox[]> {
  return (await db.selectFrom('mailboxes').selectAll().where('address', '=', address.toLowerCase()).where('enabled', '=', true).execute()).map(toMailbox);
}

/** A poll, IDLE or delivery succeeded: clears the error. */
export async function recordMailboxSuccess(db: MailDb, id: string, at: string, gotMail: boolean): Promise<void> {
  await db.updateTable('mailboxes').set({ last_success_at: at, last_error: null, ...(gotMail ? { last_message_at: at } : {}) }).where('id', '=', id).execute();
}

/** A poll, login or token refresh failed. */
export async function recordMailboxError(db: MailDb, id: string, at: string, error: string, tokenFailed: boolean): Promise<void> {
  await db.updateTable('mailboxes').set({ last_error: error.slice(0, 1000), last_error_at: at, ...(tokenFailed ? { token_failed_at: at } : {}) }).where('id', '=', id).execute();
}

export async function recordMailboxAlert(db: MailDb, id: string, at: string): Promise<void> {
  await db.updateTable('mailboxes').set({ alerted_at: at }).where('id', '=', id).execute();
}
