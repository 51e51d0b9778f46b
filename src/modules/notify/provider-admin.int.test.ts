import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { FakeTwilio } from '../../../test/support/fake-twilio.js';
import { encryptSecret } from '../../platform/secrets.js';

/** Looking after a provider: settings without credentials, changes, a test send, last deliveries. */
describe.each(DIALECTS)('provider administration on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let twilioId: string;
  let mailId: string;
  const twilio = new FakeTwilio({ accountSid: `AC${'5'.repeat(32)}`, authToken: 'admin-token-0123456789' });
  const smtp = new FakeSmtp();

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': 'a-test-secret-that-is-long-enough-0123', 'allow-private-destinations': 'true' });
    owner = t.world.tokens.owner;
    const made = await t.call(owner, 'POST', '/api/v1/providers', { name: 'Twilio', kind: 'twilio', settings: { accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+15005550006', baseUrl: await twilio.start() } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    twilioId = made.body.id;
    const url = new URL(await smtp.start());
    mailId = (await t.call(owner, 'POST', '/api/v1/providers', { name: 'Mail', kind: 'smtp', settings: { host: url.hostname, port: Number(url.port), secure: false, from: 'paging@msp.example' } })).body.id;
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([twilio.stop(), smtp.stop()]);
  });

  it('shows a provider’s settings without its credentials', async () => {
    const r = await t.call(owner, 'GET', `/api/v1/providers/${twilioId}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Twilio', kind: 'twilio', methods: ['sms', 'voice'], secretsSet: ['authToken'], settings: { accountSid: twilio.accountSid, from: '+15005550006' } });
    expect(JSON.stringify(r.body)).not.toContain(twilio.authToken);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/providers/${twilioId}`)).status).toBe(403);
    expect((await t.call(owner, 'GET', '/api/v1/providers/no-such-provider')).status).toBe(404);
  });

  it('test-sends through the provider alone and lists it among its deliveries', async () => {
    const r = await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '+15555550188' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ ok: true, method: 'sms', to: '+15555550188', error: null });
    expect(twilio.sms().map((m) => [m.to, m.body.startsWith('Switchboard test from the provider “Twilio”')])).toEqual([['+15555550188', true]]);
    t.clock.advance(60_000);
    const voice = await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '+15555550188', method: 'voice' });
    expect(voice.body.ok).toBe(true);
    expect(twilio.calls()[0].twiml).not.toContain('Gather');
    const deliveries = (await t.call(owner, 'GET', `/api/v1/providers/${twilioId}/deliveries`)).body.items;
    expect(deliveries.map((d: any) => [d.kind, d.method, d.outcome, d.address, d.ticket])).toEqual([
      ['test', 'voice', 'sent', '+15555550188', null],
      ['test', 'sms', 'sent', '+15555550188', null],
    ]);
  });

  it('answers a provider’s refusal as a result, and refuses what it cannot send', async () => {
    t.clock.advance(60_000);
    twilio.failNext(1, 401);
    const refused = await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '+15555550188' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, temporary: false });
    expect(refused.body.error).toMatch(/401/);
    expect((await t.call(owner, 'GET', `/api/v1/providers/${twilioId}/deliveries?limit=1`)).body.items[0]).toMatchObject({ outcome: 'failed', kind: 'test' });
    const email = await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: 'a@b.example', method: 'email' });
    expect(email.body).toMatchObject({ code: 'method_not_delivered', field: '/method' });
    const number = await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '555 0188' });
    expect(number.body).toMatchObject({ code: 'invalid_address', field: '/to' });
    expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '+15555550188' })).status).toBe(403);
  });

  it('pages its deliveries newest first with a signed cursor, refusing one it did not issue', async () => {
    const url = `/api/v1/providers/${twilioId}/deliveries`;
    const all = (await t.call(owner, 'GET', url)).body;
    expect(all.items.length).toBe(3);
    expect(all.nextCursor).toBeNull();
    const walked: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.call(owner, 'GET', `${url}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items);
    const first = (await t.call(owner, 'GET', `${url}?limit=1`)).body.nextCursor as string;
    const forged = await t.call(owner, 'GET', `${url}?limit=1&cursor=${encodeURIComponent(`${Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000Z', 'z'])).toString('base64url')}.${first.split('.')[1]}`)}`);
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 'invalid_cursor', field: '/cursor' });
  });

  it('changes a provider without retyping its credentials, and checks the result whole', async () => {
    const renamed = await t.call(owner, 'PATCH', `/api/v1/providers/${twilioId}`, { name: 'Twilio primary', settings: { from: '+15005550007' }, position: 3 });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Twilio primary', position: 3, settings: { from: '+15005550007' }, secretsSet: ['authToken'] });
    twilio.reset();
    expect((await t.call(owner, 'POST', `/api/v1/providers/${twilioId}/test`, { to: '+15555550199' })).body.ok).toBe(true);
    expect(twilio.sms().map((m) => m.from)).toEqual(['+15005550007']);
    const taken = await t.call(owner, 'PATCH', `/api/v1/providers/${twilioId}`, { name: 'Mail' });
    expect(taken.status).toBe(409);
    expect(taken.body.field).toBe('/name');
    const broken = await t.call(owner, 'PATCH', `/api/v1/providers/${mailId}`, { settings: { host: null } });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'validation_failed', field: '/settings/host' });
    const typo = await t.call(owner, 'PATCH', `/api/v1/providers/${mailId}`, { settings: { hots: 'smtp.example.com' } });
    expect(typo.body).toMatchObject({ code: 'unknown_field', field: '/settings/hots' });
    const port = await t.call(owner, 'PATCH', `/api/v1/providers/${mailId}`, { settings: { port: 70000 } });
    expect(port.body).toMatchObject({ code: 'validation_failed', field: '/settings/port' });
    const login = await t.call(owner, 'PATCH', `/api/v1/providers/${mailId}`, { settings: { user: 'paging' } });
    expect(login.status).toBe(422);
    expect((await t.call(owner, 'GET', `/api/v1/providers/${mailId}`)).body.settings.host).toBe('127.0.0.1');
    const off = await t.call(owner, 'PATCH', `/api/v1/providers/${mailId}`, { enabled: false });
    expect(off.body.enabled).toBe(false);
    expect((await t.call(t.world.tokens.admin, 'PATCH', `/api/v1/providers/${mailId}`, {})).status).toBe(400);
  });

  it('says when a provider’s settings were stored under another secret key, and takes them again', async () => {
    const url = new URL(`smtp://127.0.0.1:${smtp.port}`);
    const made = (await t.call(owner, 'POST', '/api/v1/providers', { name: 'Old relay', kind: 'smtp', settings: { host: url.hostname, port: Number(url.port), secure: false, from: 'old@msp.example' } })).body;
    const foreign = encryptSecret('another-secret-key-that-is-long-enough-9876', JSON.stringify({ host: 'x', from: 'y' }), `provider:${made.id}`);
    await t.sb.database.db.updateTable('providers').set({ settings_encrypted: foreign }).where('id', '=', made.id).execute();
    expect((await t.call(owner, 'GET', `/api/v1/providers/${made.id}`)).body).toMatchObject({ settingsReadable: false, settings: {}, secretsSet: [] });
    const test = await t.call(owner, 'POST', `/api/v1/providers/${made.id}/test`, { to: 'someone@msp.example' });
    expect(test.status).toBe(409);
    expect(test.body.code).toBe('provider_settings_unreadable');
    const again = await t.call(owner, 'PATCH', `/api/v1/providers/${made.id}`, { settings: { host: url.hostname, port: Number(url.port), secure: false, from: 'again@msp.example' } });
    expect(again.body).toMatchObject({ settingsReadable: true, settings: { from: 'again@msp.example' } });
    expect((await t.call(owner, 'POST', `/api/v1/providers/${made.id}/test`, { to: 'someone@msp.example' })).body.ok).toBe(true);
  });
});
