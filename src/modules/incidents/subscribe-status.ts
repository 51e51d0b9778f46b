/**
 * Subscribing to a status page (issue 12, item 3): the public page (no organisation) or a client's
 * own. An email subscription is `pending` until the address's owner follows the confirmation link
 * mailed to it (double opt-in), so nobody is signed up to mail they did not ask for; a client's page
 * takes only the addresses of that client's contacts on file. A webhook subscription is live at once
 * and answers its signing secret this one time (it is kept encrypted; only the receiver needs it).
 */
import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { encryptSecret } from '../../platform/secrets.js';
import { organizationDirectory } from '../clients/index.js';
import { normaliseEmail, type StatusSubscription } from './status-subscription.js';
import type { SubscriberDeps } from './subscription-deps.js';
import { findLiveEmailSubscription, insertSubscription } from './subscriptions.repository.js';

export type SubscribeInput =
  | { kind: 'email'; organizationId: string | null; email: string; actorUserId: string | null }
  | { kind: 'webhook'; organizationId: string | null; url: string; actorUserId: string | null };

export interface Subscribed {
  subscription: StatusSubscription;
  /** The webhook's signing secret, only when this call made it. */
  secret?: string;
  /** False when a live email subscription of the page and address existed already (it is answered). */
  created: boolean;
}

/** Confirmation links work this long. */
export const CONFIRM_MS = 7 * 24 * 3600_000;

export async function subscribeStatus(deps: Pick<SubscriberDeps, 'db' | 'clock' | 'secretKey' | 'mail' | 'links'>, input: SubscribeInput): Promise<Subscribed> {
  if (!deps.secretKey) throw new AppError('secret_key_missing', 'Set SWITCHBOARD_SECRET_KEY before taking subscriptions: their links are signed and webhook secrets encrypted with it', { status: 422 });
  const directory = input.organizationId === null ? undefined : await organizationDirectory(deps.db, input.organizationId);
  if (input.organizationId !== null && !directory) throw notFound('Client', '/organizationId');
  const at = deps.clock.iso();
  const base = { id: newId(), organizationId: input.organizationId, failures: 0, stopReason: '', createdBy: input.actorUserId, createdAt: at, confirmedAt: null, endedAt: null, updatedAt: at };
  if (input.kind === 'webhook') {
    const secret = `sbw_${randomBytes(32).toString('base64url')}`;
    const subscription: StatusSubscription = { ...base, kind: 'webhook', email: null, url: input.url, secretEncrypted: encryptSecret(deps.secretKey, secret, `status-subscription:${base.id}`), state: 'active', confirmedAt: at };
    await insertSubscription(deps.db, subscription);
    return { subscription, secret, created: true };
  }
  const email = normaliseEmail(input.email);
  if (directory && !directory.contacts.some((c) => c.archivedAt === null && c.emails.some((e) => e.toLowerCase() === email))) {
    throw new AppError('not_a_contact', 'A client’s status page is followed by that client’s own contacts: this address is not one of theirs on file', { status: 422, field: '/email' });
  }
  const existing = await findLiveEmailSubscription(deps.db, input.organizationId, email);
  if (existing) return { subscription: existing, created: false };
  const subscription: StatusSubscription = { ...base, kind: 'email', email, url: null, secretEncrypted: null, state: 'pending' };
  await insertSubscription(deps.db, subscription);
  const page = directory ? `the status page of ${directory.organization.name}` : 'our service status page';
  const body = [
    `Someone asked for updates on ${page} to be sent to ${email}.`,
    '',
    `To confirm, open: ${deps.links.confirm(subscription.id)}`,
    '',
    'If it was not you, ignore this mail: nothing more will be sent.',
    `Unsubscribe: ${deps.links.unsubscribe(subscription.id)}`,
  ].join('\n');
  await deps.mail?.(deps.db, { key: `status-confirm:${subscription.id}`, to: { name: '', email }, subject: 'Confirm your status updates subscription', body });
  return { subscription, created: true };
}
