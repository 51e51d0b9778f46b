import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeTwilio } from '../../../../test/support/fake-twilio.js';
import { createFailoverProvider, FailoverError, type FailoverAttempt, type FailoverResult } from './failover.js';
import { DeliveryError, type OutboundMessage, type Provider } from './provider.js';
import { createTwilioProvider } from './twilio.js';

const primary = new FakeTwilio({ accountSid: 'AC1', authToken: 'token-1' });
const backup = new FakeTwilio({ accountSid: 'AC2', authToken: 'token-2' });
let first: Provider;
let second: Provider;
let switches: Array<[string, string]>;
let paging: Provider;

const page: OutboundMessage = { id: 'dlv-7', method: 'sms', to: '+447700900456', subject: '', text: 'P1 T-7 publisher outage' };

beforeAll(async () => {
  first = createTwilioProvider('primary', { accountSid: 'AC1', authToken: 'token-1', from: '+15005550001', baseUrl: await primary.start(), timeoutMs: 300 });
  second = createTwilioProvider('backup', { accountSid: 'AC2', authToken: 'token-2', from: '+15005550002', baseUrl: await backup.start(), timeoutMs: 300 });
});
afterAll(async () => {
  await primary.stop();
  await backup.stop();
});
beforeEach(() => {
  primary.reset();
  backup.reset();
  switches = [];
  paging = createFailoverProvider('sms', [first, second], { onFailover: (a: FailoverAttempt, next) => switches.push([a.provider, next]) });
});

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('provider failover', () => {
  it('sends through the first provider when it answers', async () => {
    const result = (await paging.send(page)) as FailoverResult;
    expect(result.provider).toBe('primary');
    expect(result.failures).toEqual([]);
    expect(primary.sms().map((m) => m.to)).toEqual(['+447700900456']);
    expect(backup.sms()).toEqual([]);
  });

  it('moves to the second provider when the first answers 503, and says who sent it', async () => {
    primary.failNext(1, 503);
    const result = (await paging.send(page)) as FailoverResult;
    expect(result.provider).toBe('backup');
    expect(result.providerMessageId).toBe(backup.sms()[0]!.sid);
    expect(result.failures.map((f) => [f.provider, f.error.providerStatus])).toEqual([['primary', 503]]);
    expect(switches).toEqual([['primary', 'backup']]);
    expect(primary.sms()).toEqual([]);
    expect(backup.sms().map((m) => [m.to, m.from, m.body])).toEqual([['+447700900456', '+15005550002', 'P1 T-7 publisher outage']]);
  });

  it('moves to the second provider when the first is down or does not answer in time', async () => {
    primary.down();
    expect(((await paging.send(page)) as FailoverResult).provider).toBe('backup');
    primary.down(false);
    primary.hang();
    expect(((await paging.send(page)) as FailoverResult).provider).toBe('backup');
    expect(backup.sms()).toHaveLength(2);
  });

  it('moves on when the first provider refuses our credentials (401)', async () => {
    const broken = createTwilioProvider('primary', { accountSid: 'AC1', authToken: 'revoked', from: '+15005550001', baseUrl: primary.url });
    const result = (await createFailoverProvider('sms', [broken, second]).send(page)) as FailoverResult;
    expect(result.provider).toBe('backup');
    expect(result.failures[0]!.error).toMatchObject({ providerStatus: 401, providerFault: true });
  });

  it('does not pass a message the first provider refused as invalid (400) to the next one', async () => {
    const error = await failure(paging.send({ ...page, to: '0770 NOT A NUMBER' }));
    expect(error).not.toBeInstanceOf(FailoverError);
    expect(error).toMatchObject({ temporary: false, providerStatus: 400 });
    expect(primary.requestCount()).toBe(1);
    expect(backup.requestCount()).toBe(0);
    expect(switches).toEqual([]);
  });

  it('fails temporarily, listing every attempt, when all providers fail', async () => {
    primary.failNext(1, 503);
    backup.down();
    const error = await failure(paging.send(page));
    expect(error).toBeInstanceOf(FailoverError);
    expect(error.temporary).toBe(true);
    expect((error as FailoverError).attempts.map((a) => a.provider)).toEqual(['primary', 'backup']);
    expect(error.message).toContain('every provider failed');
    expect(primary.sms()).toEqual([]);
    expect(backup.sms()).toEqual([]);
  });

  it('skips providers that do not deliver the method, and refuses a method none delivers', async () => {
    const emailOnly: Provider = { name: 'mail', methods: ['email'], send: () => Promise.reject(new Error('must not be called')) };
    const result = (await createFailoverProvider('mixed', [emailOnly, second]).send(page)) as FailoverResult;
    expect(result.provider).toBe('backup');
    const error = await failure(createFailoverProvider('mixed', [emailOnly, second]).send({ ...page, method: 'slack' }));
    expect(error.temporary).toBe(false);
  });
});
