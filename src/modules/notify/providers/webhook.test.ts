import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { FakeWebhook } from '../../../../test/support/fake-webhook.js';
import { DeliveryError, type OutboundMessage } from './provider.js';
import { createSlackProvider } from './slack.js';
import { createTeamsProvider } from './teams.js';
import { createWebhookProvider, signWebhook, verifyWebhookSignature } from './webhook.js';

const receiver = new FakeWebhook();
const clock = new ManualClock(Date.parse('2026-03-07T03:00:00Z'));
const secret = 'whsec_test_secret';

const message = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  id: 'dlv-42',
  method: 'webhook',
  to: `${receiver.url}/pager`,
  subject: 'P1 T-9 Publisher: site down',
  text: 'The publisher site answers 502 <since 02:55> & keeps failing',
  ackUrl: 'https://desk.example/ack/tok-9',
  metadata: { ticket: 'T-9' },
  ...overrides,
});

async function caught(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

beforeAll(async () => {
  await receiver.start();
});
afterAll(async () => {
  await receiver.stop();
});
beforeEach(() => receiver.reset());

describe('signed webhooks', () => {
  it('posts the page as JSON with a signature the receiver can verify', async () => {
    const result = await createWebhookProvider('webhook', { secret }, { clock }).send(message());
    const [request, ...others] = receiver.requests();
    expect(others).toEqual([]);
    expect(request!.url).toBe('/pager');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['idempotency-key']).toBe('dlv-42');
    expect(request!.headers['x-switchboard-timestamp']).toBe(String(clock.now() / 1000));
    expect(JSON.parse(request!.body)).toEqual({
      type: 'switchboard.page',
      id: 'dlv-42',
      subject: 'P1 T-9 Publisher: site down',
      text: 'The publisher site answers 502 <since 02:55> & keeps failing',
      ackUrl: 'https://desk.example/ack/tok-9',
      metadata: { ticket: 'T-9' },
      sentAt: '2026-03-07T03:00:00.000Z',
    });
    const timestamp = request!.headers['x-switchboard-timestamp'] as string;
    const signature = request!.headers['x-switchboard-signature'] as string;
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, timestamp, request!.body, signature, clock.now())).toBe(true);
    expect(result).toEqual({ providerMessageId: 'dlv-42', status: 'delivered', provider: 'webhook' });
  });

  it('refuses a tampered body, another secret, a stale timestamp or a missing header', () => {
    const body = '{"id":"dlv-1"}';
    const ts = String(clock.now() / 1000);
    const header = signWebhook(secret, ts, body);
    expect(verifyWebhookSignature(secret, ts, body, header, clock.now())).toBe(true);
    expect(verifyWebhookSignature(secret, ts, '{"id":"dlv-2"}', header, clock.now())).toBe(false);
    expect(verifyWebhookSignature('other', ts, body, header, clock.now())).toBe(false);
    expect(verifyWebhookSignature(secret, String(Number(ts) + 1), body, header, clock.now())).toBe(false);
    expect(verifyWebhookSignature(secret, ts, body, header, clock.now() + 300_001)).toBe(false);
    expect(verifyWebhookSignature(secret, ts, body, header, clock.now() + 299_000)).toBe(true);
    expect(verifyWebhookSignature(secret, ts, body, undefined, clock.now())).toBe(false);
    expect(verifyWebhookSignature(secret, 'soon', body, header, clock.now())).toBe(false);
  });

  it('signs with a per-recipient secret when given a function', async () => {
    await createWebhookProvider('webhook', { secret: (m) => `secret-for-${m.metadata?.ticket}` }, { clock }).send(message());
    const [request] = receiver.requests();
    const ts = request!.headers['x-switchboard-timestamp'] as string;
    expect(verifyWebhookSignature('secret-for-T-9', ts, request!.body, request!.headers['x-switchboard-signature'] as string, clock.now())).toBe(true);
  });

  it('classifies 5xx and 429 as temporary, other 4xx as permanent, and a silent receiver as a timeout', async () => {
    const provider = createWebhookProvider('webhook', { secret, timeoutMs: 200 }, { clock });
    receiver.failNext(1, 500);
    expect(await caught(provider.send(message()))).toMatchObject({ temporary: true, providerStatus: 500 });
    receiver.failNext(1, 429);
    expect(await caught(provider.send(message()))).toMatchObject({ temporary: true, providerStatus: 429 });
    receiver.failNext(1, 400);
    expect(await caught(provider.send(message()))).toMatchObject({ temporary: false, providerStatus: 400 });
    receiver.hang();
    const timeout = await caught(provider.send(message()));
    expect(timeout.temporary).toBe(true);
    expect(timeout.message).toContain('did not answer within 200 ms');
    expect(receiver.requests()).toHaveLength(4);
  });

  it('refuses a destination that is not an http(s) URL without calling anyone', async () => {
    const error = await caught(createWebhookProvider('webhook', { secret }, { clock }).send(message({ to: 'file:///etc/passwd' })));
    expect(error.temporary).toBe(false);
    expect(receiver.requests()).toEqual([]);
  });
});

describe('Slack and Teams incoming webhooks', () => {
  it('posts Slack blocks with an escaped text and an Acknowledge button to the ack link', async () => {
    await createSlackProvider('slack').send(message({ method: 'slack' }));
    const payload = JSON.parse(receiver.requests()[0]!.body) as { text: string; blocks: Array<Record<string, unknown>> };
    expect(payload.text).toBe('P1 T-9 Publisher: site down: The publisher site answers 502 &lt;since 02:55&gt; &amp; keeps failing');
    expect(payload.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'P1 T-9 Publisher: site down' } });
    expect(payload.blocks[2]).toEqual({
      type: 'actions',
      elements: [{ type: 'button', action_id: 'acknowledge', style: 'primary', text: { type: 'plain_text', text: 'Acknowledge' }, url: 'https://desk.example/ack/tok-9' }],
    });
  });

  it('posts a Teams Adaptive Card with an OpenUrl action, or a MessageCard with OpenUri', async () => {
    await createTeamsProvider('teams').send(message({ method: 'teams' }));
    await createTeamsProvider('teams-legacy', { format: 'messagecard' }).send(message({ method: 'teams' }));
    const [adaptive, legacy] = receiver.requests().map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(adaptive).toMatchObject({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text: 'P1 T-9 Publisher: site down' }, { type: 'TextBlock' }],
            actions: [{ type: 'Action.OpenUrl', title: 'Acknowledge', url: 'https://desk.example/ack/tok-9' }],
          },
        },
      ],
    });
    expect(legacy!['@type']).toBe('MessageCard');
    expect(legacy!.potentialAction).toEqual([{ '@type': 'OpenUri', name: 'Acknowledge', targets: [{ os: 'default', uri: 'https://desk.example/ack/tok-9' }] }]);
  });

  it('refuses a message for another method without calling anyone', async () => {
    const error = await caught(createSlackProvider('slack').send(message({ method: 'teams' })));
    expect(error.temporary).toBe(false);
    expect(receiver.requests()).toEqual([]);
  });
});
