import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import type { SuspiciousMessage } from './intake-deps.js';
import type { MailDb } from './mail.tables.js';
import { processInbound } from './process-message.js';
import { storeInbound } from './store-message.js';

const crlf = (s: string) => new TextEncoder().encode(s.replace(/\r?\n/g, '\r\n'));

/**
 * The fraud score of every filed message is kept on it, and a message at or over the threshold
 * is handed to the `onSuspicious` hook (the fraud workflow's verify-by-phone flag, wired at the
 * composition root) in the filing transaction, with the ticket, the message and the purported sender.
 */
describe.each(DIALECTS)('suspicious mail on %s', (dialect) => {
  let t: TestApp;
  let mailboxId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    mailboxId = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help', address: 'help@msp.example', kind: 'smtp' })).body.id;
  });
  afterAll(async () => t?.close());

  const file = async (raw: Uint8Array, onSuspicious?: (trx: unknown, m: SuspiciousMessage) => Promise<void>) => {
    const { id } = await storeInbound({ db: t.sb.database.db as unknown as MailDb, clock: t.clock }, { mailboxId, raw, source: 'smtp' });
    expect(await processInbound({ ...t.sb.intake, onSuspicious }, id)).toBe('processed');
    return (await t.call(t.world.tokens.technician, 'GET', `/api/v1/mail/messages/${id}`)).body;
  };

  it('hands a message over the threshold to the hook, with its ticket, score, reasons and purported sender', async () => {
    const seen: SuspiciousMessage[] = [];
    const stored = await file(
      crlf(`From: alpha Alice <alpha.0@example.com>\nReply-To: alpha.alice@payments-desk.example\nTo: help@msp.example\nSubject: Urgent: new bank details for today's payment\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <fraud-1@example.com>\n\nPlease update our bank details and wire $400,000 to the new account today. This is urgent and confidential, do not call me.\n`),
      async (_trx, m) => void seen.push(m),
    );
    expect(stored.fraud.flagged).toBe(true);
    expect(stored.fraud.score).toBeGreaterThanOrEqual(50);
    expect(seen).toEqual([{ ticketId: stored.ticketId, messageId: stored.ticketMessageId, inboundMessageId: stored.id, score: stored.fraud.score, reasons: stored.fraud.reasons, purportedSender: { address: 'alpha.0@example.com', name: 'alpha Alice' } }]);
    expect(stored.fraud.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['reply_to_mismatch', 'bank_change_language']));
  });

  it('records the score of an ordinary message and calls nothing', async () => {
    const seen: SuspiciousMessage[] = [];
    const stored = await file(crlf(`From: alpha.1@example.com\nTo: help@msp.example\nSubject: Printer\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <calm-1@example.com>\n\nThe printer is jammed.\n`), async (_trx, m) => void seen.push(m));
    expect(stored.fraud).toEqual({ score: 0, flagged: false, reasons: [] });
    expect(seen).toEqual([]);
  });
});
