import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoProvider, DemoSettingsSchema } from './demo.js';
import { CONTACT_METHODS, type OutboundMessage } from './provider.js';
import { PROVIDER_KINDS } from './registry.js';

describe('the demo provider', () => {
  const opened: string[] = [];
  const realConnect = net.Socket.prototype.connect;
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    // Any socket or fetch the provider tried would be recorded here and fail the send.
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      opened.push(JSON.stringify(args[0]));
      throw new Error('the demo provider opened a socket');
    } as typeof realConnect;
    globalThis.fetch = (async (input: unknown) => {
      opened.push(String(input));
      throw new Error('the demo provider fetched');
    }) as typeof fetch;
  });
  afterEach(() => {
    net.Socket.prototype.connect = realConnect;
    globalThis.fetch = realFetch;
    opened.length = 0;
  });

  it('accepts every method and hands the whole message to the outbox, opening no socket', async () => {
    const kept: [OutboundMessage, string][] = [];
    const provider = createDemoProvider('Demo outbox', async (m, name) => {
      kept.push([m, name]);
      return `kept-${kept.length}`;
    });
    expect(provider.methods).toEqual([...CONTACT_METHODS]);
    for (const method of CONTACT_METHODS) {
      const to = method === 'email' ? 'lead@msp.example' : method === 'sms' || method === 'voice' ? '+12025550101' : 'https://hooks.example.com/x';
      const message = { id: `n-${method}`, method, to, subject: 'SB-1 Server down', text: 'SB-1 Server down. Acknowledge: https://desk.example/ack/t', ackUrl: 'https://desk.example/ack/t' };
      const result = await provider.send(message);
      expect(result).toMatchObject({ providerMessageId: `demo-kept-${kept.length}`, provider: 'Demo outbox' });
      expect(kept.at(-1)).toEqual([message, 'Demo outbox']);
    }
    expect(kept).toHaveLength(CONTACT_METHODS.length);
    expect(opened).toEqual([]);
  });

  it('has no address among its settings, so there is nowhere for it to send', () => {
    const kind = PROVIDER_KINDS.find((k) => k.kind === 'demo')!;
    expect(kind.methods).toEqual([...CONTACT_METHODS]);
    expect(kind.settings?.destinations).toBeUndefined();
    expect(Object.keys(DemoSettingsSchema.properties)).toEqual(['label']);
    expect(DemoSettingsSchema.additionalProperties).toBe(false);
  });
});
