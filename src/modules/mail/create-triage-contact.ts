/**
 * The triage queue's "create contact": the unknown sender of a triage message becomes a contact of
 * the client chosen, and the message is processed again, so it files as that contact's mail (a new
 * ticket or its thread). If another request filed the message first, it is not processed twice.
 */
import type { Actor } from '../auth/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findStoredMessage, requeueTriage, type StoredMessage } from './inbound.repository.js';
import type { MailDb } from './mail.tables.js';

export interface TriageContactDeps {
  db: MailDb;
  /** Creates a contact (the clients module's use case), as the signed-in staff member. */
  createContact: (actor: Actor, input: { organizationId: string; name: string; emails: string[] }) => Promise<{ id: string }>;
  /** Processes a stored message again. */
  reprocess: (inboundMessageId: string) => Promise<string>;
}

/** Makes the sender a contact and files the message; answers the message as it is afterwards. */
export async function createTriageContact(deps: TriageContactDeps, input: { actor: Actor; messageId: string; organizationId: string; name?: string }): Promise<StoredMessage> {
  const m = await findStoredMessage(deps.db, input.messageId);
  if (!m || m.disposition !== 'triage') throw notFound('Triage message');
  if (!m.fromAddress) throw new AppError('sender_missing', 'The message has no sender address to make a contact of', { status: 422 });
  await deps.createContact(input.actor, { organizationId: input.organizationId, name: input.name ?? m.fromName ?? m.fromAddress, emails: [m.fromAddress] });
  if (await requeueTriage(deps.db, m.id)) await deps.reprocess(m.id);
  return (await findStoredMessage(deps.db, m.id))!;
}
