import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decideAttempt, MAX_ATTEMPTS, signBody, webhookBody } from './status-subscription.js';

const temporary = { ok: false as const, status: 503, temporary: true, error: 'HTTP 503' };
const refused = { ok: false as const, status: 410, temporary: false, error: 'HTTP 410' };

describe('a status webhook delivery attempt', () => {
  it('is delivered on a 2xx', () => {
    expect(decideAttempt({ ok: true, status: 204 }, 1, 2, 0)).toEqual({ action: 'delivered' });
  });

  it('retries a temporary failure after 30 s, doubling each time, at most an hour', () => {
    expect(decideAttempt(temporary, 1, 0, 1_000)).toEqual({ action: 'retry', at: 31_000 });
    expect(decideAttempt(temporary, 2, 0, 0)).toEqual({ action: 'retry', at: 60_000 });
    expect(decideAttempt(temporary, 7, 0, 0)).toEqual({ action: 'retry', at: 1_920_000 });
  });

  it('gives up after the last attempt, and a refusal at once', () => {
    expect(decideAttempt(temporary, MAX_ATTEMPTS, 0, 0)).toMatchObject({ action: 'give_up', stopSubscription: false });
    expect(decideAttempt(refused, 1, 0, 0)).toMatchObject({ action: 'give_up', reason: 'refused: HTTP 410', stopSubscription: false });
  });

  it('stops the subscription at the third failed delivery in a row', () => {
    expect(decideAttempt(refused, 1, 2, 0)).toMatchObject({ action: 'give_up', stopSubscription: true });
  });

  it('signs the raw body that carries the attempt’s time', () => {
    const body = webhookBody('d1', { type: 'incident.update', incident: { id: 'i', title: 'T', status: 'open', declaredAt: 'x', resolvedAt: null }, update: { id: 'u', body: 'b', postedAt: 'y' }, statusPageUrl: 'https://s/status' }, '2026-03-02T14:00:00.000Z');
    expect(JSON.parse(body)).toMatchObject({ id: 'd1', sentAt: '2026-03-02T14:00:00.000Z' });
    expect(signBody('k', body)).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`);
  });
});
