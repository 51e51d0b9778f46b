/**
 * The first half of intake: keep the raw message durably, before the sender is told (SMTP 250,
 * IMAP \Seen or move). The same message stored twice is kept once (dedupe by mailbox, Message-ID
 * and content hash). Processing happens after, from the stored bytes, so a crash at any moment
 * loses nothing: what was stored is processed when intake runs again.
 */
import { newId } from '../../platform/ids.js';
import type { Clock } from '../../platform/clock.js';
import { storeRawMessage } from './inbound.repository.js';
import { contentHash, dedupeKey, rawMessageId } from './intake-key.js';
import type { MailDb } from './mail.tables.js';
import { recordMailboxSuccess } from './mailbox.repository.js';

export interface StoreInput {
  mailboxId: string;
  raw: Uint8Array;
  source: 'smtp' | 'imap';
  /** Also record the mailbox's last message and success (default true; callers that record them themselves pass false). */
  recordSuccess?: boolean;
}

/** Stores a raw message (committed when this returns); `stored` is false for a duplicate. */
export async function storeInbound(deps: { db: MailDb; clock: Clock }, input: StoreInput): Promise<{ id: string; stored: boolean }> {
  const messageId = rawMessageId(input.raw);
  const hash = contentHash(input.raw);
  const at = deps.clock.iso();
  return deps.db.transaction().execute(async (trx) => {
    const result = await storeRawMessage(trx, { id: newId(), mailboxId: input.mailboxId, dedupeKey: dedupeKey(input.mailboxId, messageId, hash), messageId, contentHash: hash, raw: input.raw, source: input.source, receivedAt: at });
    if (input.recordSuccess !== false) await recordMailboxSuccess(trx, input.mailboxId, at, true);
    return result;
  });
}
