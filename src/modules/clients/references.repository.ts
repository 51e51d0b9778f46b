/**
 * The clients module's answers to other modules about its records, by id and without an actor:
 * whose client a contact or site is, a client's name and account manager, a contact as a portal
 * login sees it, and the references a new ticket names (as subqueries, so the tickets module reads
 * them inside its one statement).
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

/** The client a contact or a site belongs to; undefined when there is no such record. */
export async function recordOrganization(db: Db, kind: 'contact' | 'site', id: string): Promise<string | undefined> {
  const table = kind === 'contact' ? 'contacts' : 'sites';
  return (await db.selectFrom(table).select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
}

/** A client's name, account manager and time zone, for pages, ladders and backup schedules; undefined when there is no such client. */
export async function organizationFacts(db: Db, id: string): Promise<{ name: string; accountManagerId: string | null; timeZone: string } | undefined> {
  const r = await db.selectFrom('organizations').select(['name', 'account_manager_id', 'time_zone']).where('id', '=', id).executeTakeFirst();
  return r && { name: r.name, accountManagerId: r.account_manager_id ?? null, timeZone: r.time_zone };
}

/** Whether any client exists (an empty database gets the demo). */
export async function anyOrganization(db: Db): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').limit(1).execute()).length > 0;
}

/** A contact who is getting a portal login: their client, name and primary (else any) address. */
export async function contactForUser(db: Db, contactId: string): Promise<{ id: string; organization_id: string; name: string; email: string | undefined } | undefined> {
  const contact = await db.selectFrom('contacts').select(['id', 'organization_id', 'name']).where('id', '=', contactId).executeTakeFirst();
  if (!contact) return undefined;
  const email = await db.selectFrom('contact_emails').select('email').where('contact_id', '=', contactId).orderBy('is_primary', 'desc').executeTakeFirst();
  return { ...contact, email: email?.email };
}

/**
 * The client references of a new ticket as aliased subqueries for one statement of the caller's:
 * each id given is looked up, the others come back NULL. The archive states are the named client's
 * (or else the contact's), the contact's and the site's, as `refuseArchivedStates` judges them.
 */
export function ticketReferenceColumns(eb: ExpressionBuilder<Database, never>, ids: { organizationId?: string; contactId?: string | null; siteId?: string }) {
  const none = sql<string | null>`NULL`;
  const contactOrganization = ids.contactId == null ? undefined : eb.selectFrom('contacts').select('organization_id').where('id', '=', ids.contactId);
  // The client is the one named, or else the contact's.
  const organization = ids.organizationId ?? contactOrganization;
  return [
    (ids.organizationId === undefined ? none : eb.selectFrom('organizations').select('id').where('id', '=', ids.organizationId)).as('organization_id'),
    (contactOrganization ?? none).as('contact_organization_id'),
    (ids.siteId === undefined ? none : eb.selectFrom('sites').select('organization_id').where('id', '=', ids.siteId)).as('site_organization_id'),
    (organization === undefined ? none : eb.selectFrom('organizations').select('archived_at').where('id', '=', organization)).as('organization_archived_at'),
    (ids.contactId == null ? none : eb.selectFrom('contacts').select('archived_at').where('id', '=', ids.contactId)).as('contact_archived_at'),
    (ids.siteId === undefined ? none : eb.selectFrom('sites').select('archived_at').where('id', '=', ids.siteId)).as('site_archived_at'),
  ] as const;
}
