import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import type { MailDb } from './mail.tables.js';
import { armMailboxHealth } from './mailbox-health.step.js';
import { findMailbox, recordMailboxError, recordMailboxSuccess } from './mailbox.repository.js';

/**
 * A mailbox never goes quiet unnoticed: its health deadline on the engine pages the owners and
 * admins (through the notify outbox, by email here) when it has been silent for its health
 * minutes, once per outage, and at once when a token refresh is refused.
 */
describe.each(DIALECTS)('mailbox health on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let mailboxId: string;
  const db = () => t.sb.database.db;
  const cycle = async () => {
    await t.sb.engine!.engine.runOnce();
    while ((await t.sb.delivery!.runOnce()) > 0);
  };

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { 'secret-key': 'h'.repeat(40) });
    const provider = await t.call(t.world.tokens.owner, 'POST', '/api/v1/providers', { name: 'mail', kind: 'smtp', settings: { host: fake.host, port: fake.port, secure: false, from: 'switchboard@msp.example' } });
    expect(provider.status, JSON.stringify(provider.body)).toBe(201);
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', {
      name: 'Support', address: 'support@msp.example', kind: 'imap', healthMinutes: 30,
      imap: { host: '127.0.0.1', port: 1, secure: false, username: 'support@msp.example' }, secrets: { password: 'pw' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    mailboxId = r.body.id;
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('stays quiet while the mailbox works', async () => {
    t.clock.advance(20 * 60_000);
    await recordMailboxSuccess(db(), mailboxId, t.clock.iso(), false);
    t.clock.advance(20 * 60_000);
    await cycle();
    expect(fake.messages()).toEqual([]);
  });

  it('pages the owners and admins once when no poll succeeded for the health minutes, and shows it on the status', async () => {
    t.clock.advance(11 * 60_000);
    await cycle();
    const pages = fake.messages();
    expect(pages.map((m) => m.envelope.to[0]).sort()).toEqual(['admin@msp.example', 'owner@msp.example']);
    expect(pages[0].headers.subject).toBe('Mailbox Support has been silent');
    const status = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/mailboxes/${mailboxId}`)).body.status;
    expect(status).toMatchObject({ health: 'silent', alertedAt: t.clock.iso() });
    t.clock.advance(45 * 60_000);
    await cycle();
    expect(fake.messages()).toHaveLength(2);
  });

  it('pages at once when a token refresh is refused', async () => {
    fake.reset();
    await recordMailboxSuccess(db(), mailboxId, t.clock.iso(), false);
    t.clock.advance(60_000);
    await recordMailboxError(db(), mailboxId, t.clock.iso(), 'OAuth2 token refresh failed: invalid_grant', true);
    const mailbox = (await findMailbox(db(), mailboxId))!;
    await armMailboxHealth(t.sb.database.db, dialect, mailbox, t.clock.iso(), t.clock.now());
    await cycle();
    expect(fake.messages().map((m) => m.headers.subject)).toEqual(['Mailbox Support cannot sign in', 'Mailbox Support cannot sign in']);
    expect(fake.messages()[0].text).toContain('invalid_grant');
  });
});
