/**
 * Engine step `incidents.status-webhook`: one webhook delivery of an incident event to a status
 * page's subscriber. The deadline is armed when the event is queued (notify-subscribers.ts). When it
 * falls due, the step checks the delivery is still wanted and gives its deadline a lease
 * (SEND_LEASE_MS) — the POST is made after that commits, never inside the engine's transaction,
 * which on SQLite would hold the single writer for as long as a slow receiver takes. The answer is
 * recorded in a transaction of its own: delivered (the deadline retired), retried with back-off
 * (the deadline moved), or given up (a refusal, or too many attempts; enough in a row stop the
 * subscription). A node that dies mid-POST leaves the lease to run out, and the delivery is tried
 * again: receivers de-duplicate by the delivery `id` in the body.
 */
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { armDeadline, cancelDeadlines } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { Logger } from '../../platform/logger.js';
import { decryptSecret } from '../../platform/secrets.js';
import { DeliveryError, postOrThrow, refuseInternalAddress } from '../notify/index.js';
import { decideAttempt, SEND_LEASE_MS, signBody, webhookBody, type AttemptResult } from './status-subscription.js';
import { changeSubscriptionState, findDelivery, findSubscription, saveDeliveryAttempt, setSubscriptionFailures } from './subscriptions.repository.js';

export const STATUS_WEBHOOK_KIND = 'incidents.status-webhook';

export interface StatusWebhookDeps {
  /** The root handle: the answer is recorded after the engine's transaction committed. */
  db: Db;
  clock: Clock;
  logger: Logger;
  secretKey: string;
  /** Allow receivers on loopback, private and link-local addresses (SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS). */
  allowPrivateDestinations?: boolean;
  /** Milliseconds a receiver has to answer; default 10 s. */
  timeoutMs?: number;
}

/** The step, and a way to wait for the POSTs it started (tests, and a node stopping). */
export interface StatusWebhooks {
  handler: DeadlineHandler;
  settled(): Promise<void>;
}

export function statusWebhooks(deps: StatusWebhookDeps): StatusWebhooks {
  const inFlight = new Set<Promise<void>>();
  const start = (deliveryId: string, deadlineId: string) => {
    const sending = send(deps, deliveryId, deadlineId).catch((error: unknown) => deps.logger.error({ err: error, delivery: deliveryId }, 'a status webhook delivery could not be recorded; its lease will retry it'));
    inFlight.add(sending);
    void sending.finally(() => inFlight.delete(sending));
  };
  const handler: DeadlineHandler = {
    kind: STATUS_WEBHOOK_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const delivery = await findDelivery(trx, deadline.subjectId);
      if (!delivery || delivery.state !== 'queued') return { outcome: 'done' };
      const subscription = await findSubscription(trx, delivery.subscriptionId);
      if (!subscription || subscription.state !== 'active' || !subscription.url) {
        await saveDeliveryAttempt(trx, delivery.id, { ...delivery, state: 'cancelled', lastError: 'the subscription ended', at: deps.clock.iso() });
        return { outcome: 'cancelled' };
      }
      return { retryAt: now + SEND_LEASE_MS, after: () => start(delivery.id, deadline.id) };
    },
  };
  return {
    handler,
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** One attempt: POST the signed body, then record what the answer means. */
async function send(deps: StatusWebhookDeps, deliveryId: string, deadlineId: string): Promise<void> {
  const delivery = await findDelivery(deps.db, deliveryId);
  const subscription = delivery ? await findSubscription(deps.db, delivery.subscriptionId) : undefined;
  if (!delivery || delivery.state !== 'queued' || !subscription?.url || !subscription.secretEncrypted) return;
  const secret = decryptSecret(deps.secretKey, subscription.secretEncrypted, `status-subscription:${subscription.id}`);
  const sentAt = deps.clock.now();
  const body = webhookBody(delivery.id, delivery.payload, toIso(sentAt));
  const result = await post(deps, { url: subscription.url, secret, deliveryId: delivery.id, type: delivery.payload.type, sentAt, body });
  const attempts = delivery.attempts + 1;
  const now = deps.clock.now();
  const at = deps.clock.iso();
  const decision = decideAttempt(result, attempts, subscription.failures, now);
  const lastStatus = result.status;
  const lastError = result.ok ? null : result.error;
  await deps.db.transaction().execute(async (trx) => {
    if (decision.action === 'retry') {
      await saveDeliveryAttempt(trx, delivery.id, { state: 'queued', attempts, lastStatus, lastError, deliveredAt: null, at });
      await armDeadline(trx, { id: deadlineId, kind: STATUS_WEBHOOK_KIND, subjectId: delivery.id, dueAt: decision.at, payload: {}, nowIso: at });
      return;
    }
    await cancelDeadlines(trx, delivery.id, [STATUS_WEBHOOK_KIND], at);
    if (decision.action === 'delivered') {
      await saveDeliveryAttempt(trx, delivery.id, { state: 'delivered', attempts, lastStatus, lastError, deliveredAt: at, at });
      if (subscription.failures > 0) await setSubscriptionFailures(trx, subscription.id, 0, at);
      return;
    }
    await saveDeliveryAttempt(trx, delivery.id, { state: 'failed', attempts, lastStatus, lastError: decision.reason, deliveredAt: null, at });
    await setSubscriptionFailures(trx, subscription.id, subscription.failures + 1, at);
    if (decision.stopSubscription) await changeSubscriptionState(trx, subscription.id, ['active'], { state: 'stopped', at, stopReason: `stopped after ${subscription.failures + 1} failed deliveries in a row; the last: ${decision.reason}` });
  });
}

async function post(deps: StatusWebhookDeps, p: { url: string; secret: string; deliveryId: string; type: string; sentAt: number; body: string }): Promise<AttemptResult> {
  const { url, body } = p;
  try {
    if (!deps.allowPrivateDestinations) await refuseInternalAddress(url);
    const answer = await postOrThrow({
      provider: 'status webhook',
      url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Switchboard-Status/1',
        'x-switchboard-event': p.type,
        'x-switchboard-delivery': p.deliveryId,
        // The same instant as the body's sentAt, which the signature covers.
        'x-switchboard-timestamp': String(Math.floor(p.sentAt / 1000)),
        'x-switchboard-signature': signBody(p.secret, body),
      },
      body,
      timeoutMs: deps.timeoutMs,
    });
    return { ok: true, status: answer.status };
  } catch (error) {
    if (error instanceof DeliveryError) return { ok: false, status: error.providerStatus ?? null, temporary: error.temporary, error: error.message };
    throw error;
  }
}
