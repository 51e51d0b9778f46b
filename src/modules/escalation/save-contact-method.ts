/**
 * Adding and changing a person's contact methods (how and after what delay a page reaches them).
 * An address is checked for its method; webhook, Slack and Teams addresses must be https URLs off
 * Switchboard's own network unless the operator allows private destinations.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { internalLiteral } from '../../platform/destinations.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ContactMethodBody, ContactMethodPatch } from './escalation.schema.js';
import { findContactMethod, insertContactMethod, person, updateContactMethod, type ContactMethodRecord } from './escalation.repository.js';

const ADDRESS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  sms: /^\+[1-9]\d{6,14}$/,
  voice: /^\+[1-9]\d{6,14}$/,
  webhook: /^https?:\/\/\S+$/,
  slack: /^https?:\/\/\S+$/,
  teams: /^https?:\/\/\S+$/,
};

export interface AddContactMethodDeps {
  db: Db;
  clock: Clock;
  /** SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS: internal and plain-http addresses are accepted. */
  allowPrivateDestinations?: boolean;
}

function checkAddress(method: string, address: string, allowPrivate: boolean): void {
  const invalid = (code: string, message: string) => new AppError(code, message, { status: 422, field: '/address' });
  const phone = method === 'sms' || method === 'voice';
  if (!ADDRESS[method].test(address)) throw invalid('invalid_address', `That is not a valid ${method} address${phone ? ' (use +E.164, e.g. +15555550123)' : ''}`);
  if (method !== 'webhook' && method !== 'slack' && method !== 'teams') return;
  const url = URL.canParse(address) ? new URL(address) : undefined;
  if (!url) throw invalid('invalid_address', `That is not a valid ${method} address: it must be an http or https URL`);
  const internal = allowPrivate ? undefined : internalLiteral(url);
  if (internal !== undefined) {
    throw invalid(
      'internal_address',
      `${internal} is on Switchboard's own network; pages are not sent there unless the operator sets SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true`,
    );
  }
  // A page carries its one-tap acknowledge link; over plain http anyone on the way could use it.
  if (url.protocol !== 'https:' && !allowPrivate) {
    throw invalid('https_required', `A ${method} address must be https (plain http is allowed only with SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true)`);
  }
}

/** Adds a contact method to an enabled person; 404 for anyone else, 422 for an address unfit for its method. */
export async function addContactMethod(deps: AddContactMethodDeps, input: { userId: string; body: ContactMethodBody }): Promise<ContactMethodRecord> {
  const user = await person(deps.db, input.userId);
  if (!user) throw notFound('User');
  const { method, address } = input.body;
  checkAddress(method, address, deps.allowPrivateDestinations ?? false);
  const m: ContactMethodRecord = { id: newId(), userId: user.id, method, address, delayMinutes: input.body.delayMinutes ?? 0, disabled: false, createdAt: deps.clock.iso() };
  await insertContactMethod(deps.db, m);
  return m;
}

/** Changes a method's delay or turns it off and on; 404 when the person has no such method. */
export async function changeContactMethod(deps: { db: Db }, input: { userId: string; methodId: string; patch: ContactMethodPatch }): Promise<ContactMethodRecord> {
  if (!(await updateContactMethod(deps.db, input.userId, input.methodId, input.patch))) throw notFound('Contact method');
  return (await findContactMethod(deps.db, input.userId, input.methodId))!;
}
