import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

/**
 * Intake through a real SMTP conversation: nodemailer talks to the built-in listener on loopback;
 * the listener stores, answers 250, and the intake worker files the message.
 */
describe.each(DIALECTS)('mail intake over SMTP on %s', (dialect) => {
  let t: TestApp;
  let smtp: Transporter;
  let mailboxId: string;

  const send = (mail: Parameters<Transporter['sendMail']>[0]) => smtp.sendMail({ to: 'help@msp.example', ...mail });
  const rows = () => t.sb.database.db.selectFrom('inbound_messages').selectAll().execute() as Promise<Record<string, any>[]>;
  const mailOf = async (ticketId: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticketId}/mail`)).body;
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-max-bytes': String(256 * 1024), 'secret-key': 'x'.repeat(40) });
    const created = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'Help@msp.example', kind: 'smtp', teamId: t.world.teamId, defaultPriority: 'P2' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    mailboxId = created.body.id;
    smtp = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  it('stores the raw message before answering 250, then opens a ticket for the contact’s client', async () => {
    const info = await send({ from: 'Alpha Alice <alpha.0@example.com>', subject: 'Printer on fire', text: 'The printer on floor 2 is on fire.\n\nSent from my iPhone', messageId: '<first@example.com>' });
    expect(info.response).toMatch(/^250 /);
    const stored = (await rows()).find((r) => r.message_id === 'first@example.com')!;
    expect(stored).toMatchObject({ mailbox_id: mailboxId, state: 'stored', source: 'smtp' });
    await processAll();
    const row = (await rows()).find((r) => r.message_id === 'first@example.com')!;
    expect(row).toMatchObject({ state: 'processed', disposition: 'created', contact_id: t.world.a.contactId, organization_id: t.world.a.id });
    const ticket = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${row.ticket_id}`)).body;
    expect(ticket).toMatchObject({ organizationId: t.world.a.id, contactId: t.world.a.contactId, channel: 'email', priority: 'P2', teamId: t.world.teamId, subject: 'Printer on fire' });
    const messages = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${row.ticket_id}/messages`)).body.items;
    expect(messages.map((m: any) => [m.kind, m.body])).toEqual([['description', 'The printer on floor 2 is on fire.']]);
    const mail = await mailOf(row.ticket_id);
    expect(mail.inbound[0]).toMatchObject({ disposition: 'created', why: { by: 'sender', match: 'contact' }, fullText: expect.stringContaining('Sent from my iPhone'), visibleText: 'The printer on floor 2 is on fire.' });
  });

  it('threads a reply by the ticket token in its subject, keeps its attachment, and serves it as a download', async () => {
    const first = (await rows()).find((r) => r.message_id === 'first@example.com')!;
    const number = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${first.ticket_id}`)).body.number;
    await send({ from: 'alpha.0@example.com', subject: `Re: [${number}] Printer on fire`, text: 'Photo attached.', attachments: [{ filename: 'fire <1>.png', content: Buffer.from('not really a png'), contentType: 'image/png' }] });
    await processAll();
    const mail = await mailOf(first.ticket_id);
    const reply = mail.inbound.find((m: any) => m.disposition === 'threaded');
    expect(reply.why).toEqual({ by: 'token', token: number });
    expect(reply.attachments).toEqual([expect.objectContaining({ filename: 'fire <1>.png', contentType: 'image/png', size: 16, stored: true })]);
    const download = await t.sb.app.inject({ method: 'GET', url: `/api/v1/mail/attachments/${reply.attachments[0].id}`, headers: { authorization: `Bearer ${t.world.tokens.technician}` } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="fire <1>.png"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.body).toBe('not really a png');
    const client = await t.sb.app.inject({ method: 'GET', url: `/api/v1/mail/attachments/${reply.attachments[0].id}`, headers: { authorization: `Bearer ${t.world.a.clientAdminToken}` } });
    expect(client.statusCode).toBe(403);
  });

  it('threads by In-Reply-To against a message id it received, never by subject alone', async () => {
    const first = (await rows()).find((r) => r.message_id === 'first@example.com')!;
    await send({ from: 'alpha.0@example.com', subject: 'Printer on fire', text: 'Still burning.', inReplyTo: '<first@example.com>', references: ['<first@example.com>'] });
    await send({ from: 'alpha.0@example.com', subject: 'Printer on fire', text: 'A new fire, same subject.' });
    await processAll();
    const mail = await mailOf(first.ticket_id);
    expect(mail.inbound.filter((m: any) => m.disposition === 'threaded').map((m: any) => m.why)).toContainEqual({ by: 'header', messageId: 'first@example.com' });
    const sameSubject = (await rows()).find((r) => r.visible_text === 'A new fire, same subject.')!;
    expect(sameSubject.disposition).toBe('created');
    expect(sameSubject.ticket_id).not.toBe(first.ticket_id);
  });

  it('stores a message sent twice once and opens one ticket', async () => {
    const mail = { from: 'alpha.1@example.com', subject: 'VPN down', text: 'No VPN.', messageId: '<twice@example.com>', date: new Date('2026-03-02T10:00:00Z') };
    await send(mail);
    await send(mail);
    await processAll();
    const twice = (await rows()).filter((r) => r.message_id === 'twice@example.com');
    expect(twice).toHaveLength(1);
    expect(twice[0].disposition).toBe('created');
  });

  it('notes a reply from outside the ticket’s client instead of attaching it as the client’s', async () => {
    const first = (await rows()).find((r) => r.message_id === 'first@example.com')!;
    const number = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${first.ticket_id}`)).body.number;
    await send({ from: 'bravo.0@example.com', subject: `Re: [${number}] Printer on fire`, text: 'I am from another client.' });
    await processAll();
    const row = (await rows()).find((r) => r.visible_text === 'I am from another client.')!;
    expect(row.disposition).toBe('note');
    expect(JSON.parse(row.disposition_detail)).toMatchObject({ by: 'outside_sender', senderOrganizationId: t.world.b.id });
    const notes = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${first.ticket_id}/messages`)).body.items.filter((m: any) => m.kind === 'note');
    expect(notes.map((m: any) => m.body)).toEqual(['I am from another client.']);
  });

  it('puts unknown senders in the triage queue, and files the message once a contact is made from it', async () => {
    await send({ from: 'Stranger Danger <stranger@newclient.example>', subject: 'Hello?', text: 'Can you help us?' });
    await processAll();
    const triage = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/mail/triage')).body.items;
    const item = triage.find((m: any) => m.from.address === 'stranger@newclient.example');
    expect(item).toMatchObject({ disposition: 'triage', ticketId: null, why: { by: 'unknown_sender', why: 'no_match' } });
    const filed = await t.call(t.world.tokens.technician, 'POST', `/api/v1/mail/triage/${item.id}/contact`, { organizationId: t.world.b.id });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    expect(filed.body).toMatchObject({ disposition: 'created', organizationId: t.world.b.id });
    const contact = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/contacts/${filed.body.contactId}`)).body;
    expect(contact).toMatchObject({ name: 'Stranger Danger', emails: ['stranger@newclient.example'], organizationId: t.world.b.id });
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/mail/triage')).body.items.find((m: any) => m.id === item.id)).toBeUndefined();
  });

  it('matches a new sender at a client’s domain to that client, without a contact', async () => {
    await send({ from: 'newhire@example.com', subject: 'Domain match?', text: 'example.com is shared by both test clients.' });
    await send({ from: 'someone@gmail.com', subject: 'Free mail', text: 'hi' });
    await processAll();
    const all = await rows();
    expect(all.find((r) => r.from_address === 'newhire@example.com')).toMatchObject({ disposition: 'triage' });
    expect(JSON.parse(all.find((r) => r.from_address === 'newhire@example.com')!.disposition_detail)).toMatchObject({ why: 'ambiguous_domain' });
    expect(JSON.parse(all.find((r) => r.from_address === 'someone@gmail.com')!.disposition_detail)).toMatchObject({ why: 'free_mail' });
  });

  it('suppresses an out-of-office reply that belongs to no ticket', async () => {
    await send({ from: 'alpha.0@example.com', subject: 'Automatic reply: Your request', text: 'I am out of the office.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await processAll();
    const row = (await rows()).find((r) => r.subject === 'Automatic reply: Your request')!;
    expect(row).toMatchObject({ disposition: 'suppressed', ticket_id: null });
    expect(JSON.parse(row.disposition_detail)).toMatchObject({ by: 'auto', kind: 'vacation' });
  });

  it('refuses unknown recipients with 550 and messages over the size limit with 552', async () => {
    await expect(smtp.sendMail({ from: 'alpha.0@example.com', to: 'nobody@msp.example', subject: 'x', text: 'x' })).rejects.toMatchObject({ responseCode: 550 });
    await expect(send({ from: 'alpha.0@example.com', subject: 'huge', text: 'x'.repeat(300 * 1024) })).rejects.toMatchObject({ responseCode: 552 });
    expect((await rows()).find((r) => r.subject === 'huge')).toBeUndefined();
  });

  it('keeps the mailbox’s status: last message and success', async () => {
    const mailbox = (await t.call(t.world.tokens.admin, 'GET', `/api/v1/mailboxes/${mailboxId}`)).body;
    expect(mailbox.status).toMatchObject({ health: 'ok', lastMessageAt: expect.any(String), lastError: null });
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/mailboxes')).status).toBe(403);
    // Receiving only: the portal must not promise answers by email.
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/mail/outbound')).body).toEqual({ sendsEmail: false });
  });
});
