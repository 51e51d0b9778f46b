/**
 * The common contract of every outbound channel. A provider turns one `OutboundMessage` into one
 * call to an outside service and either returns the service's message id or throws a
 * `DeliveryError` that says whether trying again (later, or with another provider) can help.
 */

/** The ways a person can be reached. */
export type ContactMethod = 'email' | 'sms' | 'voice' | 'webhook' | 'slack' | 'teams';

/** Every contact method, in a stable order (for validation and listings). */
export const CONTACT_METHODS: readonly ContactMethod[] = ['email', 'sms', 'voice', 'webhook', 'slack', 'teams'];

/** One message to one recipient over one contact method. */
export interface OutboundMessage {
  /** Our delivery id; sent as an idempotency key or correlation id wherever the provider supports one. */
  id: string;
  method: ContactMethod;
  /** An email address, an E.164 phone number, or an http(s) URL (webhook, Slack, Teams). */
  to: string;
  /** Email subject and card title; ignored by SMS and voice. */
  subject: string;
  /** The body; keep it short for SMS. */
  text: string;
  /**
   * A signed one-tap acknowledge link, shown as a link or button where the channel allows. Opening
   * it (GET, HEAD) only shows a confirmation page, so link scanners change nothing; a POST to it
   * (the page's button, or a webhook receiver) acknowledges.
   */
  ackUrl?: string;
  /** For voice calls: what to read out, and where the keypress is posted. */
  voice?: { say: string; gatherActionUrl: string };
  /** Extra fields passed through to webhook payloads. */
  metadata?: Record<string, string>;
}

/** What a provider answered when it accepted a message. */
export interface SendResult {
  /** The provider's own id (Twilio SID, SMTP Message-ID); our delivery id where there is none. */
  providerMessageId: string;
  /** The provider's status word at acceptance, e.g. `queued`, `accepted`, `delivered`. */
  status: string;
  /** The name of the provider that accepted it (set by every provider; matters behind failover). */
  provider?: string;
}

/** Extra facts about a failed delivery. */
export interface DeliveryErrorOptions {
  /**
   * The fault lies with our account or the provider (bad credentials, suspended account, wrong
   * endpoint) rather than with the message, so another provider may well succeed.
   */
  providerFault?: boolean;
  /** How long the provider asked us to wait (from `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A failed delivery. `temporary` means the same message may succeed later (network errors,
 * timeouts, HTTP 408/429/5xx, SMTP 4xx); otherwise it will fail the same way again.
 */
export class DeliveryError extends Error {
  readonly providerFault: boolean;
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    readonly temporary: boolean,
    readonly providerStatus?: number,
    options: DeliveryErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeliveryError';
    this.providerFault = options.providerFault ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** An outbound channel. `send` never retries by itself; retry and backoff belong to the caller. */
export interface Provider {
  /** A unique name among configured providers, e.g. `twilio-primary`. */
  name: string;
  /** The contact methods this provider can deliver. */
  methods: ContactMethod[];
  send(message: OutboundMessage): Promise<SendResult>;
}

/** The default time allowed for one call to a provider, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Refuses a message whose method the provider does not deliver (a wiring mistake, never retried). */
export function assertMethod(provider: Provider, message: OutboundMessage): void {
  if (!provider.methods.includes(message.method)) {
    throw new DeliveryError(`${provider.name} does not deliver ${message.method} messages`, false);
  }
}
