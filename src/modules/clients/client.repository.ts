/** All SQL of client organisations, sites and contacts. */
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import { containsText } from '../../platform/db/like.js';
import type { OrganizationTable } from './clients.tables.js';
import type { Actor } from '../auth/index.js';
import { contactScope, organizationScope } from '../auth/index.js';
import { prefixRange, reversedDigits, normalizePhone, type PhoneSearch } from './phone.js';

export interface Organization {
  id: string;
  name: string;
  slug: string;
  industry: string;
  timeZone: string;
  country: string | null;
  /** The client's main number (E.164) with its extension; null when none is on file. */
  mainPhone: MainPhone | null;
  accountManagerId?: string | null;
  createdAt: string;
  archivedAt: string | null;
}
/** An organisation's main number: E.164 (or digits as typed without a country) and extension ('' if none). */
export interface MainPhone { number: string; extension: string }
export interface Site { id: string; organizationId: string; name: string; address: string; timeZone: string; createdAt: string; archivedAt: string | null }
export interface Contact {
  id: string;
  organizationId: string;
  siteId: string | null;
  name: string;
  title: string;
  workLocation: 'site' | 'home';
  vip: boolean;
  emails: string[];
  phones: ContactPhone[];
  createdAt: string;
  archivedAt: string | null;
}

/** A number on file: E.164 (or digits as typed, see phone.ts), its extension ('' if none) and label. */
export interface ContactPhone { number: string; extension: string; label: string }

export async function insertOrganization(db: Db, o: Organization): Promise<void> {
  await db
    .insertInto('organizations')
    .values({ id: o.id, name: o.name, slug: o.slug, industry: o.industry, time_zone: o.timeZone, country: o.country, main_phone: o.mainPhone?.number ?? null, main_phone_extension: o.mainPhone?.extension ?? '', created_at: o.createdAt })
    .execute();
}

export async function updateOrganization(db: Db, o: Organization): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ name: o.name, industry: o.industry, time_zone: o.timeZone, country: o.country, main_phone: o.mainPhone?.number ?? null, main_phone_extension: o.mainPhone?.extension ?? '', account_manager_id: o.accountManagerId ?? null })
    .where('id', '=', o.id)
    .execute();
}

/** Visible organisations by name; archived ones only when asked for. */
export async function listOrganizations(db: Db, actor: Actor, page: { limit: number; after?: [string, string]; q?: string; includeArchived?: boolean }): Promise<Organization[]> {
  let q = db.selectFrom('organizations').selectAll();
  const only = organizationScope(actor);
  if (only) q = q.where('id', '=', only);
  if (!page.includeArchived) q = q.where('archived_at', 'is', null);
  if (page.q) q = q.where(containsText('name', page.q));
  if (page.after) q = q.where((eb) => eb.or([eb('name', '>', page.after![0]), eb.and([eb('name', '=', page.after![0]), eb('id', '>', page.after![1])])]));
  const rows = await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute();
  return rows.map(toOrganization);
}

/** Whether an organisation exists (archived or not), for modules that take an organisation id from staff. */
export async function organizationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findOrganization(db: Db, actor: Actor, id: string): Promise<Organization | undefined> {
  const only = organizationScope(actor);
  if (only && only !== id) return undefined;
  const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toOrganization(r) : undefined;
}

/** An organisation row as the module's record (also for the import repository). */
export function toOrganization(r: OrganizationTable): Organization {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    industry: r.industry,
    timeZone: r.time_zone,
    country: r.country ?? null,
    mainPhone: r.main_phone ? { number: r.main_phone, extension: r.main_phone_extension ?? '' } : null,
    accountManagerId: r.account_manager_id ?? null,
    createdAt: r.created_at,
    archivedAt: r.archived_at ?? null,
  };
}

/** The countries of the organisations the actor may see (or of one of them), to read national numbers in. */
export async function organizationCountries(db: Db, actor: Actor, organizationId?: string): Promise<string[]> {
  let q = db.selectFrom('organizations').select('country').distinct().where('country', 'is not', null);
  const only = organizationScope(actor);
  if (only) q = q.where('id', '=', only);
  if (organizationId) q = q.where('id', '=', organizationId);
  return (await q.execute()).map((r) => r.country!);
}

/**
 * Reads an organisation's numbers kept as typed digits (it had no country) in its new country;
 * numbers already in E.164 stay as they are.
 */
