import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeTwilio } from '../../../test/support/fake-twilio.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import type { DomainEvent } from '../../platform/events.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Paging end to end, through real servers on loopback: a Twilio-compatible SMS/voice API and an
 * SMTP server. Each asserts exactly which messages each device received, and that nothing else was.
 */
describe.each(DIALECTS)('paging through real providers on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  const primary = new FakeTwilio({ accountSid: `AC${'1'.repeat(32)}`, authToken: 'primary-auth-token' });
  const backup = new FakeTwilio({ accountSid: `AC${'2'.repeat(32)}`, authToken: 'backup-auth-token' });
  const smtp = new FakeSmtp();
  const LEAD = '+15555550101';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The fake Twilio APIs listen on loopback over plain http.
    t = await startTestApp(dialect, { 'secret-key': 'a-test-secret-that-is-long-enough-0123', 'public-url': base, 'allow-private-destinations': 'true' });
    await t.sb.app.listen({ host: '127.0.0.1', port });
    const owner = t.world.tokens.owner;
    const smtpUrl = new URL(await smtp.start());
    for (const [fake, name, position] of [[primary, 'Twilio main', 0], [backup, 'Twilio backup', 1]] as const) {
      const r = await t.call(owner, 'POST', '/api/v1/providers', { name, kind: 'twilio', position, settings: { accountSid: fake.accountSid, authToken: fake.authToken, from: '+15005550006', baseUrl: await fake.start(), statusCallbackUrl: `${base}/api/v1/webhooks/twilio/status` } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    await t.call(owner, 'POST', '/api/v1/providers', { name: 'Mail relay', kind: 'smtp', settings: { host: smtpUrl.hostname, port: Number(smtpUrl.port), secure: false, from: 'Switchboard <paging@msp.example>' } });
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Std', targets: TARGETS })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.admin}/contact-methods`, { method: 'sms', address: LEAD, delayMinutes: 0 });
    await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.admin}/contact-methods`, { method: 'voice', address: LEAD, delayMinutes: 2 });
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Critical',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 5, delayKind: 'wall', targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 15, delayKind: 'wall', targets: [{ type: 'role', role: 'owner' }] },
      ],
    });
    expect(ladder.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([primary.stop(), backup.stop(), smtp.stop()]);
  });

  const run = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    await t.sb.engine!.engine.runOnce();
    await t.sb.delivery!.runOnce();
  };
  const open = async (subject: string) =>
    (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, priority: 'P1', businessCritical: true, teamId: t.world.teamId })).body;
  const reset = () => [primary, backup].forEach((f) => f.reset());

  it('texts the lead, calls after two minutes, and an SMS reply acknowledges: the owner is never paged', async () => {
    reset();
    const ticket = await open('Core switch down');
    await run(4);
    expect(primary.sms()).toEqual([]);
    await run(1);
    expect(primary.sms().map((m) => [m.to, m.body.includes(`SB-${ticket.number.split('-')[1]}`) || m.body.includes('Core switch down')])).toEqual([[LEAD, true]]);
    expect(primary.calls()).toEqual([]);
    await run(2);
    expect(primary.calls().map((c) => c.to)).toEqual([LEAD]);
    expect(primary.calls()[0].twiml).toContain('Press 1 to acknowledge');
    const answer = await primary.reply(LEAD, 'ACK', `${base}/api/v1/webhooks/twilio/sms`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('acknowledged');
    await run(30);
    expect(smtp.messages()).toEqual([]);
    expect(primary.sms()).toHaveLength(1);
    expect(backup.sms()).toEqual([]);
    const ladders = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items;
    expect(ladders[0]).toMatchObject({ state: 'acknowledged', acknowledgedBy: t.world.staffIds.admin });
  });

  it('acknowledges by a keypress on the call, and by the button of the signed link’s page; opening the link or a forged one does nothing', async () => {
    reset();
    const first = await open('Firewall rebooting in a loop');
    await run(5);
    await run(2);
    const call = primary.calls()[0];
    const gather = /action="([^"]+)"/.exec(call.twiml ?? '')![1].replace(/&amp;/g, '&');
    const pressed = await primary.press(call.sid, '1', gather);
    expect(pressed.body).toContain('Acknowledged');
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${first.id}/escalations`)).body.items[0].state).toBe('acknowledged');

    reset();
    const second = await open('Backups failing');
    await run(5);
    const link = /(http:\/\/\S+\/ack\/\S+?)(?:\s|$)/.exec(primary.sms()[0].body)![1].replace(/[.,]$/, '');
    expect(link.startsWith(`${base}/ack/`)).toBe(true);
    const forged = await fetch(`${link.slice(0, -3)}abc`, { method: 'POST' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('This link is not valid');
    t.clock.advance(25 * 3600_000);
    const expired = await fetch(link, { method: 'POST' });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This link has expired');
    t.clock.advance(-25 * 3600_000);
    // Opening the link, as a phone or a link scanner does, only shows the page.
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('Backups failing');
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${second.id}/escalations`)).body.items[0].state).toBe('active');
    const tapped = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(tapped.status).toBe(200);
    expect(await tapped.text()).toContain('The escalation has stopped.');
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${second.id}/escalations`)).body.items[0].state).toBe('acknowledged');
  });

  it('fails over to the second provider when the first answers 503, and pages the owner by email when nobody acknowledges', async () => {
    reset();
    primary.failNext(1, 503);
    const ticket = await open('Email down for all staff');
    await run(5);
    expect(primary.sms()).toEqual([]);
    expect(backup.sms().map((m) => m.to)).toEqual([LEAD]);
    await run(20);
    await smtp.waitFor(1);
    expect(smtp.messages().map((m) => m.envelope.to)).toEqual([['owner@msp.example']]);
    expect(smtp.messages()[0].text).toContain('Email down for all staff');
    const notes = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.notifications;
    expect(notes.map((n: any) => [n.step, n.method, n.status, n.provider])).toEqual([
      [1, 'sms', 'sent', 'Twilio backup'],
      [1, 'voice', 'sent', expect.any(String)],
      [2, 'email', 'sent', 'Mail relay'],
    ]);
  });

  it('publishes each page’s delivery, the status the provider reports, and an acknowledgement by SMS as staff-only live events', async () => {
    reset();
    const seen: DomainEvent[] = [];
    const unsubscribe = t.sb.events.subscribe((e) => void (e.type.startsWith('escalation.') && seen.push(e)));
    const ticket = await open('Switch stack split');
    await run(5);
    const [sms] = primary.sms();
    expect((await primary.deliver(sms.sid)).status).toBe(204);
    await primary.reply(LEAD, 'ACK', `${base}/api/v1/webhooks/twilio/sms`);
    unsubscribe();
    const page = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.notifications.find((n: any) => n.method === 'sms');
    expect(seen.map((e) => [e.type, e.data.change ?? e.data.status])).toEqual([
      ['escalation.changed', 'paged'],
      ['escalation.page', 'sent'],
      ['escalation.page', 'reported:delivered'],
      ['escalation.changed', 'acknowledged'],
    ]);
    expect(seen.every((e) => e.ticketId === ticket.id && e.organizationId === t.world.a.id && e.internal)).toBe(true);
    expect(seen.filter((e) => e.type === 'escalation.page').map((e) => e.data.notificationId)).toEqual([page.id, page.id]);
  });

  it('refuses a callback with a bad signature, and acknowledges nothing', async () => {
    reset();
    const ticket = await open('Printer on fire');
    await run(5);
    const forged = await primary.reply(LEAD, 'ACK', `${base}/api/v1/webhooks/twilio/sms`, 'wrong-token');
    expect(forged.status).toBe(403);
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items[0].state).toBe('active');
  });
});

