import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { newId } from '../../platform/ids.js';
import { insertProvider } from './delivery.repository.js';
import { sealSettings } from './provider-store.js';
import { twilioSignature } from './providers/twilio.js';

/**
 * Provider settings are validated per kind before anything is stored: types, required settings,
 * ranges, phone numbers and URL rules, each refusal naming the setting. A Twilio auth token is the
 * key callbacks are verified with, so one that is not a real secret string never verifies one.
 */
const SECRET = 'a-test-secret-that-is-long-enough-0123';
const TOKEN = 'twilio-auth-token-0123456789';
const twilio = { accountSid: `AC${'a'.repeat(32)}`, authToken: TOKEN, from: '+15005550006' };

describe.each(DIALECTS)('provider settings on %s', (dialect) => {
  let t: TestApp;
  let seq = 0;
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': SECRET });
  });
  afterAll(async () => t?.close());

  const save = (kind: string, settings?: unknown) => t.call(t.world.tokens.owner, 'POST', '/api/v1/providers', { name: `${kind} ${(seq += 1)}`, kind, ...(settings === undefined ? {} : { settings }) });

  it('stores a valid configuration of every kind, and never shows its secrets again', async () => {
    for (const [kind, settings] of [
      ['smtp', { host: 'smtp.msp.example', port: 587, user: 'paging', pass: 'relay-password', from: '"Switchboard" <paging@msp.example>' }],
      ['smtp', { host: '127.0.0.1', port: 2525, secure: false, from: 'paging@msp.example' }],
      ['twilio', { ...twilio, baseUrl: 'https://api.twilio.com', statusCallbackUrl: 'https://desk.msp.example/api/v1/webhooks/twilio/status', methods: ['sms'] }],
      ['twilio', { accountSid: 'AC123', authToken: TOKEN, messagingServiceSid: `MG${'b'.repeat(32)}`, methods: ['sms'] }],
      ['webhook', { secret: 'webhook-signing-secret', timeoutMs: 5000 }],
      ['slack', undefined],
      ['teams', { format: 'messagecard' }],
    ] as const) {
      const r = await save(kind, settings);
      expect(r.status, `${kind} ${JSON.stringify(r.body)}`).toBe(201);
      expect(JSON.stringify(r.body)).not.toMatch(/relay-password|twilio-auth-token|webhook-signing-secret/);
    }
    const listed = await t.call(t.world.tokens.owner, 'GET', '/api/v1/providers');
    expect(listed.body.items.length).toBeGreaterThanOrEqual(7);
    expect(JSON.stringify(listed.body)).not.toMatch(/relay-password|twilio-auth-token|webhook-signing-secret/);
  });

  it('refuses a setting of the wrong type, shape or range with 400 naming it, and stores nothing', async () => {
    const before = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/providers')).body.items.length;
    for (const [kind, settings, field] of [
      ['twilio', { ...twilio, authToken: {} }, '/settings/authToken'],
      ['twilio', { ...twilio, authToken: ['x'.repeat(20)] }, '/settings/authToken'],
      ['twilio', { ...twilio, authToken: 1234567890123456789 }, '/settings/authToken'],
      ['twilio', { ...twilio, authToken: 'short' }, '/settings/authToken'],
      ['twilio', { ...twilio, authToken: 'has spaces in the token' }, '/settings/authToken'],
      ['twilio', { ...twilio, authToken: undefined }, '/settings/authToken'],
      ['twilio', { ...twilio, accountSid: 'AC/../x' }, '/settings/accountSid'],
      ['twilio', { ...twilio, from: '555-0100' }, '/settings/from'],
      ['twilio', { ...twilio, from: '+0123456789' }, '/settings/from'],
      ['twilio', { ...twilio, methods: ['email'] }, '/settings/methods/0'],
      ['twilio', { ...twilio, methods: [] }, '/settings/methods'],
      ['twilio', { ...twilio, baseUrl: 'ftp://files.example' }, '/settings/baseUrl'],
      ['twilio', { ...twilio, statusCallbackUrl: 'not a url' }, '/settings/statusCallbackUrl'],
      ['twilio', { ...twilio, timeoutMs: 0 }, '/settings/timeoutMs'],
      ['twilio', { ...twilio, region: 'eu' }, '/settings/region'],
      ['smtp', { host: 'smtp.msp.example' }, '/settings/from'],
      ['smtp', { host: 'smtp.msp.example', from: 'paging@msp.example\r\nBcc: everyone@example.com' }, '/settings/from'],
      ['smtp', { host: 'smtp.msp.example', from: 'paging@msp.example', port: 70_000 }, '/settings/port'],
      ['smtp', { host: 'not a host name', from: 'paging@msp.example' }, '/settings/host'],
      ['smtp', { host: { toString: 'x' }, from: 'paging@msp.example' }, '/settings/host'],
      ['webhook', { secret: 42 }, '/settings/secret'],
      ['webhook', {}, '/settings/secret'],
      ['teams', { format: 'html' }, '/settings/format'],
      ['slack', { url: 'https://hooks.slack.com/x' }, '/settings/url'],
      ['failover', {}, '/kind'],
      ['carrier-pigeon', {}, '/kind'],
    ] as const) {
      const r = await save(kind, settings);
      expect(r.status, `${kind} ${JSON.stringify(settings)} → ${JSON.stringify(r.body)}`).toBe(400);
      expect(r.body.field, `${kind} ${JSON.stringify(settings)}`).toBe(field);
      expect(r.body.code).toMatch(/^(validation_failed|unknown_field)$/);
      expect(JSON.stringify(r.body)).not.toContain('has spaces in the token');
    }
    expect((await save('twilio')).body).toMatchObject({ status: 400, field: '/settings' });
    expect((await t.call(t.world.tokens.owner, 'GET', '/api/v1/providers')).body.items.length).toBe(before);
  });

  it('sends credentials only over https, to an address off the server’s own network, from URLs without credentials', async () => {
    for (const [settings, code, field] of [
      [{ ...twilio, baseUrl: 'http://api.twilio.com' }, 'https_required', '/settings/baseUrl'],
      [{ ...twilio, baseUrl: 'https://127.0.0.1:8443' }, 'internal_address', '/settings/baseUrl'],
      [{ ...twilio, baseUrl: 'https://169.254.169.254/latest' }, 'internal_address', '/settings/baseUrl'],
      [{ ...twilio, baseUrl: 'https://user:pass@api.twilio.com' }, 'invalid_url', '/settings/baseUrl'],
      [{ ...twilio, statusCallbackUrl: 'https://desk.msp.example/status#x' }, 'invalid_url', '/settings/statusCallbackUrl'],
    ] as const) {
      expect((await save('twilio', settings)).body, JSON.stringify(settings)).toMatchObject({ status: 422, code, field });
    }
    // Settings that depend on each other: voice needs a number to call from, a login needs both halves.
    expect((await save('twilio', { accountSid: 'AC1', authToken: TOKEN, messagingServiceSid: 'MG1' })).body).toMatchObject({ status: 422, field: '/settings/from' });
    expect((await save('smtp', { host: 'smtp.msp.example', from: 'paging@msp.example', user: 'paging' })).body).toMatchObject({ status: 422, field: '/settings/pass' });
  });

  it('verifies no callback with a token stored before settings were validated', async () => {
    // As if saved earlier with `authToken: {}`: its key would have been the string "[object Object]".
    const id = newId();
    const at = t.clock.iso();
    await insertProvider(t.sb.database.db, { id, name: 'Legacy twilio', kind: 'twilio', methods: ['sms', 'voice'], settingsEncrypted: sealSettings(SECRET, id, { accountSid: 'AC1', authToken: {}, from: '+15005550006' }), position: 0, enabled: true, createdAt: at, updatedAt: at });
    const params = { From: '+15555550101', Body: 'ACK' };
    const url = `${t.config.publicUrl}/api/v1/webhooks/twilio/sms`;
    const forged = await t.call(null, 'POST', '/api/v1/webhooks/twilio/sms', new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilioSignature('[object Object]', url, params),
    });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('bad_signature');
  });

  it('refuses a body nested thousands deep with 400 too_deep, wherever the nesting is', async () => {
    for (const [path, body] of [
      ['/api/v1/providers', `{"name":"Deep","kind":"twilio","settings":{"authToken":${'['.repeat(5000)}${']'.repeat(5000)}}}`],
      ['/api/v1/tickets', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['/api/v1/tickets', `{"subject":"x","tags":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
    ]) {
      const r = await t.call(t.world.tokens.owner, 'POST', path, body, { 'content-type': 'application/json' });
      expect(r.status, path).toBe(400);
      expect(r.body.code).toBe('too_deep');
    }
  });
});

describe.each(DIALECTS)('provider settings with private destinations allowed on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': SECRET, 'allow-private-destinations': 'true' });
  });
  afterAll(async () => t?.close());

  it('accepts a provider API on the server’s own network over plain http', async () => {
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/providers', { name: 'Local gateway', kind: 'twilio', settings: { ...twilio, baseUrl: 'http://127.0.0.1:9099' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });
});