export async function renormalizeOrganizationPhones(db: Db, organizationId: string, country: string): Promise<void> {
  const rows = await db
    .selectFrom('contact_phones')
    .innerJoin('contacts', 'contacts.id', 'contact_phones.contact_id')
    .select(['contact_phones.contact_id', 'contact_phones.number', 'contact_phones.extension'])
    .where('contacts.organization_id', '=', organizationId)
    .where('contact_phones.number', 'not like', '+%')
    .execute();
  for (const r of rows) {
    const next = normalizePhone(r.number, country);
    if (!next) continue;
    const taken = await db.selectFrom('contact_phones').select('number').where('contact_id', '=', r.contact_id).where('number', '=', next.number).executeTakeFirst();
    if (taken) {
      await db.deleteFrom('contact_phones').where('contact_id', '=', r.contact_id).where('number', '=', r.number).execute();
      continue;
    }
    await db
      .updateTable('contact_phones')
      .set({ number: next.number, extension: r.extension || next.extension, digits_reversed: next.digitsReversed })
      .where('contact_id', '=', r.contact_id)
      .where('number', '=', r.number)
      .execute();
  }
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function insertSite(db: Db, s: Site): Promise<void> {
  await db.insertInto('sites').values({ id: s.id, organization_id: s.organizationId, name: s.name, address: s.address, time_zone: s.timeZone, created_at: s.createdAt }).execute();
}

export async function updateSite(db: Db, s: Site): Promise<void> {
  await db.updateTable('sites').set({ name: s.name, address: s.address, time_zone: s.timeZone }).where('id', '=', s.id).execute();
}

/** Visible sites by name; archived ones only when asked for. */
export async function listSites(db: Db, actor: Actor, filter: { organizationId?: string; limit: number; after?: [string, string]; includeArchived?: boolean }): Promise<Site[]> {
  let q = db.selectFrom('sites').selectAll();
  const only = organizationScope(actor);
  if (only) q = q.where('organization_id', '=', only);
  if (!filter.includeArchived) q = q.where('archived_at', 'is', null);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.after) q = q.where((eb) => eb.or([eb('name', '>', filter.after![0]), eb.and([eb('name', '=', filter.after![0]), eb('id', '>', filter.after![1])])]));
  const rows = await q.orderBy('name').orderBy('id').limit(filter.limit + 1).execute();
  return rows.map(toSite);
}

export async function findSite(db: Db, actor: Actor, id: string): Promise<Site | undefined> {
  let q = db.selectFrom('sites').selectAll().where('id', '=', id);
  const only = organizationScope(actor);
  if (only) q = q.where('organization_id', '=', only);
  const r = await q.executeTakeFirst();
  return r ? toSite(r) : undefined;
}

function toSite(r: { id: string; organization_id: string; name: string; address: string; time_zone: string; created_at: string; archived_at?: string | null }): Site {
  return { id: r.id, organizationId: r.organization_id, name: r.name, address: r.address, timeZone: r.time_zone, createdAt: r.created_at, archivedAt: r.archived_at ?? null };
}

export async function insertContact(db: Db, c: Contact): Promise<void> {
  await db
    .insertInto('contacts')
    .values({ id: c.id, organization_id: c.organizationId, site_id: c.siteId, name: c.name, title: c.title, work_location: c.workLocation, vip: c.vip, created_at: c.createdAt })
    .execute();
  await replaceContactChannels(db, c);
}

export async function updateContact(db: Db, c: Contact): Promise<void> {
  await db.updateTable('contacts').set({ site_id: c.siteId, name: c.name, title: c.title, work_location: c.workLocation, vip: c.vip }).where('id', '=', c.id).execute();
  await replaceContactChannels(db, c);
}

async function replaceContactChannels(db: Db, c: Contact): Promise<void> {
  await db.deleteFrom('contact_emails').where('contact_id', '=', c.id).execute();
  await db.deleteFrom('contact_phones').where('contact_id', '=', c.id).execute();
  if (c.emails.length) await db.insertInto('contact_emails').values(c.emails.map((email, i) => ({ contact_id: c.id, email, is_primary: i === 0 }))).execute();
  if (c.phones.length) await db.insertInto('contact_phones').values(c.phones.map((p) => phoneRow(c.id, p))).execute();
}

