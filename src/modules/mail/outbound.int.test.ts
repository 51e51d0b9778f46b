import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { bounceFor } from '../../../test/support/bounce-report.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';

describe.each(DIALECTS)('outbound mail on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let inbound: Transporter;
  let ticketId: string;

  const send = (mail: Parameters<Transporter['sendMail']>[0]) => inbound.sendMail({ to: 'help@msp.example', ...mail });
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };
  const deliverAll = async () => {
    while ((await t.sb.outbound!.runOnce()) > 0);
  };
  const outboundOf = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${id}/mail`)).body.outbound;

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-auto-per-hour': '3', 'secret-key': 's'.repeat(40) });
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    inbound = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    inbound?.close();
    await t?.close();
    await fake?.stop();
  });

  it('acknowledges an emailed request with our Message-ID, the token and Auto-Submitted: auto-replied, in the same thread', async () => {
    await send({ from: 'Alpha Alice <alpha.0@example.com>', subject: 'VPN down', text: 'The VPN is down.', messageId: '<vpn-1@example.com>' });
    await processAll();
    await deliverAll();
    expect(fake.messages()).toHaveLength(1);
    const ack = fake.messages()[0];
    ticketId = (await t.sb.database.db.selectFrom('inbound_messages').select('ticket_id').executeTakeFirstOrThrow() as { ticket_id: string }).ticket_id;
    const number = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticketId}`)).body.number;
    expect(ack.envelope.to).toEqual(['alpha.0@example.com']);
    expect(ack.headers.subject).toBe(`[${number}] VPN down`);
    expect(ack.headers['auto-submitted']).toBe('auto-replied');
    expect(ack.headers['in-reply-to']).toBe('<vpn-1@example.com>');
    expect(ack.headers['message-id']).toMatch(/^<sb\.[0-9a-f-]+@msp\.example>$/);
    expect(ack.headers.from).toContain('help@msp.example');
    const out = await outboundOf(ticketId);
    expect(out).toEqual([expect.objectContaining({ kind: 'notification', event: 'created', status: 'sent', to: 'alpha.0@example.com', auto: true })]);
    // The portal may now promise email: a mailbox sends.
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/mail/outbound')).body).toEqual({ sendsEmail: true });
  });

  it('acknowledges a request opened in the portal as it is created, without waiting for another change', async () => {
    fake.reset();
    const created = await t.call(t.world.a.clientUserToken, 'POST', '/api/v1/tickets', { subject: 'Scanner offline', description: 'The scanner on floor 2 is offline.' });
    expect(created.status).toBe(201);
    expect(await outboundOf(created.body.id)).toEqual([expect.objectContaining({ kind: 'notification', event: 'created', status: 'queued', auto: true })]);
    await deliverAll();
    const ack = fake.messages().find((m) => m.headers.subject === `[${created.body.number}] Scanner offline`);
    expect(ack?.headers['auto-submitted']).toBe('auto-generated');
  });

  it('sends a technician’s public reply by email, not an internal note, and records its delivery status', async () => {
    fake.reset();
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticketId}/messages`, { kind: 'note', body: 'internal only' });
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticketId}/messages`, { kind: 'reply', body: 'Please restart the VPN client.' });
    await deliverAll();
    expect(fake.messages()).toHaveLength(1);
    const reply = fake.messages()[0];
    expect(reply.text).toContain('Please restart the VPN client.');
    expect(reply.text).not.toContain('internal only');
    expect(reply.headers['auto-submitted']).toBeUndefined();
    expect(reply.headers.subject).toMatch(/^Re: \[SB-\d+\] VPN down$/);
    expect(reply.headers.references).toContain('<vpn-1@example.com>');
    const out = await outboundOf(ticketId);
    expect(out.find((m: any) => m.event === 'reply')).toMatchObject({ kind: 'reply', status: 'sent', auto: false, sentAt: expect.any(String) });
  });

  it('threads the client’s answer to our reply by its In-Reply-To alone', async () => {
    const ours = (await outboundOf(ticketId)).find((m: any) => m.event === 'reply');
    await send({ from: 'alpha.0@example.com', subject: 'no token here', text: 'Restarted, works now.', inReplyTo: `<${ours.messageId}>` });
    await processAll();
    const mail = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticketId}/mail`)).body;
    expect(mail.inbound.find((m: any) => m.visibleText === 'Restarted, works now.')).toMatchObject({ disposition: 'threaded', why: { by: 'header', messageId: ours.messageId } });
  });

  it('links a bounce of our reply to it, flags the contact, and puts the ticket back in front of the technician', async () => {
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticketId}`, { status: 'waiting_on_client' });
    const ours = (await outboundOf(ticketId)).find((m: any) => m.event === 'reply');
    await inbound.sendMail({ envelope: { from: '', to: ['help@msp.example'] }, raw: bounceFor(ours.messageId, 'alpha.0@example.com') });
    await processAll();
    const after = (await outboundOf(ticketId)).find((m: any) => m.id === ours.id);
    expect(after).toMatchObject({ status: 'bounced', bouncedAt: expect.any(String) });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticketId}`)).body.status).toBe('open');
    const events = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticketId}/events?limit=200`)).body.items;
    expect(events.find((e: any) => e.type === 'mail.delivery_failed')).toMatchObject({ after: { to: 'alpha.0@example.com', reason: 'userunknown', status: '5.1.1' } });
    const flags = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/contacts/${t.world.a.contactId}/bounces`)).body.items;
    expect(flags).toEqual([expect.objectContaining({ address: 'alpha.0@example.com', reason: 'userunknown', hard: true })]);
  });

  it('sends no automatic mail to an address that bounced permanently', async () => {
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticketId}`, { status: 'resolved' });
    const resolved = (await outboundOf(ticketId)).find((m: any) => m.event === 'resolved');
    expect(resolved).toMatchObject({ status: 'suppressed', lastError: 'the address bounced permanently' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticketId}`, { status: 'open' });
  });

  it('never answers an automatic sender automatically, and caps automatic mail per address', async () => {
    fake.reset();
    await send({ from: 'monitor@example.com', subject: 'Backup failed', text: 'Job 7 failed.', headers: { 'Auto-Submitted': 'auto-generated', Precedence: 'bulk' } });
    for (let i = 0; i < 5; i++) await send({ from: 'alpha.1@example.com', subject: `Request ${i}`, text: `Request number ${i}.` });
    await processAll();
    await deliverAll();
    const to = fake.messages().map((m) => m.envelope.to[0]);
    expect(to.filter((a) => a === 'monitor@example.com')).toEqual([]);
    expect(to.filter((a) => a === 'alpha.1@example.com')).toHaveLength(3);
    const rows = (await t.sb.database.db.selectFrom('outbound_mail').selectAll().execute()) as Record<string, any>[];
    const held = rows.filter((r) => r.status === 'suppressed');
    expect(held.map((r) => r.last_error)).toEqual(expect.arrayContaining([expect.stringMatching(/^cap reached/)]));
  });

  it('retries a temporary refusal and sends the mail later', async () => {
    fake.reset();
    fake.rejectNext(1, 451);
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticketId}/messages`, { kind: 'reply', body: 'Second try.' });
    await deliverAll();
    expect(fake.messages()).toHaveLength(0);
    const queued = (await outboundOf(ticketId)).find((m: any) => m.status === 'queued');
    expect(queued).toMatchObject({ attempts: 1, lastError: expect.stringContaining('451') });
    t.clock.advance(60_000);
    await deliverAll();
    expect(fake.messages().map((m) => m.text.trim())).toEqual(['Second try.']);
  });

  it('words a client’s mail by its own template, with sender name and signature, and defaults elsewhere', async () => {
    fake.reset();
    const put = await t.call(t.world.tokens.owner, 'PUT', `/api/v1/mail/templates/resolved?organizationId=${t.world.b.id}`, { subject: '{{number}} is done', body: 'Dear {{contactName}}, we closed "{{subject}}".', fromName: 'Bravo Care Team', signature: 'Bravo Care, 24/7' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const list = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/mail/templates?organizationId=${t.world.b.id}`)).body.items;
    expect(list.map((x: any) => [x.event, x.source])).toEqual([['reply', 'default'], ['created', 'default'], ['acknowledged', 'default'], ['resolved', 'client'], ['fraud_warning', 'default']]);
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/mail/templates')).status).toBe(403);
    const bravo = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, contactId: t.world.b.contactId, subject: 'Scanner offline' })).body;
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${bravo.id}`, { status: 'resolved' });
    await deliverAll();
    expect(fake.messages().map((m) => m.headers.subject)).toContain(`[${bravo.number}] Scanner offline`);
    const resolved = fake.messages().find((m) => /is done$/.test(m.headers.subject));
    expect(resolved).toBeDefined();
    expect(resolved!.headers.from).toBe('Bravo Care Team <help@msp.example>');
    expect(resolved!.headers['auto-submitted']).toBe('auto-generated');
    expect(resolved!.text).toContain('Dear bravo Alice, we closed "Scanner offline".');
    expect(resolved!.text).toContain('-- \r\nBravo Care, 24/7');
  });
});
