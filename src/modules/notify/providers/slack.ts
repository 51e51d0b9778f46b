import { Type } from '@sinclair/typebox';
import { postToIncomingWebhook } from './http.js';
import { assertMethod, type OutboundMessage, type Provider, type SendResult } from './provider.js';
import { TimeoutMs } from './settings-schema.js';

/** Settings of the Slack channel; the incoming-webhook URL is each recipient's address (`message.to`). */
export interface SlackSettings {
  /** Milliseconds per POST; default 10 s. */
  timeoutMs?: number;
}

/** The stored settings of the Slack provider, as `POST /providers` accepts them (may be left out). */
export const SlackSettingsSchema = Type.Object({ timeoutMs: TimeoutMs }, { additionalProperties: false, title: 'Slack settings' });

/** Slack's block-kit limits, in characters. */
const HEADER_LIMIT = 150;
const SECTION_LIMIT = 3000;

/** Creates the Slack channel: a JSON POST to a Slack incoming webhook. */
export function createSlackProvider(name: string, settings: SlackSettings = {}): Provider {
  const provider: Provider = {
    name,
    methods: ['slack'],
    async send(message: OutboundMessage): Promise<SendResult> {
      assertMethod(provider, message);
      return postToIncomingWebhook(name, message, slackPayload(message), settings.timeoutMs);
    },
  };
  return provider;
}

/**
 * The incoming-webhook payload: `text` as the notification fallback, and blocks with a header,
 * the text, and (when there is an `ackUrl`) an Acknowledge button linking to it.
 */
export function slackPayload(message: OutboundMessage): { text: string; blocks: unknown[] } {
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(message.subject, HEADER_LIMIT), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(slackEscape(message.text), SECTION_LIMIT) } },
  ];
  if (message.ackUrl) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'acknowledge',
          style: 'primary',
          text: { type: 'plain_text', text: 'Acknowledge' },
          url: message.ackUrl,
        },
      ],
    });
  }
  return { text: slackEscape(`${message.subject}: ${message.text}`), blocks };
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
