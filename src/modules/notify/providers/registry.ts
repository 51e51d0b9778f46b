import type { TObject } from '@sinclair/typebox';
import type { Clock } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors.js';
import { createFailoverProvider, type FailoverOptions } from './failover.js';
import { createDemoProvider, DemoSettingsSchema, type DemoOutbox, type DemoSettings } from './demo.js';
import { CONTACT_METHODS, type ContactMethod, type Provider } from './provider.js';
import { createSlackProvider, SlackSettingsSchema, type SlackSettings } from './slack.js';
import { createSmtpProvider, SmtpSettingsSchema, type SmtpSettings } from './smtp.js';
import { createTeamsProvider, TeamsSettingsSchema, type TeamsSettings } from './teams.js';
import { createTwilioProvider, TwilioSettingsSchema, type TwilioSettings } from './twilio.js';
import { createWebhookProvider, WebhookSettingsSchema, type WebhookSettings } from './webhook.js';

/** A configured provider, as stored (settings already decrypted). */
export type ProviderConfig =
  | { kind: 'smtp'; name: string; settings: SmtpSettings }
  | { kind: 'twilio'; name: string; settings: TwilioSettings }
  | { kind: 'webhook'; name: string; settings: WebhookSettings }
  | { kind: 'slack'; name: string; settings?: SlackSettings }
  | { kind: 'teams'; name: string; settings?: TeamsSettings }
  /** Keeps messages in the demo outbox; see providers/demo.ts. */
  | { kind: 'demo'; name: string; settings?: DemoSettings }
  /** Tries `members` in order; see `createFailoverProvider`. */
  | { kind: 'failover'; name: string; members: ProviderConfig[] };

/** What a provider needs from the outside. */
export interface ProviderDeps {
  clock: Clock;
  onFailover?: FailoverOptions['onFailover'];
  /** Where the demo provider keeps what it "sends" (the notify module's demo outbox). */
  demoOutbox?: DemoOutbox;
}

/** A kind of provider, the methods it can deliver, and the schema of its stored settings. */
export interface ProviderKind {
  kind: ProviderConfig['kind'];
  methods: ContactMethod[];
  /**
   * What an administrator may store for it: the schema, whether settings may be left out, and which
   * URL settings the server itself sends requests to. Absent for kinds not configured directly (failover).
   */
  settings?: { schema: TObject; optional: boolean; destinations?: string[] };
  create(config: ProviderConfig, deps: ProviderDeps): Provider;
}

const kindOf = <K extends ProviderConfig['kind']>(
  kind: K,
  methods: ContactMethod[],
  settings: ProviderKind['settings'],
  create: (config: Extract<ProviderConfig, { kind: K }>, deps: ProviderDeps) => Provider,
): ProviderKind => ({ kind, methods, settings, create: (config, deps) => create(config as Extract<ProviderConfig, { kind: K }>, deps) });

/** Every provider kind, registered explicitly; adding a channel means adding a line here. */
export const PROVIDER_KINDS: readonly ProviderKind[] = [
  kindOf('smtp', ['email'], { schema: SmtpSettingsSchema, optional: false }, (c) => createSmtpProvider(c.name, c.settings)),
  kindOf('twilio', ['sms', 'voice'], { schema: TwilioSettingsSchema, optional: false, destinations: ['baseUrl'] }, (c) => createTwilioProvider(c.name, c.settings)),
  kindOf('webhook', ['webhook'], { schema: WebhookSettingsSchema, optional: false }, (c, deps) => createWebhookProvider(c.name, c.settings, deps)),
  kindOf('slack', ['slack'], { schema: SlackSettingsSchema, optional: true }, (c) => createSlackProvider(c.name, c.settings)),
  kindOf('teams', ['teams'], { schema: TeamsSettingsSchema, optional: true }, (c) => createTeamsProvider(c.name, c.settings)),
  kindOf('demo', [...CONTACT_METHODS], { schema: DemoSettingsSchema, optional: true }, (c, deps) => createDemoProvider(c.name, deps.demoOutbox)),
  kindOf('failover', ['email', 'sms', 'voice', 'webhook', 'slack', 'teams'], undefined, (c, deps) =>
    createFailoverProvider(c.name, c.members.map((m) => createProvider(m, deps)), { onFailover: deps.onFailover }),
  ),
];

/** Builds a provider from its configuration. */
export function createProvider(config: ProviderConfig, deps: ProviderDeps): Provider {
  const kind = PROVIDER_KINDS.find((k) => k.kind === config.kind);
  if (!kind) {
    throw new AppError('provider_kind_unknown', `Unknown provider kind "${String((config as { kind: unknown }).kind)}"`, { status: 422, field: '/kind' });
  }
  return kind.create(config, deps);
}

/** The first provider in `providers` that delivers `method`, if any. */
export function providerFor(providers: readonly Provider[], method: ContactMethod): Provider | undefined {
  return providers.find((p) => p.methods.includes(method));
}
