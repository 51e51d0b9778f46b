/**
 * A subscription's life after it is made: confirmed by its address's owner (the mailed link), or
 * ended — unsubscribed by the link every mail carries, or by a person through the API. Ending an
 * ended subscription changes nothing, so a link used twice answers the same; its deliveries still
 * queued are dropped when they fall due (status-webhook.step.ts).
 */
import type { Db } from '../../platform/db/connect.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import type { StatusSubscription } from './status-subscription.js';
import { changeSubscriptionState, findSubscription } from './subscriptions.repository.js';

/** Confirms a pending email subscription; an active one stays so; an ended one is not revived. */
export async function confirmSubscription(deps: { db: Db; clock: Clock }, id: string): Promise<StatusSubscription> {
  await changeSubscriptionState(deps.db, id, ['pending'], { state: 'active', at: deps.clock.iso() });
  return (await findSubscription(deps.db, id)) ?? Promise.reject(notFound('Subscription'));
}

/** Ends a subscription (pending or active): nothing more is sent to it. */
export async function endSubscription(deps: { db: Db; clock: Clock }, id: string): Promise<StatusSubscription> {
  await changeSubscriptionState(deps.db, id, ['pending', 'active'], { state: 'unsubscribed', at: deps.clock.iso() });
  return (await findSubscription(deps.db, id)) ?? Promise.reject(notFound('Subscription'));
}
