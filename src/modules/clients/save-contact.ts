import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { normalizePhone } from './client.js';
import { findOrganization, insertContact, siteOrganization, updateContact, type Contact } from './client.repository.js';
import type { CreateContactBody, UpdateContactBody } from './clients.schema.js';
import type { Actor } from '../auth/index.js';

async function checkSite(db: Db, siteId: string | null | undefined, organizationId: string): Promise<void> {
  if (!siteId) return;
  const owner = await siteOrganization(db, siteId);
  if (owner === undefined) throw notFound('Site', '/siteId');
  if (owner !== organizationId) throw new AppError('site_not_in_organization', 'That site belongs to another client organisation', { status: 422, field: '/siteId' });
}

function phones(input: { number: string; label?: string }[] | undefined) {
  const seen = new Map<string, { number: string; label: string }>();
  for (const p of input ?? []) {
    const number = normalizePhone(p.number);
    if (number.replace('+', '').length < 3) throw new AppError('invalid_phone', `${p.number} is not a phone number`, { status: 422, field: '/phones' });
    seen.set(number, { number, label: p.label ?? 'work' });
  }
  return [...seen.values()];
}

/** Adds a contact to a client organisation (staff only; the route checks). */
export async function createContact(deps: { db: Db; clock: Clock }, actor: Actor, input: CreateContactBody): Promise<Contact> {
  if (!(await findOrganization(deps.db, actor, input.organizationId))) throw notFound('Organization', '/organizationId');
  await checkSite(deps.db, input.siteId, input.organizationId);
  const contact: Contact = {
    id: newId(),
    organizationId: input.organizationId,
    siteId: input.siteId ?? null,
    name: input.name.trim(),
    title: input.title ?? '',
    workLocation: input.workLocation ?? (input.siteId ? 'site' : 'home'),
    vip: input.vip ?? false,
    emails: [...new Set((input.emails ?? []).map((e) => e.toLowerCase()))],
    phones: phones(input.phones),
    createdAt: deps.clock.iso(),
    archivedAt: null,
  };
  await insertContact(deps.db, contact);
  return contact;
}

export async function changeContact(deps: { db: Db }, contact: Contact, input: UpdateContactBody): Promise<Contact> {
  await checkSite(deps.db, input.siteId, contact.organizationId);
  const next: Contact = {
    ...contact,
    siteId: input.siteId !== undefined ? input.siteId : contact.siteId,
    name: input.name?.trim() ?? contact.name,
    title: input.title ?? contact.title,
    workLocation: input.workLocation ?? contact.workLocation,
    vip: input.vip ?? contact.vip,
    emails: input.emails ? [...new Set(input.emails.map((e) => e.toLowerCase()))] : contact.emails,
    phones: input.phones ? phones(input.phones) : contact.phones,
  };
  await updateContact(deps.db, next);
  return next;
}
