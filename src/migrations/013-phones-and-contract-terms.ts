import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';
import { countryForTimeZone, normalizePhone } from '../modules/clients/phone.js';

/**
 * Caller lookup and contract terms (issue 9, items 11 and 13).
 *
 * - `organizations.country`: the ISO 3166-1 country national phone numbers are read in; existing
 *   organisations get the country of their time zone (none for zones such as UTC).
 * - `contact_phones`: numbers re-read in their organisation's country and stored in E.164, the
 *   extension apart, and the digits reversed so a trailing-digit lookup is a range on an index.
 * - `contracts.starts_at` / `ends_at`: the term a contract covers tickets opened in; existing
 *   contracts start when they were created and have no end.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('organizations').addColumn('country', 'text').execute();
  await db.schema.alterTable('contact_phones').addColumn('extension', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Byte order on PostgreSQL too, whatever the database's collation: the lookup is a prefix range.
  if (dialect === 'postgres') await sql`ALTER TABLE contact_phones ADD COLUMN digits_reversed text COLLATE "C" NOT NULL DEFAULT ''`.execute(db);
  else await db.schema.alterTable('contact_phones').addColumn('digits_reversed', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('contracts').addColumn('starts_at', t.instant).execute();
  await db.schema.alterTable('contracts').addColumn('ends_at', t.instant).execute();
  await sql`UPDATE contracts SET starts_at = created_at`.execute(db);

  const countries = new Map<string, string | null>();
  for (const org of await db.selectFrom('organizations').select(['id', 'time_zone']).execute()) {
    const country = countryForTimeZone(org.time_zone as string);
    countries.set(org.id as string, country);
    if (country) await db.updateTable('organizations').set({ country }).where('id', '=', org.id).execute();
  }
  await renormalizePhones(db, countries);
  await db.schema.createIndex('contact_phones_digits_reversed').on('contact_phones').column('digits_reversed').execute();
}

async function renormalizePhones(db: Kysely<any>, countries: Map<string, string | null>): Promise<void> {
  let after = '';
  for (;;) {
    const contacts = await db.selectFrom('contacts').select(['id', 'organization_id']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (contacts.length === 0) return;
    after = contacts[contacts.length - 1].id as string;
    const orgOf = new Map(contacts.map((c) => [c.id as string, c.organization_id as string]));
    const phones = await db.selectFrom('contact_phones').select(['contact_id', 'number']).where('contact_id', 'in', [...orgOf.keys()]).execute();
    const byContact = new Map<string, string[]>();
    for (const p of phones) byContact.set(p.contact_id as string, [...(byContact.get(p.contact_id as string) ?? []), p.number as string]);
    for (const [contactId, numbers] of byContact) {
      const country = countries.get(orgOf.get(contactId)!) ?? null;
      // A number that cannot be read in the organisation's country stays as it was, found by its digits.
      const target = new Map(numbers.map((old) => [old, normalizePhone(old, country) ?? { number: old, extension: '', digitsReversed: '' }]));
      const claimed = new Set(numbers.filter((old) => target.get(old)!.number === old));
      for (const old of numbers) {
        const next = target.get(old)!;
        if (next.number !== old && claimed.has(next.number)) {
          // Two ways of writing one number: keep one row.
          await db.deleteFrom('contact_phones').where('contact_id', '=', contactId).where('number', '=', old).execute();
          continue;
        }
        claimed.add(next.number);
        const digitsReversed = [...next.number.replace(/\D/g, '')].reverse().join('');
        await db.updateTable('contact_phones').set({ number: next.number, extension: next.extension, digits_reversed: digitsReversed }).where('contact_id', '=', contactId).where('number', '=', old).execute();
      }
    }
  }
}