/** The row of a number on file (also the demo's): the reversed digits make trailing-digit lookups indexable. */
export function phoneRow(contactId: string, p: ContactPhone) {
  return { contact_id: contactId, number: p.number, label: p.label, extension: p.extension, digits_reversed: reversedDigits(p.number.replace(/\D/g, '')) };
}

export interface ContactFilter {
  organizationId?: string;
  q?: string;
  phone?: PhoneSearch;
  email?: string;
  /** Also archived contacts and contacts of archived organisations (hidden by default, also from caller search). */
  includeArchived?: boolean;
}

/**
 * Finds visible contacts by name, phone number or email: the technician's "who is calling". A
 * phone search is whole numbers on the number index and trailing digits as ranges on the
 * reversed-digit index, never a scan of every number.
 */
export async function listContacts(db: Db, actor: Actor, filter: ContactFilter, page: { limit: number; after?: [string, string] }): Promise<Contact[]> {
  let q = db.selectFrom('contacts').selectAll().where(contactScope(actor));
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (!filter.includeArchived) {
    q = q.where('archived_at', 'is', null).where('organization_id', 'not in', db.selectFrom('organizations').select('id').where('archived_at', 'is not', null));
  }
  if (filter.q) q = q.where(containsText('name', filter.q));
  if (filter.phone) {
    const { numbers, suffixes } = filter.phone;
    q = q.where('id', 'in', db.selectFrom('contact_phones').select('contact_id').where((eb) => eb.or([
      ...(numbers.length ? [eb('number', 'in', numbers)] : []),
      ...suffixes.map((suffix) => {
        const range = prefixRange(reversedDigits(suffix));
        return range.to === undefined ? eb('digits_reversed', '>=', range.from) : eb.and([eb('digits_reversed', '>=', range.from), eb('digits_reversed', '<', range.to)]);
      }),
      ...(numbers.length || suffixes.length ? [] : [eb.lit(false)]),
    ])));
  }
  if (filter.email) q = q.where('id', 'in', db.selectFrom('contact_emails').select('contact_id').where('email', '=', filter.email.toLowerCase()));
  if (page.after) q = q.where((eb) => eb.or([eb('name', '>', page.after![0]), eb.and([eb('name', '=', page.after![0]), eb('id', '>', page.after![1])])]));
  const rows = await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute();
  return withChannels(db, rows);
}

export async function findContact(db: Db, actor: Actor, id: string): Promise<Contact | undefined> {
  const row = await db.selectFrom('contacts').selectAll().where(contactScope(actor)).where('id', '=', id).executeTakeFirst();
  return row ? (await withChannels(db, [row]))[0] : undefined;
}

export type ContactRow = { id: string; organization_id: string; site_id: string | null; name: string; title: string; work_location: string; vip: boolean | number; created_at: string; archived_at?: string | null };

/** Contacts with their emails (primary first) and numbers on file, in two queries. */
export async function withChannels(db: Db, rows: ContactRow[]): Promise<Contact[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const emails = await db.selectFrom('contact_emails').selectAll().where('contact_id', 'in', ids).execute();
  const phones = await db.selectFrom('contact_phones').selectAll().where('contact_id', 'in', ids).execute();
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    siteId: r.site_id,
    name: r.name,
    title: r.title,
    workLocation: r.work_location === 'home' ? 'home' : 'site',
    vip: readBool(r.vip),
    emails: emails.filter((e) => e.contact_id === r.id).sort((a, b) => Number(readBool(b.is_primary)) - Number(readBool(a.is_primary))).map((e) => e.email),
    phones: phones.filter((p) => p.contact_id === r.id).map((p) => ({ number: p.number, extension: p.extension ?? '', label: p.label })),
    createdAt: r.created_at,
    archivedAt: r.archived_at ?? null,
  }));
}

export async function siteOrganization(db: Db, siteId: string): Promise<string | undefined> {
  return (await db.selectFrom('sites').select('organization_id').where('id', '=', siteId).executeTakeFirst())?.organization_id;
}

/** The tables whose rows can be archived, by the kind of record the API names. */
const ARCHIVABLE = { organization: 'organizations', site: 'sites', contact: 'contacts' } as const;
export type ArchivableKind = keyof typeof ARCHIVABLE;

