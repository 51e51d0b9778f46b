import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import type { MailDb } from './mail.tables.js';
import { processInbound } from './process-message.js';
import { storeInbound } from './store-message.js';

/** Two processors (two mail nodes, or a retry racing the worker) on one stored message: one files it, once. */
describe.each(DIALECTS)('processing one message twice at once on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('opens one ticket; the other processor finds the message already processed', async () => {
    const mailboxId = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help', address: 'help@msp.example', kind: 'smtp' })).body.id;
    const raw = new TextEncoder().encode('From: alpha.0@example.com\r\nTo: help@msp.example\r\nSubject: Twice\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nMessage-ID: <race@example.com>\r\n\r\nOnly once, please.\r\n');
    const { id } = await storeInbound({ db: t.sb.database.db, clock: t.clock }, { mailboxId, raw, source: 'smtp' });
    const outcomes = await Promise.all([processInbound(t.sb.intake, id), processInbound(t.sb.intake, id), processInbound(t.sb.intake, id)]);
    expect(outcomes.sort()).toEqual(['already', 'already', 'processed']);
    const tickets = await t.sb.database.db.selectFrom('tickets').select('id').where('subject', '=', 'Twice').execute();
    expect(tickets).toHaveLength(1);
  });
});