describe('delivery throttling', () => {
  it('does not call the same phone twice within a minute, nor text it twice within ten seconds', async () => {
    const { throttledUntil } = await import('./deliver.js');
    expect(throttledUntil('voice', 1_000, 30_000)).toBe(61_000);
    expect(throttledUntil('voice', 1_000, 61_000)).toBeNull();
    expect(throttledUntil('sms', 1_000, 5_000)).toBe(11_000);
    expect(throttledUntil('email', 1_000, 1_001)).toBeNull();
    expect(throttledUntil('sms', undefined, 5_000)).toBeNull();
  });
});

describe.each(DIALECTS)('ticket numbers in pages on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  const phone = new FakeTwilio({ accountSid: `AC${'3'.repeat(32)}`, authToken: 'prefix-auth-token' });
  const LEAD = '+15555550199';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The fake Twilio API listens on loopback over plain http.
    t = await startTestApp(dialect, { 'secret-key': 'a-test-secret-that-is-long-enough-0123', 'public-url': base, 'ticket-prefix': 'HD', 'allow-private-destinations': 'true' });
    await t.sb.app.listen({ host: '127.0.0.1', port });
    const owner = t.world.tokens.owner;
    const provider = await t.call(owner, 'POST', '/api/v1/providers', { name: 'Twilio', kind: 'twilio', settings: { accountSid: phone.accountSid, authToken: phone.authToken, from: '+15005550006', baseUrl: await phone.start() } });
    expect(provider.status, JSON.stringify(provider.body)).toBe(201);
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.admin}/contact-methods`, { method: 'sms', address: LEAD, delayMinutes: 0 });
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Critical', match: { trigger: 'created', businessCritical: true }, steps: [{ delayMinutes: 5, delayKind: 'wall', targets: [{ type: 'role', role: 'team_lead' }] }],
    });
    expect(ladder.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await phone.stop();
  });

  const run = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    await t.sb.engine!.engine.runOnce();
    await t.sb.delivery!.runOnce();
  };
  const open = async (subject: string) =>
    (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, priority: 'P1', businessCritical: true, teamId: t.world.teamId })).body;

  it('names the ticket with the configured prefix in the page, the bundle, the SMS answer and the one-tap link', async () => {
    const first = await open('Core switch down');
    expect(first.number).toMatch(/^HD-\d+$/);
    await run(5);
    const [page] = phone.sms();
    expect(page.body).toContain(`[${first.number}] P1 business-critical: Core switch down`);
    expect(page.body).not.toContain('SB-');
    const answer = await phone.reply(LEAD, 'ACK', `${base}/api/v1/webhooks/twilio/sms`);
    expect(answer.body).toContain(`Switchboard: ${first.number} acknowledged.`);

    phone.reset();
    const second = await open('Firewall rebooting in a loop');
    const third = await open('Backups failing');
    await run(5);
    const [bundle] = phone.sms();
    // The bundle lists its pages in the order they were claimed, which the databases do not fix.
    const listed = /2 tickets need you: (\S+), (\S+)\. /.exec(bundle.body)!.slice(1);
    expect(listed.sort()).toEqual([second.number, third.number].sort());
    const link = /(http:\/\/\S+\/ack\/\S+?)(?:\s|$)/.exec(bundle.body)![1].replace(/[.,]$/, '');
    const opened = await (await fetch(link)).text();
    const shown = listed.find((n) => opened.includes(n));
    expect(shown).toBeDefined();
    expect(opened).not.toContain('SB-');
    const tapped = await (await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).text();
    expect(tapped).toContain(`You acknowledged ${shown}. The escalation has stopped.`);
  });
});
