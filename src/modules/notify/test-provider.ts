/**
 * A test send through one configured provider alone (no failover), now: the administrator's check
 * that the credentials and the route work. Recorded as a test notification with its attempt, so it
 * shows among the provider's last deliveries.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findProvider, recordTestSend } from './delivery.repository.js';
import { refuseInternalAddress, URL_METHODS } from './internal-address.js';
import { readableSettings } from './change-provider.js';
import { demoOutboxIn } from './keep-demo-message.js';
import { createProvider, type ProviderConfig } from './providers/registry.js';
import { DeliveryError, type ContactMethod } from './providers/provider.js';

const ADDRESS: Record<string, [RegExp, string]> = {
  email: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address'],
  sms: [/^\+[1-9]\d{6,14}$/, 'a phone number in +E.164 form, e.g. +15555550123'],
  voice: [/^\+[1-9]\d{6,14}$/, 'a phone number in +E.164 form, e.g. +15555550123'],
  webhook: [/^https?:\/\/\S+$/, 'an http or https URL'],
  slack: [/^https?:\/\/\S+$/, 'a Slack incoming-webhook URL'],
  teams: [/^https?:\/\/\S+$/, 'a Teams incoming-webhook URL'],
};

export interface TestSendResult {
  ok: boolean;
  method: string;
  to: string;
  /** The provider's status word when it accepted the message (queued, accepted …). */
  status: string | null;
  providerMessageId: string | null;
  error: string | null;
  /** A failure that may pass if tried again later. */
  temporary: boolean;
  at: string;
}

/** Sends one test message through provider `id` to `input.to`, recorded as a test notification from `senderId`. */
export async function testProvider(
  deps: { db: Db; clock: Clock; secretKey: string; allowPrivateDestinations?: boolean },
  id: string,
  senderId: string,
  input: { to: string; method?: string },
): Promise<TestSendResult> {
  const stored = await findProvider(deps.db, id);
  if (!stored) throw notFound('Provider');
  const method = input.method ?? stored.methods[0];
  if (!stored.methods.includes(method)) throw new AppError('method_not_delivered', `${stored.name} delivers ${stored.methods.join(' and ')}, not ${method}`, { status: 422, field: '/method' });
  const [pattern, what] = ADDRESS[method];
  const to = input.to.trim();
  if (!pattern.test(to)) throw new AppError('invalid_address', `Send the test to ${what}`, { status: 422, field: '/to' });
  const settings = readableSettings(deps.secretKey, stored);
  if (!settings) throw new AppError('provider_settings_unreadable', `${stored.name}'s settings were stored under another SWITCHBOARD_SECRET_KEY; give them again`, { status: 409 });
  const provider = createProvider({ kind: stored.kind, name: stored.name, settings } as ProviderConfig, { clock: deps.clock, demoOutbox: demoOutboxIn(deps) });
  const at = deps.clock.iso();
  const notificationId = newId();
  const text = `Switchboard test from the provider “${stored.name}”, ${at.slice(11, 16)} UTC ${at.slice(0, 10)}. Nothing to do.`;
  const base = { id: notificationId, recipientUserId: senderId, method, address: to, subject: `Switchboard test: ${stored.name}`, body: text, createdAt: at, provider: stored.name };
  try {
    if (URL_METHODS.has(method) && !deps.allowPrivateDestinations) await refuseInternalAddress(to);
    const sent = await provider.send({ id: notificationId, method: method as ContactMethod, to, subject: base.subject, text, metadata: { test: 'true' } });
    await recordTestSend(deps.db, { ...base, status: 'sent', providerMessageId: sent.providerMessageId, detail: `accepted: ${sent.status} (test send)` });
    return { ok: true, method, to, status: sent.status, providerMessageId: sent.providerMessageId, error: null, temporary: false, at };
  } catch (error) {
    const e = error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message ?? error), true);
    await recordTestSend(deps.db, { ...base, status: 'failed', error: e.message, detail: `${e.message} (test send)` });
    return { ok: false, method, to, status: null, providerMessageId: null, error: e.message, temporary: e.temporary, at };
  } finally {
    // Built for this one send: release what it holds (an SMTP transport).
    (provider as { close?: () => void }).close?.();
  }
}
