/**
 * Row types of the invoices tables (migration 034-invoices), owned by the invoices module: only its
 * repository names them in SQL. Money in integer minor units (bigint on PostgreSQL, read with
 * Number); instants ISO-8601; days `YYYY-MM-DD`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface InvoiceSettingsTable {
  organization_id: string;
  /** Basis points: 2000 is 20%. */
  tax_rate_bp: number;
  tax_name: string;
  payment_terms_days: number;
  /** The name the accounting system knows the client by; null: the client's name. */
  customer_name: string | null;
  updated_at: string;
}

export interface InvoiceRunTable {
  id: string;
  period_from: string;
  period_to: string;
  /** The one client the run is for; null: every client. */
  organization_id: string | null;
  /** draft, approved, sent, exported or discarded. */
  status: string;
  created_by: string;
  created_at: string;
  approved_by: string | null;
  approved_at: string | null;
  sent_at: string | null;
  exported_at: string | null;
  version: number;
}

export interface InvoiceTable {
  id: string;
  run_id: string;
  organization_id: string;
  /** Given on approval; null on a draft. */
  seq: number | null;
  number: string | null;
  customer_name: string;
  time_zone: string;
  currency: string;
  issue_date: string | null;
  due_date: string | null;
  payment_terms_days: number;
  subtotal_minor: number | string;
  tax_rate_bp: number;
  tax_name: string;
  tax_minor: number | string;
  total_minor: number | string;
  goodwill_minor: number | string;
}

export interface InvoiceLineTable {
  id: string;
  invoice_id: string;
  position: number;
  /** flat_fee, time, block, block_overage or goodwill. */
  kind: string;
  description: string;
  quantity: number;
  unit_minor: number | string;
  amount_minor: number | string;
  /** What the line is worth before any waiver: the amount, or for goodwill the value given away. */
  value_minor: number | string;
  minutes: number | null;
  rate_minor: number | null;
  multiplier_percent: number | null;
  contract_id: string | null;
  /** `YYYY-MM` of a fee or a block month. */
  month: string | null;
  entry_id: string | null;
  entry_version: number | null;
}

export interface InvoiceExportTable {
  id: string;
  run_id: string;
  /** xero or quickbooks. */
  format: string;
  file_name: string;
  content: string;
  created_by: string;
  created_at: string;
}

/** The invoices tables by name. */
export type InvoiceTables = {
  invoice_settings: InvoiceSettingsTable;
  invoice_runs: InvoiceRunTable;
  invoices: InvoiceTable;
  invoice_lines: InvoiceLineTable;
  invoice_exports: InvoiceExportTable;
};

/** A database handle (or transaction) that knows the invoices tables. */
export type InvoiceDb = Kysely<Database & InvoiceTables>;

/** The same handle, typed with the invoices tables. */
export function invoiceDb(db: Db): InvoiceDb {
  return db.withTables<InvoiceTables>();
}
