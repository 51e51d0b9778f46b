/**
 * Row types of the tables owned by the clients module (migrations 001-foundation, 013, 016, 021), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;

export interface OrganizationTable {
  id: string;
  name: string;
  slug: string;
  industry: string;
  time_zone: string;
  created_at: string;
  /** The MSP staff member who manages the account (006-account-manager). */
  account_manager_id?: string | null;
  /** ISO 3166-1 alpha-2 country its national phone numbers are read in (013). */
  country?: string | null;
  /** When the client was archived; null while active (016-archiving). */
  archived_at?: string | null;
  /** The client's main number (E.164), called back when a purported sender has none on file (021). */
  main_phone?: string | null;
  /** Its extension, or '' (021). */
  main_phone_extension?: string;
}

export interface SiteTable {
  id: string;
  organization_id: string;
  name: string;
  address: string;
  time_zone: string;
  created_at: string;
  /** When the site was archived; null while active (016-archiving). */
  archived_at?: string | null;
}

export interface ContactTable {
  id: string;
  organization_id: string;
  site_id: string | null;
  name: string;
  title: string;
  /** `site` or `home`. */
  work_location: string;
  vip: Bool;
  created_at: string;
  /** When the contact was archived; null while active (016-archiving). */
  archived_at?: string | null;
}

export interface ContactEmailTable {
  contact_id: string;
  email: string;
  is_primary: Bool;
}

export interface ContactPhoneTable {
  contact_id: string;
  /** E.164 (`+441132000001`); digits as typed when the organisation has no country to read them in. */
  number: string;
  label: string;
  /** The extension dialled after the number, or '' (013). */
  extension?: string;
  /** The number's digits reversed: a trailing-digit lookup is a prefix range on its index (013). */
  digits_reversed?: string;
}

/** The tables of the clients module by name (a type alias: `withTables` needs its implicit index signature). */
export type ClientTables = {
  organizations: OrganizationTable;
  sites: SiteTable;
  contacts: ContactTable;
  contact_emails: ContactEmailTable;
  contact_phones: ContactPhoneTable;
};
