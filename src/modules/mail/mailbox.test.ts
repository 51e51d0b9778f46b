import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './imap-mailbox.js';
import { mailboxHealth, oauthScopes, tokenEndpoint, type MailboxStatus } from './mailbox.js';

const T = Date.parse('2026-03-02T10:00:00Z');
const iso = (minutes: number) => new Date(T + minutes * 60_000).toISOString();
const box = (status: Partial<MailboxStatus>, over: object = {}) => ({
  enabled: true, kind: 'imap' as const, healthMinutes: 30,
  status: { lastSuccessAt: null, lastMessageAt: null, lastError: null, lastErrorAt: null, tokenFailedAt: null, alertedAt: null, ...status }, ...over,
});

describe('mailboxHealth', () => {
  it('reads ok, silent, failing, new and disabled', () => {
    expect(mailboxHealth(box({ lastSuccessAt: iso(0) }), T + 10 * 60_000)).toBe('ok');
    expect(mailboxHealth(box({ lastSuccessAt: iso(0) }), T + 31 * 60_000)).toBe('silent');
    expect(mailboxHealth(box({ lastSuccessAt: iso(0), lastError: 'LOGIN failed', lastErrorAt: iso(1) }), T + 2 * 60_000)).toBe('failing');
    expect(mailboxHealth(box({ lastSuccessAt: iso(0), tokenFailedAt: iso(1) }), T + 2 * 60_000)).toBe('failing');
    expect(mailboxHealth(box({ lastSuccessAt: iso(5), tokenFailedAt: iso(1) }), T + 6 * 60_000)).toBe('ok');
    expect(mailboxHealth(box({}), T)).toBe('new');
    expect(mailboxHealth(box({}, { enabled: false }), T)).toBe('disabled');
  });

  it('never calls an SMTP-listener address silent: it only receives', () => {
    expect(mailboxHealth(box({ lastSuccessAt: iso(0) }, { kind: 'smtp' }), T + 600 * 60_000)).toBe('ok');
    expect(mailboxHealth(box({}, { kind: 'smtp' }), T)).toBe('ok');
  });
});

describe('OAuth2 endpoints and scopes', () => {
  it('uses the tenant’s Microsoft endpoint, Google’s, or the one given', () => {
    expect(tokenEndpoint({ provider: 'microsoft', clientId: 'c', tenant: 'msp.example' })).toBe('https://login.microsoftonline.com/msp.example/oauth2/v2.0/token');
    expect(tokenEndpoint({ provider: 'microsoft', clientId: 'c' })).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/token');
    expect(tokenEndpoint({ provider: 'google', clientId: 'c' })).toBe('https://oauth2.googleapis.com/token');
    expect(tokenEndpoint({ provider: 'google', clientId: 'c', tokenUrl: 'http://127.0.0.1:9/token' })).toBe('http://127.0.0.1:9/token');
    expect(oauthScopes('microsoft')).toContain('offline_access');
    expect(oauthScopes('google')).toBe('https://mail.google.com/');
  });
});

describe('reconnectDelayMs', () => {
  it('waits 1 s, doubling up to 5 minutes', () => {
    expect([1, 2, 3, 4].map(reconnectDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(reconnectDelayMs(9)).toBe(256_000);
    expect(reconnectDelayMs(10)).toBe(300_000);
    expect(reconnectDelayMs(50)).toBe(300_000);
  });
});
