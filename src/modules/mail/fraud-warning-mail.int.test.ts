import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { bounceFor } from '../../../test/support/bounce-report.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { parseMessage } from './parse-message.js';
import { danaLookalike, receiveMail, setUpFraudDesk, type FraudDesk } from '../../../test/support/fraud-desk.js';

/**
 * A confirmed fraud warns the client's people by email (issue 15, item 8): publishing the warning
 * mails every contact of that client on file, through the outbox and a real SMTP server on
 * loopback, past the hourly cap; rewording or ending it mails nothing.
 */
describe.each(DIALECTS)('fraud warnings by email on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let inbound: Transporter;
  let desk: FraudDesk;

  const tech = () => t.world.tokens.technician;
  const ok = async (method: string, url: string, body?: unknown) => {
    const r = await t.call(tech(), method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const deliverAll = async () => {
    while ((await t.sb.outbound!.runOnce()) > 0);
  };
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };
  const outboundOf = async (ticketId: string) => (await ok('GET', `/api/v1/tickets/${ticketId}/mail`)).outbound as any[];
  /** A captured mail's subject as a mail client shows it (long subjects go out as RFC 2047 encoded words). */
  const subjectOf = async (raw: string) => {
    const parsed = await parseMessage(Buffer.from(raw));
    if (!parsed.ok) throw new Error(parsed.refusal.detail);
    return parsed.message.subject;
  };
  const contact = (organizationId: string, name: string, emails: string[]) => ok('POST', '/api/v1/contacts', { organizationId, name, emails });

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    // A cap of one automatic mail per address and hour: the ticket's acknowledgement uses it up.
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-auto-per-hour': '1', 'secret-key': 's'.repeat(40) });
    desk = await setUpFraudDesk(t);
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    inbound = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    inbound?.close();
    await t?.close();
    await fake?.stop();
  });

  it('mails a published warning once to each of the client’s contacts on file, uncapped, and to no one else', async () => {
    const { pinecrest } = desk;
    // The directory beyond Luis and Dana: two people sharing one address, one without an address,
    // a former employee (archived), and one whose address bounced permanently.
    await contact(pinecrest.id, 'Accounts Payable A', ['accounts@pinecrestlogistics.com']);
    await contact(pinecrest.id, 'Accounts Payable B', ['accounts@pinecrestlogistics.com']);
    await contact(pinecrest.id, 'Sam Noaddress', []);
    const olga = await contact(pinecrest.id, 'Olga Former', ['olga.former@pinecrestlogistics.com']);
    await ok('POST', `/api/v1/contacts/${olga.id}/archive`);
    const pat = await contact(pinecrest.id, 'Pat Kim', ['pat.kim@pinecrestlogistics.com']);
    const patTicket = await ok('POST', '/api/v1/tickets', { organizationId: pinecrest.id, contactId: pat.id, subject: 'Printer jam' });
    await deliverAll();
    const patMail = (await outboundOf(patTicket.id))[0];
    await inbound.sendMail({ envelope: { from: '', to: ['help@msp.example'] }, raw: bounceFor(patMail.messageId, 'pat.kim@pinecrestlogistics.com') });
    await processAll();

    // The wire-fraud mail: its ticket's acknowledgement reaches Luis, which spends his hourly cap.
    fake.reset();
    const { ticket } = await receiveMail(t, pinecrest.id, pinecrest.luis, danaLookalike());
    await ok('PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open' });
    await deliverAll();
    expect(fake.messages().map((m) => [m.envelope.to[0], m.headers['auto-submitted']])).toEqual([['luis.ortega@pinecrestlogistics.com', 'auto-replied']]);
    expect((await outboundOf(ticket.id)).find((m) => m.event === 'acknowledged')).toMatchObject({ status: 'suppressed', lastError: expect.stringMatching(/^cap reached: 1 automatic mails/) });

    const flag = (await ok('GET', `/api/v1/tickets/${ticket.id}/verification`)).flags[0];
    await ok('POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: pinecrest.danaPhone });
    fake.reset();
    const text = 'A message pretending to be from Dana Whitfield asked Accounts to wire $128,500 to new bank details. It is a fraud.';
    await ok('POST', '/api/v1/fraud-warnings', { flagId: flag.id, text });
    await deliverAll();

    const sent = fake.messages();
    expect(sent.map((m) => m.envelope.to).sort()).toEqual([['accounts@pinecrestlogistics.com'], ['dana.whitfield@pinecrestlogistics.com'], ['luis.ortega@pinecrestlogistics.com']]);
    for (const m of sent) {
      expect(await subjectOf(m.raw)).toBe('Security warning from Help desk: do not act on a message about "Urgent: supplier payment today"');
      expect(m.headers.from).toBe('Help desk <help@msp.example>');
      expect(m.headers['auto-submitted']).toBe('auto-generated');
      expect(m.headers['in-reply-to']).toBeUndefined();
      expect(m.text.replace(/\r\n/g, '\n')).toContain(`${text}\n`);
      expect(m.text).toMatch(/Do not pay anything/);
    }
    expect(sent.find((m) => m.envelope.to[0] === 'luis.ortega@pinecrestlogistics.com')!.text).toContain('Hello Luis Ortega,');
    const warnings = (await outboundOf(ticket.id)).filter((m) => m.event === 'fraud_warning');
    expect(warnings.map((m) => [m.to, m.status, m.lastError]).sort()).toEqual([
      ['accounts@pinecrestlogistics.com', 'sent', null],
      ['dana.whitfield@pinecrestlogistics.com', 'sent', null],
      ['luis.ortega@pinecrestlogistics.com', 'sent', null],
      ['pat.kim@pinecrestlogistics.com', 'suppressed', 'the address bounced permanently'],
    ]);
    expect(warnings.every((m) => m.kind === 'notification' && m.auto === true)).toBe(true);

    // Rewording and ending the warning, and later changes to the ticket, send nothing more.
    fake.reset();
    const id = (await ok('GET', `/api/v1/fraud-warnings?organizationId=${pinecrest.id}`)).items[0].id;
    await ok('PATCH', `/api/v1/fraud-warnings/${id}`, { text: 'Do not pay the “new account” in Dana Whitfield’s name.' });
    await ok('PATCH', `/api/v1/fraud-warnings/${id}`, { active: false });
    await ok('POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'Client told by phone as well.' });
    await deliverAll();
    expect(fake.messages()).toEqual([]);
    expect((await outboundOf(ticket.id)).filter((m) => m.event === 'fraud_warning')).toHaveLength(4);
  });

  it('words the warning by the client’s own template, for a flag raised by hand on a ticket without a contact', async () => {
    const { harbor } = desk;
    const put = await t.call(t.world.tokens.owner, 'PUT', `/api/v1/mail/templates/fraud_warning?organizationId=${harbor.id}`, {
      subject: 'Harbor Dental security notice: {{subject}}',
      body: 'Dear {{contactName}},\n\n{{warning}}\n\nRing the practice line you know before paying anyone.',
      signature: 'Harbor IT desk',
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const templates = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/mail/templates?organizationId=${harbor.id}`)).body.items;
    expect(templates.find((x: any) => x.event === 'fraud_warning')).toMatchObject({ source: 'client', subject: 'Harbor Dental security notice: {{subject}}' });

    const ticket = await ok('POST', '/api/v1/tickets', { organizationId: harbor.id, subject: 'Call about the lab invoice', channel: 'phone' });
    const flag = await ok('POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'Caller asked to change the bank account for the dental lab', purportedSender: { name: 'Maria Lopez', address: 'maria.lopez@harbordental.com' } });
    await ok('POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: '0113 496 0001' });
    fake.reset();
    await ok('POST', '/api/v1/fraud-warnings', { flagId: flag.id, text: 'Someone phoned as Maria asking to change the lab’s bank details. It was not her.' });
    await deliverAll();

    const sent = fake.messages();
    expect(sent.map((m) => m.envelope.to[0]).sort()).toEqual(['alan.brooks@harbordental.com', 'maria.lopez@harbordental.com']);
    const alan = sent.find((m) => m.envelope.to[0] === 'alan.brooks@harbordental.com')!;
    expect(await subjectOf(alan.raw)).toBe('Harbor Dental security notice: Call about the lab invoice');
    expect(alan.text.replace(/\r\n/g, '\n')).toContain('Dear Dr. Alan Brooks,\n\nSomeone phoned as Maria asking to change the lab’s bank details. It was not her.\n\nRing the practice line you know before paying anyone.\n\n-- \nHarbor IT desk');
    // Pinecrest's people hear nothing of Harbor's fraud.
    expect(sent.some((m) => m.envelope.to[0].endsWith('@pinecrestlogistics.com'))).toBe(false);
  });
});
