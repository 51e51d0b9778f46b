import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { FakeTwilio } from '../../../test/support/fake-twilio.js';

/**
 * "Send me a test page": a real notification through the outbox and the delivery worker to a fake
 * provider on loopback, marked as a test, with its delivery result readable afterwards.
 */
describe.each(DIALECTS)('test pages on %s', (dialect) => {
  let t: TestApp;
  const main = new FakeTwilio({ accountSid: `AC${'3'.repeat(32)}`, authToken: 'main-token-0123456789' });
  const spare = new FakeTwilio({ accountSid: `AC${'4'.repeat(32)}`, authToken: 'spare-token-0123456789' });
  const smtp = new FakeSmtp();
  const PHONE = '+15555550142';
  let me: string;
  let token: string;
  let sms: any;
  let voice: any;
  let email: any;

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': 'a-test-secret-that-is-long-enough-0123', 'allow-private-destinations': 'true' });
    const owner = t.world.tokens.owner;
    for (const [fake, name, position] of [[main, 'Twilio main', 0], [spare, 'Twilio spare', 1]] as const) {
      const r = await t.call(owner, 'POST', '/api/v1/providers', { name, kind: 'twilio', position, settings: { accountSid: fake.accountSid, authToken: fake.authToken, from: '+15005550006', baseUrl: await fake.start() } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const smtpUrl = new URL(await smtp.start());
    await t.call(owner, 'POST', '/api/v1/providers', { name: 'Mail relay', kind: 'smtp', settings: { host: smtpUrl.hostname, port: Number(smtpUrl.port), secure: false, from: 'Switchboard <paging@msp.example>' } });
    me = t.world.staffIds.technician;
    token = t.world.tokens.technician;
    sms = (await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods`, { method: 'sms', address: PHONE })).body;
    voice = (await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods`, { method: 'voice', address: PHONE, delayMinutes: 3 })).body;
    email = (await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods`, { method: 'email', address: 'tech.pager@msp.example' })).body;
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([main.stop(), spare.stop(), smtp.stop()]);
  });

  const deliver = () => t.sb.delivery!.runOnce();
  const pages = async () => (await t.call(token, 'GET', `/api/v1/users/${me}/test-pages`)).body.items;

  it('texts the number at once, marked as a test, and shows the provider’s acceptance', async () => {
    const queued = await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${sms.id}/test`);
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    expect(queued.body).toMatchObject({ method: 'sms', address: PHONE, status: 'queued', attempts: [] });
    expect(main.sms()).toEqual([]);
    await deliver();
    expect(main.sms().map((m) => m.to)).toEqual([PHONE]);
    expect(main.sms()[0].body).toMatch(/^Switchboard test page for The technician by SMS, 14:00 UTC 2026-03-02\. Nothing to do/);
    expect(main.sms()[0].body).not.toMatch(/ack/i);
    const [latest] = await pages();
    expect(latest).toMatchObject({ id: queued.body.id, status: 'sent', provider: 'Twilio main', lastError: null, sentAt: '2026-03-02T14:00:00.000Z' });
    expect(latest.attempts.map((a: any) => [a.provider, a.outcome])).toEqual([['Twilio main', 'sent']]);
  });

  it('calls without waiting for a keypress, ignoring the method’s paging delay', async () => {
    main.reset();
    t.clock.advance(120_000); // past the minute between two messages to one phone
    await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${voice.id}/test`);
    await deliver();
    expect(main.calls().map((c) => c.to)).toEqual([PHONE]);
    expect(main.calls()[0].twiml).toContain('Switchboard test page');
    expect(main.calls()[0].twiml).not.toContain('Gather');
  });

  it('mails the address, and records a provider that failed before the next one took it', async () => {
    await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${email.id}/test`);
    await deliver();
    expect(smtp.messages().map((m) => [m.envelope.to, m.headers.subject])).toEqual([[['tech.pager@msp.example'], 'Switchboard test page for The technician']]);
    main.reset();
    main.failNext(1, 503);
    t.clock.advance(120_000);
    await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${sms.id}/test`);
    await deliver();
    expect(spare.sms().map((m) => m.to)).toEqual([PHONE]);
    const [latest] = await pages();
    expect(latest).toMatchObject({ status: 'sent', provider: 'Twilio spare' });
    expect(latest.attempts.map((a: any) => [a.provider, a.outcome])).toEqual([['Twilio main', 'failed'], ['Twilio spare', 'sent']]);
  });

  it('sends one test page to an address at a time, and nothing to a missing method', async () => {
    t.clock.advance(120_000);
    expect((await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${sms.id}/test`)).status).toBe(202);
    const again = await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/${sms.id}/test`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('test_page_pending');
    await deliver();
    expect((await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods/no-such-method/test`)).status).toBe(404);
    expect((await pages()).length).toBe(5);
  });

  it('pages a person’s test pages newest first with a signed cursor, which no other list takes', async () => {
    const all = await pages();
    const walked: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.call(token, 'GET', `/api/v1/users/${me}/test-pages?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked.map((p) => p.id)).toEqual(all.map((p: any) => p.id));
    expect(new Set(walked.map((p) => p.id)).size).toBe(5);
    const second = (await t.call(token, 'GET', `/api/v1/users/${me}/test-pages?limit=2`)).body.nextCursor;
    const elsewhere = await t.call(t.world.tokens.owner, 'GET', `/api/v1/audit?cursor=${encodeURIComponent(second)}`);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.code).toBe('invalid_cursor');
  });

  it('lets a person test only their own methods, an owner or admin anyone’s, and a client nobody’s', async () => {
    const other = t.world.staffIds.manager;
    const method = (await t.call(t.world.tokens.manager, 'POST', `/api/v1/users/${other}/contact-methods`, { method: 'email', address: 'manager.pager@msp.example' })).body;
    expect((await t.call(token, 'POST', `/api/v1/users/${other}/contact-methods/${method.id}/test`)).status).toBe(403);
    expect((await t.call(token, 'GET', `/api/v1/users/${other}/test-pages`)).status).toBe(403);
    expect((await t.call(t.world.tokens.admin, 'POST', `/api/v1/users/${other}/contact-methods/${method.id}/test`)).status).toBe(202);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/users/${other}/test-pages`)).status).toBe(404);
    expect((await t.call(t.world.a.clientAdminToken, 'POST', `/api/v1/users/${other}/contact-methods/${method.id}/test`)).status).toBe(404);
  });

  it('never lets a test page end up on a ticket, and a ladder’s page is unaffected by it', async () => {
    const ticket = (await t.call(token, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Printer jam', priority: 'P4' })).body;
    expect((await t.call(token, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body).toEqual({ items: [], notifications: [] });
  });
});
