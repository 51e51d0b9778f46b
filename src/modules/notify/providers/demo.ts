/**
 * The demo outbox: a provider that delivers every method by keeping the message on this machine,
 * for the demo MSP and for trying Switchboard without SMS or mail accounts. It opens no socket and
 * has no address setting; what it "sent" is read back in the console's Demo outbox.
 */
import { Type } from '@sinclair/typebox';
import { CONTACT_METHODS, type OutboundMessage, type Provider, type SendResult } from './provider.js';

/** Settings of the demo provider: only a label shown in the outbox. */
export interface DemoSettings {
  label?: string;
}

/** The stored settings of the demo provider, as `POST /providers` accepts them (may be left out). */
export const DemoSettingsSchema = Type.Object(
  { label: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A note shown with the provider, e.g. "Demo".' })) },
  { additionalProperties: false, title: 'Demo outbox settings' },
);

/** Keeps one message in the demo outbox and returns its id there. */
export type DemoOutbox = (message: OutboundMessage, provider: string) => Promise<string>;

/**
 * Creates the demo provider. It accepts every message of every method (it refuses nothing) and
 * hands it whole to `outbox`; without an outbox (a provider built only to be checked) it keeps
 * nothing and still accepts.
 */
export function createDemoProvider(name: string, outbox?: DemoOutbox): Provider {
  return {
    name,
    methods: [...CONTACT_METHODS],
    async send(message: OutboundMessage): Promise<SendResult> {
      const id = outbox ? await outbox(message, name) : message.id;
      return { providerMessageId: `demo-${id}`, status: 'kept in the demo outbox', provider: name };
    },
  };
}
