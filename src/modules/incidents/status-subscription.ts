/**
 * Subscriptions to the status pages (issue 12, item 3): types and the pure rules — the signature a
 * webhook receiver checks, the JSON body of an event, and what a delivery attempt's answer means
 * (delivered, retried later with back-off, or given up; a subscription stops after failures in a row).
 */
import { createHmac } from 'node:crypto';

export type SubscriptionKind = 'email' | 'webhook';
export type SubscriptionState = 'pending' | 'active' | 'unsubscribed' | 'stopped';

export interface StatusSubscription {
  id: string;
  /** The client whose page it follows; null for the public page. */
  organizationId: string | null;
  kind: SubscriptionKind;
  email: string | null;
  url: string | null;
  secretEncrypted: string | null;
  state: SubscriptionState;
  failures: number;
  stopReason: string;
  createdBy: string | null;
  createdAt: string;
  confirmedAt: string | null;
  endedAt: string | null;
  updatedAt: string;
}

export type DeliveryState = 'queued' | 'delivered' | 'failed' | 'cancelled';

export interface StatusDelivery {
  id: string;
  subscriptionId: string;
  eventKey: string;
  payload: StatusEventPayload;
  state: DeliveryState;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  updatedAt: string;
}

/** What a webhook receives, less the per-attempt `id` and `sentAt` (see webhookBody). */
export interface StatusEventPayload {
  type: 'incident.update' | 'incident.resolved';
  incident: { id: string; title: string; status: string; declaredAt: string; resolvedAt: string | null };
  update: { id: string; body: string; postedAt: string };
  /** The page the subscription follows: the public page, or the client's own (a signed link). */
  statusPageUrl: string;
}

/** Attempts per delivery before it is given up (5xx, timeouts and unreachable receivers are retried). */
export const MAX_ATTEMPTS = 8;
/** Failed deliveries in a row (refused with a 4xx, or given up) that stop a webhook subscription. */
export const MAX_FAILURES = 3;
/** The first retry's delay; each further retry waits twice as long, at most RETRY_CAP_MS. */
export const FIRST_RETRY_MS = 30_000;
export const RETRY_CAP_MS = 3_600_000;
/** How long a delivery in flight holds its deadline: a node that dies mid-POST is retried after it. */
export const SEND_LEASE_MS = 120_000;

/** The body POSTed for a delivery: the payload with the delivery id and the attempt's time, which the signature covers. */
export function webhookBody(deliveryId: string, payload: StatusEventPayload, sentAt: string): string {
  return JSON.stringify({ id: deliveryId, type: payload.type, sentAt, incident: payload.incident, update: payload.update, statusPageUrl: payload.statusPageUrl });
}

/** `X-Switchboard-Signature`: `sha256=` and the hex HMAC-SHA256 of the raw body, keyed with the subscription's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** One attempt's answer: a 2xx, or the failure and whether it is worth trying again. */
export type AttemptResult = { ok: true; status: number } | { ok: false; status: number | null; temporary: boolean; error: string };

export type AttemptDecision =
  | { action: 'delivered' }
  | { action: 'retry'; at: number }
  | { action: 'give_up'; reason: string; stopSubscription: boolean };

/**
 * What to do after attempt number `attempts` (1 for the first) of a delivery: a 2xx is delivered; a
 * temporary failure is tried again after 30 s, 1 min, 2 min … (at most an hour) until MAX_ATTEMPTS;
 * a refusal (a 4xx other than 408/429) is not retried. A delivery given up counts as a failure of
 * the subscription, and MAX_FAILURES in a row stop it.
 */
export function decideAttempt(result: AttemptResult, attempts: number, failuresBefore: number, now: number): AttemptDecision {
  if (result.ok) return { action: 'delivered' };
  if (result.temporary && attempts < MAX_ATTEMPTS) return { action: 'retry', at: now + Math.min(RETRY_CAP_MS, FIRST_RETRY_MS * 2 ** (attempts - 1)) };
  const reason = result.temporary ? `given up after ${attempts} attempts: ${result.error}` : `refused: ${result.error}`;
  return { action: 'give_up', reason, stopSubscription: failuresBefore + 1 >= MAX_FAILURES };
}

/** Whether an address could be mailed at all (the schema checks the shape; this trims and lowers it). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
