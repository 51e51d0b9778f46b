import { Type } from '@sinclair/typebox';
import { createTransport } from 'nodemailer';
import { AppError } from '../../../platform/errors.js';
import { assertMethod, DEFAULT_TIMEOUT_MS, DeliveryError, type OutboundMessage, type Provider, type SendResult } from './provider.js';
import { TimeoutMs } from './settings-schema.js';

/** Settings of an SMTP relay for paging email. */
export interface SmtpSettings {
  host: string;
  /** Default 587, or 465 with `secure`. */
  port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  /** Login; no authentication when absent. */
  user?: string;
  pass?: string;
  /** The sender, e.g. `"Switchboard" <paging@msp.example>`; its domain also names our Message-IDs. */
  from: string;
  /** Refuse to send unless STARTTLS succeeds (for relays on port 587). */
  requireTLS?: boolean;
  /** Milliseconds allowed to connect, for the greeting, and for each reply; default 10 s. */
  timeoutMs?: number;
}

/** The stored settings of an SMTP provider, as `POST /providers` accepts them. */
export const SmtpSettingsSchema = Type.Object(
  {
    host: Type.Union([Type.String({ format: 'hostname', maxLength: 253 }), Type.String({ format: 'ipv6' })], { description: 'The relay’s host name or address.' }),
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65_535, description: 'Default 587, or 465 with secure.' })),
    secure: Type.Optional(Type.Boolean({ description: 'TLS from the first byte (port 465); otherwise STARTTLS when offered.' })),
    user: Type.Optional(Type.String({ minLength: 1, maxLength: 256, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Login; give pass with it.' })),
    pass: Type.Optional(Type.String({ minLength: 1, maxLength: 1024, description: 'Password, with user; stored encrypted, never returned.' })),
    from: Type.String({
      maxLength: 320,
      // An address, or a display name and an address in <>; no line breaks (they would start new headers).
      pattern: '^(?:[^\\u0000-\\u001f<>]*<[^\\s<>@]+@[^\\s<>@]+>|[^\\s<>@]+@[^\\s<>@]+)$',
      description: 'The sender, e.g. "Switchboard" <paging@msp.example>.',
    }),
    requireTLS: Type.Optional(Type.Boolean({ description: 'Refuse to send unless STARTTLS succeeds.' })),
    timeoutMs: TimeoutMs,
  },
  { additionalProperties: false, title: 'SMTP settings' },
);

/** An SMTP provider; `close()` releases the transport. */
export interface SmtpProvider extends Provider {
  close(): void;
}

/**
 * Creates the email channel. Each message gets the Message-ID `<delivery-id@from-domain>`, so a
 * retried delivery carries the same id and receiving systems can drop the duplicate, and
 * `Auto-Submitted: auto-generated` so out-of-office replies do not come back as new tickets.
 */
export function createSmtpProvider(name: string, settings: SmtpSettings): SmtpProvider {
  if (!settings.host) throw new AppError('provider_settings_invalid', 'An SMTP host is required', { status: 422, field: '/host' });
  if (!settings.from) throw new AppError('provider_settings_invalid', 'An SMTP sender is required', { status: 422, field: '/from' });
  if ((settings.user === undefined) !== (settings.pass === undefined)) {
    throw new AppError('provider_settings_invalid', 'An SMTP login needs both user and pass', { status: 422, field: settings.user === undefined ? '/user' : '/pass' });
  }
  const timeout = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTLS,
    auth: settings.user ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  const domain = senderDomain(settings.from);

  const provider: SmtpProvider = {
    name,
    methods: ['email'],
    async send(message: OutboundMessage): Promise<SendResult> {
      assertMethod(provider, message);
      try {
        const info = await transport.sendMail(mailOptions(settings.from, domain, message));
        if (info.rejected.length > 0) {
          throw new DeliveryError(`${name}: the server refused ${info.rejected.join(', ')}`, false);
        }
        return { providerMessageId: info.messageId, status: 'accepted', provider: name };
      } catch (error) {
        throw smtpError(name, error);
      }
    },
    close: () => transport.close(),
  };
  return provider;
}

/** Our Message-ID is derived from the delivery id, so every retry of a delivery carries the same one. */
function mailOptions(from: string, domain: string, message: OutboundMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.ackUrl ? `${message.text}\n\nAcknowledge: ${message.ackUrl}\n` : message.text,
    messageId: `<${message.id.replace(/[^A-Za-z0-9._-]/g, '_')}@${domain}>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Switchboard-Delivery': message.id },
  };
}

const NETWORK_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET']);
const ACCOUNT_CODES = new Set(['EAUTH', 'ENOAUTH', 'ETLS', 'EREQUIRETLS', 'ECONFIG']);

/** Classifies a nodemailer error: SMTP 4xx and network errors are temporary, 5xx permanent. */
export function smtpError(provider: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as { code?: string; responseCode?: number; message?: string };
  const text = `${provider}: ${e.message ?? String(error)}`;
  const code = e.responseCode;
  if (e.code && ACCOUNT_CODES.has(e.code)) {
    return new DeliveryError(text, false, code, { providerFault: true, cause: error });
  }
  if (code !== undefined && code >= 500 && code !== 503) {
    return new DeliveryError(text, false, code, { providerFault: code === 530 || code === 535, cause: error });
  }
  if (code !== undefined || (e.code && NETWORK_CODES.has(e.code))) {
    return new DeliveryError(text, true, code, { cause: error });
  }
  // Nothing says the message itself is at fault, so a later attempt may succeed.
  return new DeliveryError(text, true, undefined, { cause: error });
}

function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match ? match[1]! : 'switchboard.invalid';
}
