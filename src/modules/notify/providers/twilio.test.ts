import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeTwilio } from '../../../../test/support/fake-twilio.js';
import { FakeWebhook } from '../../../../test/support/fake-webhook.js';
import { DeliveryError, type OutboundMessage } from './provider.js';
import { callTwiml, createTwilioProvider, twilioSignature, twimlGather, twimlResponse, twimlSay, validateTwilioSignature, type TwilioSettings } from './twilio.js';

const twilio = new FakeTwilio();
const hooks = new FakeWebhook();
let settings: TwilioSettings;

const sms = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  id: 'dlv-1',
  method: 'sms',
  to: '+447700900123',
  subject: 'ignored',
  text: 'P1 T-1042 Acme: mail server down',
  ...overrides,
});

async function caught(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

beforeAll(async () => {
  const base = await twilio.start();
  const hookBase = await hooks.start();
  settings = { accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+15005550006', baseUrl: base, statusCallbackUrl: `${hookBase}/hooks/twilio/status` };
});
afterAll(async () => {
  await twilio.stop();
  await hooks.stop();
});
beforeEach(() => {
  twilio.reset();
  hooks.reset();
});

describe('Twilio SMS and voice', () => {
  it('sends an SMS with To, From, Body and a StatusCallback naming the delivery, and returns the SID', async () => {
    const result = await createTwilioProvider('twilio', settings).send(sms({ ackUrl: 'https://desk.example/ack/abc' }));
    const [sent, ...rest] = twilio.sms();
    expect(rest).toEqual([]);
    expect(twilio.calls()).toEqual([]);
    expect(result).toEqual({ providerMessageId: sent!.sid, status: 'queued', provider: 'twilio' });
    expect(sent!.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent!.params).toEqual({
      To: '+447700900123',
      From: '+15005550006',
      Body: 'P1 T-1042 Acme: mail server down https://desk.example/ack/abc',
      StatusCallback: `${hooks.url}/hooks/twilio/status?delivery=dlv-1`,
    });
  });

  it('uses the messaging service instead of From when one is configured', async () => {
    await createTwilioProvider('twilio', { ...settings, from: undefined, methods: ['sms'], messagingServiceSid: 'MG123' }).send(sms());
    expect(twilio.sms()[0]!.params).toMatchObject({ MessagingServiceSid: 'MG123' });
    expect(twilio.sms()[0]!.params.From).toBeUndefined();
  });

  it('places a call whose TwiML reads the page and gathers one key, with hostile text escaped', async () => {
    const message = sms({ method: 'voice', voice: { say: 'Ticket <1042> for "Smith & Sons"', gatherActionUrl: 'https://desk.example/twilio/gather?d=1&t=2' } });
    const result = await createTwilioProvider('twilio', settings).send(message);
    const [call] = twilio.calls();
    expect(twilio.sms()).toEqual([]);
    expect(result.providerMessageId).toBe(call!.sid);
    expect(call!.params.To).toBe('+447700900123');
    expect(call!.params.From).toBe('+15005550006');
    expect(call!.twiml).toBe(
      '<Response><Gather numDigits="1" action="https://desk.example/twilio/gather?d=1&amp;t=2" method="POST">' +
        '<Say>Ticket &lt;1042&gt; for &quot;Smith &amp; Sons&quot;</Say></Gather></Response>',
    );
  });

  it('builds TwiML pieces that cannot be broken out of', () => {
    expect(twimlSay(`</Say><Dial>+1900</Dial>'`)).toBe('<Say>&lt;/Say&gt;&lt;Dial&gt;+1900&lt;/Dial&gt;&apos;</Say>');
    expect(twimlResponse(twimlGather({ action: 'https://x/"a"', numDigits: 1, timeout: 8 }))).toBe(
      '<Response><Gather numDigits="1" action="https://x/&quot;a&quot;" method="POST" timeout="8"></Gather></Response>',
    );
    expect(callTwiml(sms({ method: 'voice', text: 'A & B' }))).toBe('<Response><Say>A &amp; B</Say></Response>');
  });

  it('refuses bad credentials as a permanent fault of the provider account', async () => {
    const error = await caught(createTwilioProvider('twilio', { ...settings, authToken: 'wrong' }).send(sms()));
    expect(error).toMatchObject({ temporary: false, providerFault: true, providerStatus: 401 });
    expect(twilio.sms()).toEqual([]);
  });

  it('classifies an invalid number (400) as permanent and not the provider’s fault', async () => {
    const error = await caught(createTwilioProvider('twilio', settings).send(sms({ to: 'not-a-number' })));
    expect(error).toMatchObject({ temporary: false, providerFault: false, providerStatus: 400 });
    expect(error.message).toContain('21211');
  });

  it('classifies 503, a dropped connection and a timeout as temporary', async () => {
    const provider = createTwilioProvider('twilio', { ...settings, timeoutMs: 200 });
    twilio.failNext(1, 503);
    expect(await caught(provider.send(sms()))).toMatchObject({ temporary: true, providerStatus: 503 });
    twilio.down();
    expect(await caught(provider.send(sms()))).toMatchObject({ temporary: true, providerStatus: undefined });
    twilio.down(false);
    twilio.hang();
    const timeout = await caught(provider.send(sms()));
    expect(timeout).toMatchObject({ temporary: true });
    expect(timeout.message).toContain('did not answer within 200 ms');
    expect(twilio.sms()).toEqual([]);
  });
});

describe('Twilio request signatures', () => {
  it('matches the example in Twilio’s documentation', () => {
    const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    expect(twilioSignature('12345', url, params)).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    expect(validateTwilioSignature('12345', url, params, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=')).toBe(true);
    expect(validateTwilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', params, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=')).toBe(true);
  });

  it('validates a status callback signed by the fake, and refuses it tampered or for another URL', async () => {
    await createTwilioProvider('twilio', settings).send(sms());
    const sid = twilio.sms()[0]!.sid;
    expect((await twilio.deliver(sid)).status).toBe(200);
    const [callback] = hooks.requests();
    const url = hooks.url + callback!.url;
    const params = new URLSearchParams(callback!.body);
    const header = callback!.headers['x-twilio-signature'] as string;
    expect(url).toBe(`${hooks.url}/hooks/twilio/status?delivery=dlv-1`);
    expect(params.get('MessageSid')).toBe(sid);
    expect(params.get('MessageStatus')).toBe('delivered');
    expect(validateTwilioSignature(twilio.authToken, url, params, header)).toBe(true);

    const tampered = new URLSearchParams(params);
    tampered.set('MessageStatus', 'failed');
    expect(validateTwilioSignature(twilio.authToken, url, tampered, header)).toBe(false);
    expect(validateTwilioSignature(twilio.authToken, `${hooks.url}/hooks/twilio/status?delivery=dlv-2`, params, header)).toBe(false);
    expect(validateTwilioSignature('another-token', url, params, header)).toBe(false);
    expect(validateTwilioSignature(twilio.authToken, url, params, undefined)).toBe(false);
  });

  it('validates an SMS reply from the phone and a keypress on the call', async () => {
    const provider = createTwilioProvider('twilio', settings);
    await provider.send(sms());
    await provider.send(sms({ id: 'dlv-2', method: 'voice', voice: { say: 'Page', gatherActionUrl: `${hooks.url}/hooks/twilio/gather?delivery=dlv-2` } }));
    await twilio.reply('+447700900123', 'ACK', `${hooks.url}/hooks/twilio/sms`);
    await twilio.press(twilio.calls()[0]!.sid, '1', `${hooks.url}/hooks/twilio/gather?delivery=dlv-2`);
    const [reply, press] = hooks.requests();
    const replyParams = new URLSearchParams(reply!.body);
    expect(replyParams.get('From')).toBe('+447700900123');
    expect(replyParams.get('To')).toBe('+15005550006');
    expect(replyParams.get('Body')).toBe('ACK');
    expect(validateTwilioSignature(twilio.authToken, hooks.url + reply!.url, replyParams, reply!.headers['x-twilio-signature'] as string)).toBe(true);
    const pressParams = new URLSearchParams(press!.body);
    expect(pressParams.get('Digits')).toBe('1');
    expect(pressParams.get('CallSid')).toBe(twilio.calls()[0]!.sid);
    expect(validateTwilioSignature(twilio.authToken, hooks.url + press!.url, pressParams, press!.headers['x-twilio-signature'] as string)).toBe(true);
  });
});
