/** Dismissing a triage message: it leaves the queue and stays stored. */
import { notFound } from '../../platform/errors.js';
import { settleTriage } from './inbound.repository.js';
import type { MailDb } from './mail.tables.js';

/** Dismisses the message; 404 when it is not (or no longer) in the triage queue. */
export async function dismissTriage(deps: { db: MailDb }, input: { messageId: string }): Promise<void> {
  if (!(await settleTriage(deps.db, input.messageId, { disposition: 'dismissed' }))) throw notFound('Triage message');
}
