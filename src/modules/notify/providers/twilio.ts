import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.js';
import { postOrThrow } from './http.js';
import { assertMethod, DeliveryError, type ContactMethod, type OutboundMessage, type Provider, type SendResult } from './provider.js';
import { E164, HttpUrl, Secret, TimeoutMs } from './settings-schema.js';

/**
 * Settings of one Twilio-compatible account. Any service that speaks Twilio's 2010-04-01 REST API
 * (Twilio itself, or a compatible provider at another base URL) can be configured here.
 */
export interface TwilioSettings {
  /** The account SID; part of every URL and the Basic-auth user name. */
  accountSid: string;
  /** The auth token; the Basic-auth password and the key of `X-Twilio-Signature`. */
  authToken: string;
  /** Our E.164 number; required for voice, and for SMS unless `messagingServiceSid` is set. */
  from?: string;
  /** Send SMS through this messaging service instead of `from`. */
  messagingServiceSid?: string;
  /** API root, default `https://api.twilio.com`; no trailing path. */
  baseUrl?: string;
  /**
   * Our status-callback endpoint. Each message's delivery id is appended as `?delivery=<id>`, so a
   * callback can be matched even when the provider's answer to the send was lost.
   */
  statusCallbackUrl?: string;
  /** Which methods this account delivers; default both `sms` and `voice`. */
  methods?: Array<'sms' | 'voice'>;
  /** Milliseconds per API call; default 10 s. */
  timeoutMs?: number;
}

/** An account or service id of a Twilio-compatible provider (Twilio's own are AC… and MG…). */
const Sid = (description: string) => Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description });

/**
 * The stored settings of a Twilio-compatible provider, as `POST /providers` accepts them. The auth
 * token is also the key that callbacks are verified with, so it must be a real secret string.
 */
export const TwilioSettingsSchema = Type.Object(
  {
    accountSid: Sid('The account SID; part of every URL and the Basic-auth user name.'),
    authToken: Secret('The auth token: the Basic-auth password and the key of X-Twilio-Signature.'),
    from: Type.Optional(E164('Our number; required for voice, and for SMS unless messagingServiceSid is set.')),
    messagingServiceSid: Type.Optional(Sid('Send SMS through this messaging service instead of from.')),
    baseUrl: Type.Optional(HttpUrl('API root, default https://api.twilio.com; https unless private destinations are allowed.')),
    statusCallbackUrl: Type.Optional(HttpUrl('Our status-callback endpoint (…/api/v1/webhooks/twilio/status).')),
    methods: Type.Optional(Type.Array(Type.Union([Type.Literal('sms'), Type.Literal('voice')]), { minItems: 1, maxItems: 2, uniqueItems: true, description: 'Default both sms and voice.' })),
    timeoutMs: TimeoutMs,
  },
  { additionalProperties: false, title: 'Twilio-compatible settings' },
);

/** The shortest auth token a callback signature is checked with; anything shorter would be guessable. */
export const MIN_AUTH_TOKEN_LENGTH = 16;

const DEFAULT_BASE_URL = 'https://api.twilio.com';

