import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { toIso, type Clock } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors.js';
import { postOrThrow, requireHttpUrl } from './http.js';
import { assertMethod, type OutboundMessage, type Provider, type SendResult } from './provider.js';
import { Secret, TimeoutMs } from './settings-schema.js';

/** Settings of the generic signed-webhook channel. */
export interface WebhookSettings {
  /** The HMAC-SHA256 key; a function when each recipient has their own secret. */
  secret: string | ((message: OutboundMessage) => string);
  /** Milliseconds per POST; default 10 s. */
  timeoutMs?: number;
}

/** The stored settings of the webhook provider, as `POST /providers` accepts them (one shared secret). */
export const WebhookSettingsSchema = Type.Object(
  { secret: Secret('The HMAC-SHA256 key of X-Switchboard-Signature.'), timeoutMs: TimeoutMs },
  { additionalProperties: false, title: 'Webhook settings' },
);

/** The JSON body of a page sent to a webhook. */
export interface WebhookPayload {
  type: 'switchboard.page';
  /** Our delivery id; the same on every retry of this delivery, so receivers can de-duplicate. */
  id: string;
  subject: string;
  text: string;
  ackUrl?: string;
  metadata: Record<string, string>;
  /** When this attempt was made, ISO-8601 UTC. */
  sentAt: string;
}

/** Default window in which a signed timestamp is accepted, in milliseconds (5 minutes). */
export const WEBHOOK_TOLERANCE_MS = 300_000;

/**
 * Creates the generic webhook channel: a JSON POST to the recipient's URL (`message.to`) with
 * `X-Switchboard-Timestamp` (Unix seconds), `X-Switchboard-Signature: sha256=<hex>` over
 * `timestamp + "." + body`, and `Idempotency-Key` / `X-Switchboard-Delivery` set to our delivery id.
 */
export function createWebhookProvider(name: string, settings: WebhookSettings, deps: { clock: Clock }): Provider {
  if (!settings.secret) throw new AppError('provider_settings_invalid', 'A webhook signing secret is required', { status: 422, field: '/secret' });
  const provider: Provider = {
    name,
    methods: ['webhook'],
    async send(message: OutboundMessage): Promise<SendResult> {
      assertMethod(provider, message);
      const url = requireHttpUrl(name, message.to);
      const now = deps.clock.now();
      const body = JSON.stringify(webhookPayload(message, toIso(now)));
      const timestamp = String(Math.floor(now / 1000));
      const secret = typeof settings.secret === 'function' ? settings.secret(message) : settings.secret;
      await postOrThrow({
        provider: name,
        url: url.toString(),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Switchboard-Webhook/1',
          'idempotency-key': message.id,
          'x-switchboard-delivery': message.id,
          'x-switchboard-timestamp': timestamp,
          'x-switchboard-signature': signWebhook(secret, timestamp, body),
        },
        body,
        timeoutMs: settings.timeoutMs,
      });
      return { providerMessageId: message.id, status: 'delivered', provider: name };
    },
  };
  return provider;
}

/** The payload posted for `message`. */
export function webhookPayload(message: OutboundMessage, sentAt: string): WebhookPayload {
  return {
    type: 'switchboard.page',
    id: message.id,
    subject: message.subject,
    text: message.text,
    ...(message.ackUrl ? { ackUrl: message.ackUrl } : {}),
    metadata: message.metadata ?? {},
    sentAt,
  };
}

/** The `X-Switchboard-Signature` value: `sha256=` and the hex HMAC-SHA256 of `timestamp.body`. */
export function signWebhook(secret: string, timestamp: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/**
 * What a receiver runs: true when `header` is the signature of `timestamp.body` under `secret`
 * and the timestamp (Unix seconds) is within `toleranceMs` of `nowMs`. `body` must be the raw
 * bytes received, not re-serialised JSON. The comparison takes constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | undefined,
  body: string | Buffer,
  header: string | undefined,
  nowMs: number,
  toleranceMs = WEBHOOK_TOLERANCE_MS,
): boolean {
  if (!secret || !timestamp || !header || !/^\d{1,15}$/.test(timestamp)) return false;
  if (Math.abs(nowMs - Number(timestamp) * 1000) > toleranceMs) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body), 'utf8');
  const given = Buffer.from(header, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
