import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { signToken } from '../../platform/secrets.js';

const SECRET = 'v'.repeat(40);

/** A webhook receiver on 127.0.0.1: keeps each request's raw body and headers, answers the statuses it is told to, then 200. */
class Receiver {
  readonly requests: { headers: http.IncomingHttpHeaders; raw: string }[] = [];
  answers: number[] = [];
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      this.requests.push({ headers: request.headers, raw: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = this.answers.shift() ?? 200;
      response.end('{}');
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/status`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Subscriptions to the status pages (issue 12, item 3): signed webhooks delivered on the engine's
 * deadlines with retries (a real receiver on loopback checks the signature), a receiver that keeps
 * refusing stopped, and email subscriptions with double opt-in and an unsubscribe link in every
 * mail; a client's page is followed only by that client's people.
 */
describe.each(DIALECTS)('status page subscriptions on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let receiver: Receiver;
  let service: string;
  let onlyB: string;
  const tech = () => t.world.tokens.technician;
  const page = (method: 'GET' | 'POST', url: string) => t.sb.app.inject({ method, url: url.replace('https://desk.msp.example', ''), ...(method === 'POST' ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' } : {}) });
  /** Runs the engine's due deadlines and waits for the POSTs they started. */
  const deliver = async () => {
    await t.sb.engine!.engine.runOnce();
    await t.sb.engine!.statusWebhooks.settled();
  };
  const mailsTo = async (address: string) => {
    while ((await t.sb.outbound!.runOnce()) > 0);
    return fake.messages().filter((m) => m.envelope.to.includes(address));
  };

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    receiver = new Receiver();
    await receiver.start();
    t = await startTestApp(dialect, { roles: 'api,engine', 'secret-key': SECRET, 'public-url': 'https://desk.msp.example', 'allow-private-destinations': 'true' });
    const owner = t.world.tokens.owner;
    expect((await t.call(owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } })).status).toBe(201);
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    onlyB = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Backups' })).body.id;
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: t.world.a.id, criticality: 'high' });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: onlyB, organizationId: t.world.b.id });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
    await receiver?.stop();
  });
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.answers = [];
  });

  const declare = async (serviceId = service) => (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [serviceId], title: 'Northwind desktops down', summary: 'Down.' })).body;
  const subscribeHook = async (organizationId?: string | null, token = tech()) => {
    const made = await t.call(token, 'POST', '/api/v1/status-subscriptions', { kind: 'webhook', url: receiver.url, organizationId });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body as { id: string; secret: string };
  };

  it('POSTs each update to a webhook, signed with HMAC-SHA256 of the raw body, with the timestamp the body carries', async () => {
    const hook = await subscribeHook();
    expect(hook.secret).toMatch(/^sbw_/);
    // The secret is shown once: lists never carry it.
    expect(JSON.stringify((await t.call(tech(), 'GET', '/api/v1/status-subscriptions')).body)).not.toContain(hook.secret);
    const incident = await declare();
    const update = (await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Back by 18:00.' })).body;
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    const { headers, raw } = receiver.requests[0];
    expect(headers['x-switchboard-signature']).toBe(`sha256=${createHmac('sha256', hook.secret).update(raw).digest('hex')}`);
    const body = JSON.parse(raw);
    expect(body).toMatchObject({ type: 'incident.update', incident: { id: incident.id, title: 'Northwind desktops down', status: 'open' }, update: { id: update.id, body: 'Back by 18:00.' }, statusPageUrl: 'https://desk.msp.example/status' });
    expect(headers['x-switchboard-timestamp']).toBe(String(Math.floor(Date.parse(body.sentAt) / 1000)));
    expect(headers['x-switchboard-delivery']).toBe(body.id);
    // Delivered once: the engine has nothing more to send.
    t.clock.advance(3_600_000);
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    await t.call(tech(), 'DELETE', `/api/v1/status-subscriptions/${hook.id}`);
  });

  it('retries a delivery the receiver answered 500, with back-off, the same delivery id each time', async () => {
    const hook = await subscribeHook();
    receiver.answers = [500, 503];
    const incident = await declare();
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Still down.' });
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    // Not before the back-off: 30 s after the first attempt, then 60 s after the second.
    t.clock.advance(29_000);
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    t.clock.advance(1_000);
    await deliver();
    expect(receiver.requests).toHaveLength(2);
    t.clock.advance(60_000);
    await deliver();
    expect(receiver.requests).toHaveLength(3);
    const ids = receiver.requests.map((r) => JSON.parse(r.raw).id);
    expect(new Set(ids).size).toBe(1);
    t.clock.advance(3_600_000);
    await deliver();
    expect(receiver.requests).toHaveLength(3);
    const listed = (await t.call(tech(), 'GET', '/api/v1/status-subscriptions')).body.items.find((s: { id: string }) => s.id === hook.id);
    expect(listed).toMatchObject({ state: 'active', failures: 0 });
    await t.call(tech(), 'DELETE', `/api/v1/status-subscriptions/${hook.id}`);
  });

  it('stops a webhook whose receiver refused three deliveries in a row (a 4xx is not retried)', async () => {
    const hook = await subscribeHook();
    receiver.answers = [410, 404, 400];
    const incident = await declare();
    for (const body of ['one', 'two', 'three']) {
      await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body });
      await deliver();
      t.clock.advance(3_600_000);
      await deliver();
    }
    expect(receiver.requests).toHaveLength(3);
    const listed = (await t.call(tech(), 'GET', '/api/v1/status-subscriptions')).body.items.find((s: { id: string }) => s.id === hook.id);
    expect(listed.state).toBe('stopped');
    expect(listed.stopReason).toContain('HTTP 400');
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'four' });
    await deliver();
    expect(receiver.requests).toHaveLength(3);
  });

  it('tells a client’s webhook only of the incidents that touch that client, and lets only its people subscribe', async () => {
    expect((await t.call(t.world.b.clientUserToken, 'POST', '/api/v1/status-subscriptions', { kind: 'webhook', url: receiver.url, organizationId: t.world.a.id })).status).toBe(403);
    // Left out, a client user's page is their own client's.
    const hook = await subscribeHook(undefined, t.world.b.clientUserToken);
    const incident = await declare(); // touches client a only
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Only a.' });
    await deliver();
    expect(receiver.requests).toHaveLength(0);
    const onB = await declare(onlyB);
    await t.call(tech(), 'POST', `/api/v1/incidents/${onB.id}/updates`, { body: 'Backups paused.' });
    await deliver();
    expect(receiver.requests).toHaveLength(1);
    expect(JSON.parse(receiver.requests[0].raw).statusPageUrl).toMatch(/^https:\/\/desk\.msp\.example\/status\/c\//);
    // b's user sees b's subscriptions only, and cannot end another client's.
    const aHook = await subscribeHook(t.world.a.id);
    const bList = (await t.call(t.world.b.clientUserToken, 'GET', '/api/v1/status-subscriptions')).body.items.map((s: { id: string }) => s.id);
    expect(bList).toContain(hook.id);
    expect(bList).not.toContain(aHook.id);
    expect((await t.call(t.world.b.clientUserToken, 'DELETE', `/api/v1/status-subscriptions/${aHook.id}`)).status).toBe(404);
    await t.call(tech(), 'DELETE', `/api/v1/status-subscriptions/${hook.id}`);
    await t.call(tech(), 'DELETE', `/api/v1/status-subscriptions/${aHook.id}`);
  });

  it('mails updates to a confirmed email subscriber only, each with a link that unsubscribes', async () => {
    const address = 'alpha.0@example.com';
    const client = t.world.a.clientUserToken;
    expect((await t.call(client, 'POST', '/api/v1/status-subscriptions', { kind: 'email', email: 'stranger@elsewhere.example' })).body).toMatchObject({ code: 'not_a_contact', field: '/email' });
    const made = await t.call(client, 'POST', '/api/v1/status-subscriptions', { kind: 'email', email: address });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ state: 'pending', organizationId: t.world.a.id, email: address });
    const confirmMail = (await mailsTo(address)).find((m) => m.headers.subject === 'Confirm your status updates subscription')!;
    const confirm = confirmMail.text.match(/https:\/\/desk\.msp\.example\/status\/subscriptions\/confirm\/[A-Za-z0-9_.-]+/)![0];
    expect(confirmMail.text).toMatch(/\/status\/subscriptions\/unsubscribe\//);

    // Pending: an update is not mailed to it.
    const incident = await declare();
    fake.reset();
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Not for the unconfirmed.' });
    expect((await mailsTo(address)).filter((m) => m.headers.subject === 'Update: Northwind desktops down' && m.text.includes('Unsubscribe'))).toHaveLength(0);

    // Opening the link only asks (mail scanners fetch links); the button's POST confirms.
    const asked = await page('GET', confirm);
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('<form method="post">');
    expect((await t.call(client, 'GET', '/api/v1/status-subscriptions')).body.items.find((x: { id: string }) => x.id === made.body.id).state).toBe('pending');
    expect((await page('POST', confirm)).body).toContain('Subscribed');
    expect((await t.call(client, 'GET', '/api/v1/status-subscriptions')).body.items.find((x: { id: string }) => x.id === made.body.id).state).toBe('active');

    fake.reset();
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Back by 18:00.' });
    const updates = (await mailsTo(address)).filter((m) => m.text.includes('Unsubscribe:'));
    expect(updates).toHaveLength(1);
    expect(updates[0].text).toContain('Back by 18:00.');
    const unsubscribe = updates[0].text.match(/https:\/\/desk\.msp\.example\/status\/subscriptions\/unsubscribe\/[A-Za-z0-9_.-]+/)![0];
    expect((await page('POST', unsubscribe)).body).toContain('Unsubscribed');

    fake.reset();
    await t.call(tech(), 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'After unsubscribing.' });
    expect((await mailsTo(address)).filter((m) => m.text.includes('Unsubscribe:'))).toHaveLength(0);
    // A tampered link is refused.
    expect((await page('GET', `${unsubscribe.slice(0, -3)}abc`)).statusCode).toBe(403);
  });

  it('takes an email from the status pages’ own form: anyone on the public page, only the client’s contacts on its signed page', async () => {
    const form = (url: string, email: string) => t.sb.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ email }).toString() });
    const pub = await t.sb.app.inject({ method: 'GET', url: '/status' });
    expect(pub.body).toContain('<form class="subscribe" method="post" action="/status/subscribe"');
    expect(pub.headers['content-security-policy']).toContain("form-action 'self'");
    const asked = await form('/status/subscribe', 'Reader@Elsewhere.example');
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Check your mail');
    const confirm = (await mailsTo('reader@elsewhere.example')).find((m) => m.headers.subject === 'Confirm your status updates subscription');
    expect(confirm?.text).toContain('our service status page');
    const listed = (await t.call(tech(), 'GET', '/api/v1/status-subscriptions')).body.items.find((x: any) => x.email === 'reader@elsewhere.example');
    expect(listed).toMatchObject({ organizationId: null, state: 'pending' });

    // A client's signed page: its contacts only.
    const link = `/status/c/${signToken(SECRET, { status: t.world.a.id }, t.clock.now() + 3_600_000)}`;
    expect((await t.sb.app.inject({ method: 'GET', url: link })).body).toContain(`action="${link}/subscribe"`);
    const stranger = await form(`${link}/subscribe`, 'reader@elsewhere.example');
    expect(stranger.statusCode).toBe(422);
    expect(stranger.body).toContain('not one of theirs on file');
    expect((await form(`${link}/subscribe`, 'alpha.1@example.com')).statusCode).toBe(200);
    expect((await t.call(tech(), 'GET', `/api/v1/status-subscriptions?organizationId=${t.world.a.id}`)).body.items.find((x: any) => x.email === 'alpha.1@example.com')).toMatchObject({ state: 'pending' });
    expect((await form('/status/subscribe', 'not an address')).statusCode).toBe(400);
  });
});