/** Archives (an instant) or restores (null) one organisation, site or contact. */
export async function setArchivedAt(db: Db, kind: ArchivableKind, id: string, at: string | null): Promise<void> {
  await db.updateTable(ARCHIVABLE[kind]).set({ archived_at: at }).where('id', '=', id).execute();
}

/** When each named record was archived (null: active; absent: no such record), in one query. */
export async function archivedStates(db: Db, ids: { organizationId: string; contactId: string | null; siteId: string | null }) {
  const of = (table: 'organizations' | 'sites' | 'contacts', id: string | null) =>
    db.selectFrom(table).select('archived_at').where('id', '=', id ?? '');
  const row = await db
    .selectNoFrom((eb) => [
      of('organizations', ids.organizationId).as('organization'),
      of('contacts', ids.contactId).as('contact'),
      of('sites', ids.siteId).as('site'),
    ])
    .executeTakeFirst();
  return { organization: row?.organization ?? null, contact: row?.contact ?? null, site: row?.site ?? null };
}

/** A client's zone and its active sites, for other modules (coverage previews); undefined if there is no such client. */
export async function organizationWithSites(db: Db, id: string): Promise<{ id: string; name: string; timeZone: string; sites: { id: string; name: string }[] } | undefined> {
  const org = await db.selectFrom('organizations').select(['id', 'name', 'time_zone']).where('id', '=', id).executeTakeFirst();
  if (!org) return undefined;
  const sites = await db.selectFrom('sites').select(['id', 'name']).where('organization_id', '=', id).where('archived_at', 'is', null).orderBy('name').orderBy('id').execute();
  return { id: org.id, name: org.name, timeZone: org.time_zone, sites };
}

/**
 * An organisation and every one of its contacts with their numbers and addresses, for modules
 * that read the directory as a whole (the fraud guard's known people and numbers on file).
 */
export async function organizationDirectory(db: Db, organizationId: string): Promise<{ organization: Organization; contacts: Contact[] } | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', organizationId).executeTakeFirst();
  if (!row) return undefined;
  const rows = await db.selectFrom('contacts').selectAll().where('organization_id', '=', organizationId).orderBy('name').orderBy('id').execute();
  // In slices: a large client's contact ids would pass SQLite's limit of bound parameters in one IN list.
  const contacts: Contact[] = [];
  for (let i = 0; i < rows.length; i += 1000) contacts.push(...(await withChannels(db, rows.slice(i, i + 1000))));
  return { organization: toOrganization(row), contacts };
}

/** Contacts of any organisation with this address on file (lower case), with their organisation's name. */
export async function contactsWithEmail(db: Db, email: string): Promise<(Contact & { organizationName: string })[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll('contacts')
    .where('id', 'in', db.selectFrom('contact_emails').select('contact_id').where('email', '=', email.toLowerCase()))
    .orderBy('name')
    .orderBy('id')
    .limit(20)
    .execute();
  const contacts = await withChannels(db, rows);
  if (contacts.length === 0) return [];
  const names = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', [...new Set(contacts.map((c) => c.organizationId))]).execute();
  return contacts.map((c) => ({ ...c, organizationName: names.find((n) => n.id === c.organizationId)?.name ?? '' }));
}

/** The names of the named organisations that exist, by id (archived ones too). */
export async function organizationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', unique.slice(i, i + 500)).execute()) names.set(r.id, r.name);
  }
  return names;
}

/** Which of the named organisations and sites are archived (new tickets naming them are refused). */
export async function archivedAmong(db: Db, ids: { organizationIds: string[]; siteIds: string[] }): Promise<{ organizations: Set<string>; sites: Set<string> }> {
  const organizations = new Set<string>();
  const sites = new Set<string>();
  const orgIds = [...new Set(ids.organizationIds)];
  const siteIds = [...new Set(ids.siteIds)];
  for (let i = 0; i < orgIds.length; i += 500) {
    for (const r of await db.selectFrom('organizations').select('id').where('id', 'in', orgIds.slice(i, i + 500)).where('archived_at', 'is not', null).execute()) organizations.add(r.id);
  }
  for (let i = 0; i < siteIds.length; i += 500) {
    for (const r of await db.selectFrom('sites').select('id').where('id', 'in', siteIds.slice(i, i + 500)).where('archived_at', 'is not', null).execute()) sites.add(r.id);
  }
  return { organizations, sites };
}
