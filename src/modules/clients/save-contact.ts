import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findOrganization, insertContact, siteOrganization, updateContact, type Contact, type ContactPhone, type Organization } from './client.repository.js';
import { normalizePhone } from './phone.js';
import type { CreateContactBody, UpdateContactBody } from './clients.schema.js';
import type { Actor } from '../auth/index.js';

async function checkSite(db: Db, siteId: string | null | undefined, organizationId: string): Promise<void> {
  if (!siteId) return;
  const owner = await siteOrganization(db, siteId);
  if (owner === undefined) throw notFound('Site', '/siteId');
  if (owner !== organizationId) throw new AppError('site_not_in_organization', 'That site belongs to another client organisation', { status: 422, field: '/siteId' });
}

/** Numbers in E.164, read in the organisation's country when typed in national form; one row per number. */
function phones(input: { number: string; label?: string }[] | undefined, org: Pick<Organization, 'country'>): ContactPhone[] {
  const seen = new Map<string, ContactPhone>();
  for (const [i, p] of (input ?? []).entries()) {
    const number = normalizePhone(p.number, org.country);
    if (!number) {
      const where = org.country ? ` in ${org.country}` : '';
      throw new AppError('invalid_phone', `${p.number} is not a possible phone number${where}`, { status: 422, field: `/phones/${i}/number` });
    }
    if (!seen.has(number.number)) seen.set(number.number, { number: number.number, extension: number.extension, label: p.label ?? 'work' });
  }
  return [...seen.values()];
}

/** Adds a contact to a client organisation (staff only; the route checks). */
export async function createContact(deps: { db: Db; clock: Clock }, actor: Actor, input: CreateContactBody): Promise<Contact> {
  const org = await findOrganization(deps.db, actor, input.organizationId);
  if (!org) throw notFound('Organization', '/organizationId');
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
    phones: phones(input.phones, org),
    createdAt: deps.clock.iso(),
    archivedAt: null,
  };
  await insertContact(deps.db, contact);
  return contact;
}

/** Changes a contact; new numbers are read in the organisation's country. */
export async function changeContact(deps: { db: Db }, actor: Actor, contact: Contact, input: UpdateContactBody): Promise<Contact> {
  await checkSite(deps.db, input.siteId, contact.organizationId);
  const org = await findOrganization(deps.db, actor, contact.organizationId);
  if (!org) throw notFound('Organization');
  const next: Contact = {
    ...contact,
    siteId: input.siteId !== undefined ? input.siteId : contact.siteId,
    name: input.name?.trim() ?? contact.name,
    title: input.title ?? contact.title,
    workLocation: input.workLocation ?? contact.workLocation,
    vip: input.vip ?? contact.vip,
    emails: input.emails ? [...new Set(input.emails.map((e) => e.toLowerCase()))] : contact.emails,
    phones: input.phones ? phones(input.phones, org) : contact.phones,
  };
  await updateContact(deps.db, next);
  return next;
}
