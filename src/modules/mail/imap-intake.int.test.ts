import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { startTestDovecot, type TestDovecot } from '../../../test/support/dovecot-server.js';

const message = (from: string, subject: string, id: string, body: string) =>
  `From: ${from}\nTo: help@msp.example\nSubject: ${subject}\nDate: Mon, 02 Mar 2026 13:00:00 +0000\nMessage-ID: <${id}>\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Our IMAP client against a real dovecot on loopback: seeded messages are stored and marked
 * \Seen (or moved) only once stored; a message delivered while the connection idles arrives
 * through IDLE; a wrong password shows on the mailbox's status.
 */
describe.each(DIALECTS)('mail intake over IMAP on %s', (dialect) => {
  let t: TestApp;
  let imap: TestDovecot;
  const rows = () => t.sb.database.db.selectFrom('inbound_messages').selectAll().execute() as Promise<Record<string, any>[]>;

  beforeAll(async () => {
    imap = await startTestDovecot([{ user: 'help@msp.example', password: 'imap secret' }, { user: 'moved@msp.example', password: 'imap secret' }]);
    imap.deliver('help@msp.example', message('Alpha Alice <alpha.0@example.com>', 'Laptop broken', 'imap-1@example.com', 'My laptop does not start.'));
    imap.deliver('help@msp.example', message('Bravo Bob <bravo.0@example.com>', 'Email down', 'imap-2@example.com', 'No email since 9.'));
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'secret-key': 'k'.repeat(40) });
  });
  afterAll(async () => {
    await t?.sb.mail?.imap.stop();
    await t?.close();
    await imap?.stop();
  });

  it('stores every unseen message, marks each \\Seen only after it is stored, and files them', async () => {
    const created = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', {
      name: 'IMAP help', address: 'help@msp.example', kind: 'imap', teamId: t.world.teamId,
      imap: { host: imap.host, port: imap.port, secure: false, username: 'help@msp.example' }, secrets: { password: 'imap secret' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain('imap secret');
    await t.sb.mail!.imap.start();
    await until('two stored messages', async () => (await rows()).length === 2);
    await until('both marked seen', async () => imap.messages('help@msp.example').every((m) => m.flags.includes('S')));
    while ((await t.sb.mail!.intake.runOnce()) > 0);
    const all = await rows();
    expect(all.map((r) => [r.message_id, r.source, r.disposition]).sort()).toEqual([['imap-1@example.com', 'imap', 'created'], ['imap-2@example.com', 'imap', 'created']]);
    expect(all.find((r) => r.message_id === 'imap-2@example.com')!.organization_id).toBe(t.world.b.id);
  });

  it('picks up a message delivered while the connection idles', async () => {
    imap.deliver('help@msp.example', message('alpha.1@example.com', 'Printer', 'imap-3@example.com', 'Printer jammed.'));
    await until('the idle delivery', async () => (await rows()).some((r) => r.message_id === 'imap-3@example.com'));
    await until('marked seen', async () => imap.messages('help@msp.example').length === 3 && imap.messages('help@msp.example').every((m) => m.flags.includes('S')));
    const mailbox = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/mailboxes')).body.items[0];
    expect(mailbox.status).toMatchObject({ health: 'ok', lastError: null, lastSuccessAt: expect.any(String), lastMessageAt: expect.any(String) });
  });

  it('moves stored messages to the processed folder when one is set', async () => {
    imap.deliver('moved@msp.example', message('alpha.0@example.com', 'Move me', 'imap-4@example.com', 'Moved after storing.'));
    imap.deliver('moved@msp.example', '', 'Processed');
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', {
      name: 'IMAP moved', address: 'moved@msp.example', kind: 'imap',
      imap: { host: imap.host, port: imap.port, secure: false, username: 'moved@msp.example', processedFolder: 'Processed' }, secrets: { password: 'imap secret' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    t.sb.mail!.imap.reload();
    await until('the moved message stored', async () => (await rows()).some((x) => x.message_id === 'imap-4@example.com'));
    await until('moved out of INBOX', async () => imap.messages('moved@msp.example').length === 0);
    expect(imap.messages('moved@msp.example', 'Processed').length).toBeGreaterThanOrEqual(1);
  });

  it('shows a failed sign-in on the mailbox status and keeps retrying', async () => {
    const box = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/mailboxes')).body.items.find((m: any) => m.name === 'IMAP help');
    const changed = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/mailboxes/${box.id}`, { secrets: { password: 'wrong password' } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    t.clock.advance(60_000);
    t.sb.mail!.imap.reload();
    const failing = await until('the failure on the status', async () => {
      const m = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/mailboxes/${box.id}`)).body;
      return m.status.lastError ? m : undefined;
    });
    expect(failing.status.health).toBe('failing');
    expect(failing.status.lastError).toMatch(/auth|login|fail/i);
  });
});