/** Creates a provider that sends SMS and places voice calls through a Twilio-compatible API. */
export function createTwilioProvider(name: string, settings: TwilioSettings): Provider {
  const methods: ContactMethod[] = settings.methods ?? ['sms', 'voice'];
  checkSettings(settings, methods);
  const base = (settings.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const accountUrl = `${base}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;

  const provider: Provider = {
    name,
    methods,
    async send(message: OutboundMessage): Promise<SendResult> {
      assertMethod(provider, message);
      const isCall = message.method === 'voice';
      const form = isCall ? callForm(settings, message) : smsForm(settings, message);
      const answer = await postOrThrow({
        provider: name,
        url: `${accountUrl}/${isCall ? 'Calls' : 'Messages'}.json`,
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        timeoutMs: settings.timeoutMs,
      });
      const parsed = parseJson(answer.text);
      if (typeof parsed?.sid !== 'string') {
        // It may have been sent; temporary so the page is retried rather than silently lost.
        throw new DeliveryError(`${name} accepted the request but its answer has no sid`, true, answer.status);
      }
      return { providerMessageId: parsed.sid, status: typeof parsed.status === 'string' ? parsed.status : 'queued', provider: name };
    },
  };
  return provider;
}

function checkSettings(settings: TwilioSettings, methods: ContactMethod[]): void {
  const bad = (field: string, message: string) => new AppError('provider_settings_invalid', message, { status: 422, field });
  if (!settings.accountSid) throw bad('/accountSid', 'A Twilio account SID is required');
  if (!settings.authToken) throw bad('/authToken', 'A Twilio auth token is required');
  if (methods.includes('voice') && !settings.from) throw bad('/from', 'Voice calls need a `from` number');
  if (methods.includes('sms') && !settings.from && !settings.messagingServiceSid) {
    throw bad('/from', 'SMS needs a `from` number or a messaging service SID');
  }
  if (methods.some((m) => m !== 'sms' && m !== 'voice')) throw bad('/methods', 'Twilio delivers only sms and voice');
}

function smsForm(settings: TwilioSettings, message: OutboundMessage): URLSearchParams {
  const form = new URLSearchParams({ To: message.to });
  if (settings.messagingServiceSid) form.set('MessagingServiceSid', settings.messagingServiceSid);
  else form.set('From', settings.from!);
  const body = message.ackUrl && !message.text.includes(message.ackUrl) ? `${message.text} ${message.ackUrl}` : message.text;
  form.set('Body', body);
  addStatusCallback(form, settings, message);
  return form;
}

function callForm(settings: TwilioSettings, message: OutboundMessage): URLSearchParams {
  const form = new URLSearchParams({ To: message.to, From: settings.from!, Twiml: callTwiml(message) });
  addStatusCallback(form, settings, message);
  return form;
}

function addStatusCallback(form: URLSearchParams, settings: TwilioSettings, message: OutboundMessage): void {
  if (!settings.statusCallbackUrl) return;
  const url = new URL(settings.statusCallbackUrl);
  url.searchParams.set('delivery', message.id);
  form.set('StatusCallback', url.toString());
}

/** The TwiML of a paging call: read the page and wait for one key; without `voice`, just read the text. */
export function callTwiml(message: OutboundMessage): string {
  if (!message.voice) return twimlResponse(twimlSay(message.text));
  return twimlResponse(twimlGather({ action: message.voice.gatherActionUrl, numDigits: 1 }, twimlSay(message.voice.say)));
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A `<Say>` verb reading `text` (escaped). */
export function twimlSay(text: string): string {
  return `<Say>${xmlEscape(text)}</Say>`;
}

/** Options of a `<Gather>` verb. */
export interface GatherOptions {
  /** Where Twilio POSTs the digits (`Digits`), signed with `X-Twilio-Signature`. */
  action: string;
  /** Digits to collect before posting; default 1. */
  numDigits?: number;
  /** Seconds to wait for a key; Twilio's default (5) when absent. */
  timeout?: number;
}

/** A `<Gather>` verb posting the pressed digits to `action`, wrapping already-built `children` verbs. */
export function twimlGather(options: GatherOptions, ...children: string[]): string {
  const timeout = options.timeout === undefined ? '' : ` timeout="${options.timeout}"`;
  return `<Gather numDigits="${options.numDigits ?? 1}" action="${xmlEscape(options.action)}" method="POST"${timeout}>${children.join('')}</Gather>`;
}

/** A `<Message>` verb: the answer to an inbound SMS webhook that replies with `text`. */
export function twimlMessage(text: string): string {
  return `<Message>${xmlEscape(text)}</Message>`;
}

/** A complete TwiML document from already-built verbs; `twimlResponse()` is the empty answer. */
export function twimlResponse(...verbs: string[]): string {
  return `<Response>${verbs.join('')}</Response>`;
}

/** POST parameters as Twilio sent them: a parsed form or a plain record. */
export type TwilioParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Twilio's documented request signature: base64 HMAC-SHA1, keyed with the auth token, of the full
 * URL followed by every POST parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  const pairs: Array<[string, string]> = [];
  if (params instanceof URLSearchParams) params.forEach((value, key) => pairs.push([key, value]));
  else {
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) pairs.push([key, v]);
    }
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  const hmac = createHmac('sha1', authToken).update(url, 'utf8');
  for (const [key, value] of pairs) hmac.update(key + value, 'utf8');
  return hmac.digest('base64');
}

/**
 * Checks `X-Twilio-Signature` for a webhook request. `url` must be the exact public URL Twilio
 * called (scheme, host, path and query, as configured, not as seen behind a proxy). Like Twilio's
 * own libraries it also accepts the URL with the default port added or removed.
 */
export function validateTwilioSignature(authToken: string, url: string, params: TwilioParams, signatureHeader: string | undefined): boolean {
  if (!signatureHeader || typeof authToken !== 'string' || !authToken) return false;
  const given = Buffer.from(signatureHeader, 'utf8');
  let valid = false;
  for (const candidate of urlVariants(url)) {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), 'utf8');
    if (expected.length === given.length && timingSafeEqual(expected, given)) valid = true;
  }
  return valid;
}

function urlVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const defaultPort = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : '';
  const rest = `${parsed.pathname}${parsed.search}`;
  const withoutPort = `${parsed.protocol}//${parsed.hostname}${rest}`;
  const withPort = `${parsed.protocol}//${parsed.hostname}:${parsed.port || defaultPort}${rest}`;
  if (parsed.port && parsed.port !== defaultPort) return [url];
  return [...new Set([url, withoutPort, withPort])];
}
