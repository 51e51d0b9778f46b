/** The SQL of the status pages' subscriptions and their webhook outbox (tables of the incidents module). */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import type { DeliveryState, StatusDelivery, StatusEventPayload, StatusSubscription, SubscriptionState } from './status-subscription.js';
import { incidentDb, type StatusDeliveryTable, type StatusSubscriptionTable } from './incidents.tables.js';

function toSubscription(r: StatusSubscriptionTable): StatusSubscription {
  return {
    id: r.id, organizationId: r.organization_id, kind: r.kind as StatusSubscription['kind'], email: r.email, url: r.url, secretEncrypted: r.secret_encrypted,
    state: r.state as SubscriptionState, failures: Number(r.failures), stopReason: r.stop_reason, createdBy: r.created_by, createdAt: r.created_at,
    confirmedAt: r.confirmed_at, endedAt: r.ended_at, updatedAt: r.updated_at,
  };
}

function toDelivery(r: StatusDeliveryTable): StatusDelivery {
  return {
    id: r.id, subscriptionId: r.subscription_id, eventKey: r.event_key, payload: readJson<StatusEventPayload>(r.payload, {} as StatusEventPayload), state: r.state as DeliveryState,
    attempts: Number(r.attempts), lastStatus: r.last_status === null ? null : Number(r.last_status), lastError: r.last_error, createdAt: r.created_at, deliveredAt: r.delivered_at, updatedAt: r.updated_at,
  };
}

export async function insertSubscription(db: Db, s: StatusSubscription): Promise<void> {
  await incidentDb(db)
    .insertInto('status_subscriptions')
    .values({
      id: s.id, organization_id: s.organizationId, kind: s.kind, email: s.email, url: s.url, secret_encrypted: s.secretEncrypted, state: s.state, failures: s.failures,
      stop_reason: s.stopReason, created_by: s.createdBy, created_at: s.createdAt, confirmed_at: s.confirmedAt, ended_at: s.endedAt, updated_at: s.updatedAt,
    })
    .execute();
}

export async function findSubscription(db: Db, id: string): Promise<StatusSubscription | undefined> {
  const r = await incidentDb(db).selectFrom('status_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSubscription(r) : undefined;
}

/** A live (pending or active) email subscription of this page and address, if one exists. */
export async function findLiveEmailSubscription(db: Db, organizationId: string | null, email: string): Promise<StatusSubscription | undefined> {
  let q = incidentDb(db).selectFrom('status_subscriptions').selectAll().where('kind', '=', 'email').where('email', '=', email).where('state', 'in', ['pending', 'active']);
  q = organizationId === null ? q.where('organization_id', 'is', null) : q.where('organization_id', '=', organizationId);
  const r = await q.orderBy('created_at').limit(1).executeTakeFirst();
  return r ? toSubscription(r) : undefined;
}

/** Subscriptions of some pages, newest first: `organizationIds` null lists every page (staff). */
export async function listSubscriptions(db: Db, filter: { organizationIds: (string | null)[] | null; limit: number }): Promise<StatusSubscription[]> {
  let q = incidentDb(db).selectFrom('status_subscriptions').selectAll();
  if (filter.organizationIds !== null) {
    const ids = filter.organizationIds.filter((x): x is string => x !== null);
    const withPublic = filter.organizationIds.includes(null);
    q = q.where((eb) => eb.or([...(ids.length > 0 ? [eb('organization_id', 'in', ids)] : []), ...(withPublic ? [eb('organization_id', 'is', null)] : []), ...(ids.length === 0 && !withPublic ? [eb('id', '=', '')] : [])]));
  }
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute()).map(toSubscription);
}

/** The active subscriptions that hear of an incident: the public page's and those of the clients it touches. */
export async function activeSubscriptionsFor(db: Db, organizationIds: string[]): Promise<StatusSubscription[]> {
  const rows = await incidentDb(db)
    .selectFrom('status_subscriptions')
    .selectAll()
    .where('state', '=', 'active')
    .where((eb) => eb.or([eb('organization_id', 'is', null), ...(organizationIds.length > 0 ? [eb('organization_id', 'in', organizationIds)] : [])]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSubscription);
}

/** Moves a subscription from one of `from` to `to`; false when it was in none of them. */
export async function changeSubscriptionState(db: Db, id: string, from: SubscriptionState[], to: { state: SubscriptionState; at: string; stopReason?: string }): Promise<boolean> {
  const r = await incidentDb(db)
    .updateTable('status_subscriptions')
    .set({
      state: to.state, updated_at: to.at,
      ...(to.state === 'active' ? { confirmed_at: to.at } : { ended_at: to.at }),
      ...(to.stopReason !== undefined ? { stop_reason: to.stopReason } : {}),
    })
    .where('id', '=', id)
    .where('state', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Sets the count of failed deliveries in a row. */
export async function setSubscriptionFailures(db: Db, id: string, failures: number, at: string): Promise<void> {
  await incidentDb(db).updateTable('status_subscriptions').set({ failures, updated_at: at }).where('id', '=', id).execute();
}

/** Queues a delivery unless its subscription has had this event already; true when queued. */
export async function insertDelivery(db: Db, d: StatusDelivery): Promise<boolean> {
  const r = await incidentDb(db)
    .insertInto('status_deliveries')
    .values({
      id: d.id, subscription_id: d.subscriptionId, event_key: d.eventKey, payload: JSON.stringify(d.payload), state: d.state, attempts: d.attempts,
      last_status: d.lastStatus, last_error: d.lastError, created_at: d.createdAt, delivered_at: d.deliveredAt, updated_at: d.updatedAt,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'event_key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findDelivery(db: Db, id: string): Promise<StatusDelivery | undefined> {
  const r = await incidentDb(db).selectFrom('status_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toDelivery(r) : undefined;
}

/** Records an attempt's outcome on a delivery. */
export async function saveDeliveryAttempt(db: Db, id: string, a: { state: DeliveryState; attempts: number; lastStatus: number | null; lastError: string | null; deliveredAt: string | null; at: string }): Promise<void> {
  await incidentDb(db)
    .updateTable('status_deliveries')
    .set({ state: a.state, attempts: a.attempts, last_status: a.lastStatus, last_error: a.lastError, delivered_at: a.deliveredAt, updated_at: a.at })
    .where('id', '=', id)
    .execute();
}

/** A subscription's deliveries, newest first (what its owner reads to see why it stopped). */
export async function deliveriesOf(db: Db, subscriptionId: string, limit: number): Promise<StatusDelivery[]> {
  return (await incidentDb(db).selectFrom('status_deliveries').selectAll().where('subscription_id', '=', subscriptionId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toDelivery);
}
