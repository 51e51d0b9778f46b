import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSmtp } from '../../../../test/support/fake-smtp.js';
import { DeliveryError, type OutboundMessage } from './provider.js';
import { createSmtpProvider, type SmtpProvider, type SmtpSettings } from './smtp.js';

const open = new FakeSmtp();
const guarded = new FakeSmtp({ auth: { user: 'pager', pass: 's3cret' } });
const providers: SmtpProvider[] = [];

const email: OutboundMessage = {
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  method: 'email',
  to: 'oncall@msp.example',
  subject: '[P1] T-1042 Acme: mail server down',
  text: 'Acme reports that the mail server is down.',
  ackUrl: 'https://desk.example/ack/tok',
};

function provider(overrides: Partial<SmtpSettings> = {}): SmtpProvider {
  const p = createSmtpProvider('smtp', { host: open.host, port: open.port, secure: false, from: '"Switchboard" <paging@msp.example>', ...overrides });
  providers.push(p);
  return p;
}

async function caught(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

beforeAll(async () => {
  await open.start();
  await guarded.start();
});
afterAll(async () => {
  for (const p of providers) p.close();
  await open.stop();
  await guarded.stop();
});
beforeEach(() => {
  open.reset();
  guarded.reset();
});

describe('SMTP email', () => {
  it('delivers the page with its envelope, a Message-ID from the delivery id and the acknowledge link', async () => {
    const result = await provider().send(email);
    await open.waitFor(1);
    const [mail, ...others] = open.messages();
    expect(others).toEqual([]);
    expect(mail!.envelope).toEqual({ from: 'paging@msp.example', to: ['oncall@msp.example'] });
    expect(mail!.headers.subject).toBe('[P1] T-1042 Acme: mail server down');
    expect(mail!.headers['message-id']).toBe('<6f1c2a9e-0000-4000-8000-000000000001@msp.example>');
    expect(mail!.headers['auto-submitted']).toBe('auto-generated');
    expect(mail!.headers['x-switchboard-delivery']).toBe(email.id);
    expect(mail!.text).toContain('Acme reports that the mail server is down.');
    expect(mail!.text).toContain('Acknowledge: https://desk.example/ack/tok');
    expect(result).toEqual({ providerMessageId: '<6f1c2a9e-0000-4000-8000-000000000001@msp.example>', status: 'accepted', provider: 'smtp' });
  });

  it('logs in when the relay needs it', async () => {
    await provider({ port: guarded.port, user: 'pager', pass: 's3cret' }).send(email);
    await guarded.waitFor(1);
    expect(guarded.messages()[0]!.user).toBe('pager');
  });

  it('treats refused credentials as a permanent fault of the account', async () => {
    const error = await caught(provider({ port: guarded.port, user: 'pager', pass: 'wrong' }).send(email));
    expect(error).toMatchObject({ temporary: false, providerFault: true });
    expect(guarded.messages()).toEqual([]);
  });

  it('treats a 4xx refusal as temporary and a 5xx refusal as permanent', async () => {
    open.rejectNext(1, 451);
    expect(await caught(provider().send(email))).toMatchObject({ temporary: true, providerStatus: 451 });
    open.rejectNext(1, 550);
    expect(await caught(provider().send(email))).toMatchObject({ temporary: false, providerStatus: 550, providerFault: false });
    expect(open.messages()).toEqual([]);
  });

  it('treats a relay that is not listening, or never greets, as temporary', async () => {
    const unreachable = await caught(provider({ port: await freePort() }).send(email));
    expect(unreachable.temporary).toBe(true);
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const mute = await caught(provider({ port: (silent.address() as AddressInfo).port, timeoutMs: 300 }).send(email));
      expect(mute.temporary).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
