/**
 * Who sent an email, for mail intake: the contact with that address, else the client
 * organisations whose contacts write from the same domain. Addresses are stored lowercase.
 */
import type { Db } from '../../platform/db/connect.js';

/** A contact found by one of its email addresses. */
export interface MailContact {
  id: string;
  organizationId: string;
  name: string;
}

/** The contacts that have this address on file (usually one; several when people share it). */
export async function contactsByEmail(db: Db, address: string): Promise<MailContact[]> {
  const rows = await db
    .selectFrom('contact_emails')
    .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
    .select(['contacts.id', 'contacts.organization_id', 'contacts.name'])
    .where('contact_emails.email', '=', address.toLowerCase())
    .orderBy('contacts.created_at')
    .limit(10)
    .execute();
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, name: r.name }));
}

/** The organisations whose contacts use addresses at `domain` (exactly that domain, lowercase). */
export async function organizationsByEmailDomain(db: Db, domain: string): Promise<string[]> {
  const rows = await db
    .selectFrom('contact_emails')
    .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
    .select('contacts.organization_id')
    .distinct()
    .where('contact_emails.email', 'like', `%@${domain.toLowerCase().replace(/[%_\\]/g, '')}`)
    .limit(5)
    .execute();
  return rows.map((r) => r.organization_id);
}

/** Names and addresses of an organisation's contacts (for the mail module's sender checks). */
export async function organizationEmails(db: Db, organizationId: string): Promise<{ contactId: string; name: string; email: string }[]> {
  const rows = await db
    .selectFrom('contact_emails')
    .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
    .select(['contacts.id', 'contacts.name', 'contact_emails.email'])
    .where('contacts.organization_id', '=', organizationId)
    .limit(5000)
    .execute();
  return rows.map((r) => ({ contactId: r.id, name: r.name, email: r.email }));
}

/** A contact's name and first email address (primary first), for mail to them. */
export async function contactEmail(db: Db, contactId: string): Promise<{ name: string; email: string } | undefined> {
  const r = await db
    .selectFrom('contact_emails')
    .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
    .select(['contacts.name', 'contact_emails.email', 'contact_emails.is_primary'])
    .where('contacts.id', '=', contactId)
    .execute();
  const best = r.sort((a, b) => Number(Boolean(b.is_primary)) - Number(Boolean(a.is_primary)))[0];
  return best ? { name: best.name, email: best.email } : undefined;
}
