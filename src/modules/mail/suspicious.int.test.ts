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
    const { id } = await storeInbound({ db: t.sb.database.db, clock: t.clock }, { mailboxId, raw, source: 'smtp' });
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

/**
 * The same, through the composition root's wiring: the hook is the fraud workflow's
 * flagTicketForVerification, the context is the workflow's (so a client's threshold and sender
 * history count), and each filed message's sender domain is remembered for its client.
 */
describe.each(DIALECTS)('suspicious mail through the fraud workflow on %s', (dialect) => {
  let t: TestApp;
  let mailboxId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    mailboxId = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help', address: 'help@msp.example', kind: 'smtp' })).body.id;
  });
  afterAll(async () => t?.close());

  const file = async (raw: string) => {
    const { id } = await storeInbound({ db: t.sb.database.db, clock: t.clock }, { mailboxId, raw: crlf(raw), source: 'smtp' });
    expect(await processInbound(t.sb.intake, id)).toBe('processed');
    return (await t.call(t.world.tokens.technician, 'GET', `/api/v1/mail/messages/${id}`)).body;
  };

  it('holds the ticket of a flagged message for a call-back to the number on file', async () => {
    const stored = await file(`From: alpha Alice <alpha.0@example.com>\nReply-To: alpha.alice@payments-desk.example\nTo: help@msp.example\nSubject: New bank details\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <wired-fraud-1@example.com>\n\nPlease update our bank details and wire $400,000 to the new account today. This is urgent and confidential, do not call me.\n`);
    expect(stored.fraud.flagged).toBe(true);
    const v = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${stored.ticketId}/verification`)).body;
    expect(v).toMatchObject({ ticketId: stored.ticketId, required: true });
    expect(v.flags[0]).toMatchObject({ status: 'awaiting_call', purportedSender: { address: 'alpha.0@example.com', name: 'alpha Alice' } });
    const refused = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${stored.ticketId}`, { status: 'resolved' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('verification_required');
  });

  it('scores a client’s first mail from a domain as new, and remembers the domain for the next', async () => {
    // A contact writing from free mail: the client's directory does not make the domain known.
    const contact = await t.call(t.world.tokens.technician, 'POST', '/api/v1/contacts', { organizationId: t.world.a.id, name: 'Alpha Mobile', emails: ['alpha.mobile@gmail.com'] });
    expect(contact.status).toBe(201);
    const mail = (n: number) => `From: Alpha Mobile <alpha.mobile@gmail.com>\nTo: help@msp.example\nSubject: Laptop ${n}\nDate: Mon, 02 Mar 2026 10:0${n}:00 +0000\nMessage-ID: <mobile-${n}@gmail.com>\n\nMy laptop will not start.\n`;
    const first = await file(mail(1));
    expect(first.organizationId).toBe(t.world.a.id);
    expect(first.fraud.reasons.map((r: { code: string }) => r.code)).toContain('new_sender_domain');
    const second = await file(mail(2));
    expect(second.fraud.reasons.map((r: { code: string }) => r.code)).not.toContain('new_sender_domain');
  });
});
