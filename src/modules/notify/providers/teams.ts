import { Type } from '@sinclair/typebox';
import { postToIncomingWebhook } from './http.js';
import { assertMethod, type OutboundMessage, type Provider, type SendResult } from './provider.js';
import { TimeoutMs } from './settings-schema.js';

/**
 * The card format: `adaptive` for Teams Workflows webhooks (the current kind), `messagecard`
 * for the older Office 365 connector webhooks.
 */
export type TeamsCardFormat = 'adaptive' | 'messagecard';

/** Settings of the Teams channel; the webhook URL is each recipient's address (`message.to`). */
export interface TeamsSettings {
  /** Default `adaptive`. */
  format?: TeamsCardFormat;
  /** Milliseconds per POST; default 10 s. */
  timeoutMs?: number;
}

/** The stored settings of the Teams provider, as `POST /providers` accepts them (may be left out). */
export const TeamsSettingsSchema = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal('adaptive'), Type.Literal('messagecard')], { description: 'adaptive (Workflows webhooks, default) or messagecard (older connectors).' })), timeoutMs: TimeoutMs },
  { additionalProperties: false, title: 'Teams settings' },
);

/** Creates the Microsoft Teams channel: a card POSTed to an incoming webhook. */
export function createTeamsProvider(name: string, settings: TeamsSettings = {}): Provider {
  const format = settings.format ?? 'adaptive';
  const provider: Provider = {
    name,
    methods: ['teams'],
    async send(message: OutboundMessage): Promise<SendResult> {
      assertMethod(provider, message);
      return postToIncomingWebhook(name, message, teamsPayload(message, format), settings.timeoutMs);
    },
  };
  return provider;
}

/**
 * The webhook payload: an Adaptive Card (title, text, `Action.OpenUrl` to the ack link) wrapped
 * in a message, or a MessageCard with an `OpenUri` action.
 */
export function teamsPayload(message: OutboundMessage, format: TeamsCardFormat = 'adaptive'): Record<string, unknown> {
  if (format === 'messagecard') {
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: message.subject,
      themeColor: 'D70000',
      title: message.subject,
      text: message.text,
      ...(message.ackUrl
        ? { potentialAction: [{ '@type': 'OpenUri', name: 'Acknowledge', targets: [{ os: 'default', uri: message.ackUrl }] }] }
        : {}),
    };
  }
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: message.subject, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: message.text, wrap: true },
    ],
    ...(message.ackUrl ? { actions: [{ type: 'Action.OpenUrl', title: 'Acknowledge', url: message.ackUrl }] } : {}),
  };
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
}
