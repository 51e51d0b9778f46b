import { describe, expect, it } from 'vitest';
import { decideHealth } from './mailbox-health.step.js';
import type { MailboxStatus } from './mailbox.js';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const min = 60_000;
const box = (status: Partial<MailboxStatus> = {}, over: object = {}) => ({
  enabled: true, kind: 'imap' as const, healthMinutes: 30, createdAt: new Date(T0).toISOString(),
  status: { lastSuccessAt: null, lastMessageAt: null, lastError: null, lastErrorAt: null, tokenFailedAt: null, alertedAt: null, ...status }, ...over,
});
const at = (m: number) => new Date(T0 + m * min).toISOString();

describe('decideHealth', () => {
  it('waits until health minutes after the last success', () => {
    expect(decideHealth(box({ lastSuccessAt: at(10) }), T0 + 20 * min)).toEqual({ action: 'wait', until: T0 + 40 * min });
  });

  it('pages once the mailbox has been silent for its health minutes, counting from creation when it never worked', () => {
    expect(decideHealth(box({ lastSuccessAt: at(10) }), T0 + 41 * min)).toEqual({ action: 'page', why: 'silent', since: T0 + 10 * min });
    expect(decideHealth(box(), T0 + 31 * min)).toEqual({ action: 'page', why: 'silent', since: T0 });
  });

  it('pages once per outage: after paging it only keeps watching', () => {
    expect(decideHealth(box({ lastSuccessAt: at(10), alertedAt: at(41) }), T0 + 80 * min)).toEqual({ action: 'wait', until: T0 + 110 * min });
    expect(decideHealth(box({ lastSuccessAt: at(90), alertedAt: at(41) }), T0 + 121 * min)).toMatchObject({ action: 'page', why: 'silent' });
  });

  it('pages at once for a refused token refresh, once', () => {
    expect(decideHealth(box({ lastSuccessAt: at(10), tokenFailedAt: at(12) }), T0 + 12 * min)).toEqual({ action: 'page', why: 'token', since: T0 + 12 * min });
    expect(decideHealth(box({ lastSuccessAt: at(10), tokenFailedAt: at(12), alertedAt: at(12) }), T0 + 13 * min)).toEqual({ action: 'wait', until: T0 + 40 * min });
    expect(decideHealth(box({ lastSuccessAt: at(20), tokenFailedAt: at(12) }), T0 + 21 * min)).toEqual({ action: 'wait', until: T0 + 50 * min });
  });

  it('drops the deadline of a disabled, missing or SMTP-listener mailbox', () => {
    expect(decideHealth(box({}, { enabled: false }), T0)).toEqual({ action: 'drop', reason: 'disabled' });
    expect(decideHealth(box({}, { kind: 'smtp' }), T0)).toEqual({ action: 'drop', reason: 'not_polled' });
    expect(decideHealth(undefined, T0)).toEqual({ action: 'drop', reason: 'mailbox_gone' });
  });
});
