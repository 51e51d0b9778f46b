/**
 * Row types of the vendor tables (migration 027-vendors-and-incidents), owned by the vendors
 * module: only its repository names them in SQL. Instants are ISO-8601 strings on both dialects;
 * JSON columns are written as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

type Json = unknown;

export interface VendorTable {
  id: string;
  name: string;
  /** Where the MSP opens tickets with the vendor; '' when none. */
  portal_url: string;
  /** `[{ name, role, email, phone }]`. */
  support_contacts: Json;
  /** `[{ label, number }]`: the accounts the vendor knows the MSP (or a client) by. */
  account_numbers: Json;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface VendorServiceTable {
  id: string;
  vendor_id: string;
  name: string;
  description: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DependencyTable {
  id: string;
  service_id: string;
  organization_id: string;
  /** The site that depends on the service; null for the client as a whole. */
  site_id: string | null;
  /** What the client uses the service for ("line-of-business app"). */
  purpose: string;
  /** `critical`, `high`, `normal` or `low` (vendor.ts). */
  criticality: string;
  /** The client's fallback while the service is down, in words. */
  fallback: string;
  /** `["step", …]`: the workaround checklist an incident's child ticket starts from. */
  workaround_steps: Json;
  /** `["contact id", …]`: who at the client hears of an incident on the service (migration 043). */
  notify_contact_ids: Json;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The vendor tables by name (a type alias: `withTables` needs its implicit index signature). */
export type VendorTables = {
  vendors: VendorTable;
  vendor_services: VendorServiceTable;
  dependencies: DependencyTable;
};

export type VendorDb = Kysely<Database & VendorTables>;

/** The same handle (a transaction stays that transaction), typed with the vendor tables. */
export function vendorDb(db: Db): VendorDb {
  return db.withTables<VendorTables>();
}
