/**
 * The clients module's SQL for imports: the lookups a file of clients, sites or contacts is
 * matched against, in few queries per chunk, and the inserts of a chunk as multi-row statements.
 */
import type { Db } from '../../platform/db/connect.js';
import { phoneRow, toOrganization, withChannels, type Contact, type Organization, type Site } from './client.repository.js';

/** Rows per multi-row insert: well inside both dialects' limits on bound parameters. */
const INSERT_BATCH = 500;

function batches<T>(items: T[], size = INSERT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every client organisation, archived ones too (an MSP has hundreds, not millions). */
export async function allOrganizations(db: Db): Promise<Organization[]> {
  const rows = await db.selectFrom('organizations').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toOrganization);
}

/** The sites of some organisations, archived ones too. */
export async function sitesOfOrganizations(db: Db, organizationIds: string[]): Promise<Site[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('sites').selectAll().where('organization_id', 'in', organizationIds).orderBy('name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, name: r.name, address: r.address, timeZone: r.time_zone, createdAt: r.created_at, archivedAt: r.archived_at ?? null }));
}

/** Contacts by id, with their channels. */
export async function contactsByIds(db: Db, ids: string[]): Promise<Contact[]> {
  const out: Contact[] = [];
  for (const some of batches([...new Set(ids)])) out.push(...(await withChannels(db, await db.selectFrom('contacts').selectAll().where('id', 'in', some).execute())));
  return out;
}

/** Contacts that have any of these email addresses on file (lower case), with their channels. */
export async function contactsWithEmails(db: Db, emails: string[]): Promise<Contact[]> {
  const ids: string[] = [];
  for (const some of batches([...new Set(emails)])) {
    ids.push(...(await db.selectFrom('contact_emails').select('contact_id').where('email', 'in', some).execute()).map((r) => r.contact_id));
  }
  return contactsByIds(db, ids);
}

/** The contacts of one organisation whose name is one of `names` (as stored), without channels. */
export async function contactsNamed(db: Db, organizationId: string, names: string[]): Promise<{ id: string; name: string; archivedAt: string | null }[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('contacts').select(['id', 'name', 'archived_at']).where('organization_id', '=', organizationId).where('name', 'in', [...new Set(names)]).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, archivedAt: r.archived_at ?? null }));
}

/** Which of these short names other clients already use. */
export async function takenSlugs(db: Db, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  return new Set((await db.selectFrom('organizations').select('slug').where('slug', 'in', [...new Set(slugs)]).execute()).map((r) => r.slug));
}

export async function insertOrganizations(db: Db, orgs: Organization[]): Promise<void> {
  for (const some of batches(orgs)) {
    await db.insertInto('organizations').values(some.map((o) => ({ id: o.id, name: o.name, slug: o.slug, industry: o.industry, time_zone: o.timeZone, country: o.country, created_at: o.createdAt }))).execute();
  }
}

export async function insertSites(db: Db, sites: Site[]): Promise<void> {
  for (const some of batches(sites)) {
    await db.insertInto('sites').values(some.map((s) => ({ id: s.id, organization_id: s.organizationId, name: s.name, address: s.address, time_zone: s.timeZone, created_at: s.createdAt }))).execute();
  }
}

/** New contacts with their emails and numbers, a few multi-row statements per 500. */
export async function insertContacts(db: Db, contacts: Contact[]): Promise<void> {
  for (const some of batches(contacts)) {
    await db
      .insertInto('contacts')
      .values(some.map((c) => ({ id: c.id, organization_id: c.organizationId, site_id: c.siteId, name: c.name, title: c.title, work_location: c.workLocation, vip: c.vip, created_at: c.createdAt })))
      .execute();
  }
  const emails = contacts.flatMap((c) => c.emails.map((email, i) => ({ contact_id: c.id, email, is_primary: i === 0 })));
  for (const some of batches(emails)) await db.insertInto('contact_emails').values(some).execute();
  const phones = contacts.flatMap((c) => c.phones.map((p) => phoneRow(c.id, p)));
  for (const some of batches(phones)) await db.insertInto('contact_phones').values(some).execute();
}
