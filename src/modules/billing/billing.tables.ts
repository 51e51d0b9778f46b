/**
 * Row types of the billing tables (migration 030-billing), owned by the billing module: only its
 * repository names them in SQL. Instants are ISO-8601 strings on both dialects; booleans 0/1 on
 * SQLite; JSON written as text and read with `readJson`; money in integer minor units.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface BillingAccountTable {
  organization_id: string;
  /** ISO 4217 code the client is billed in. */
  currency: string;
  updated_at: string;
}

export interface BillingTermsTable {
  contract_id: string;
  organization_id: string;
  /** managed, block_hours or time_and_materials. */
  kind: string;
  currency: string;
  flat_fee_basis: string | null;
  flat_fee_minor: number | null;
  block_minutes: number | null;
  rollover: string | null;
  rollover_cap_minutes: number | null;
  low_balance_minutes: number | null;
  /** What a month's block costs the client; null: its minutes at the default rate (migration 035). */
  block_price_minor: number | null;
  default_rate_minor: number;
  /** [{ key, name, rateMinor }] */
  work_types: unknown;
  after_hours_percent: number;
  minimum_minutes: number;
  increment_minutes: number;
  /** up or nearest. */
  rounding: string;
  /** { siteIds, workTypes, remote, homeWorkers } */
  scope: unknown;
  /** [{ role, workType, rateMinor }] (migration 035) */
  role_rates: unknown;
  /** Chargeable work needs the client's approval before it is logged (migration 035). */
  approval_required: boolean | number;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface BillingTimerTable {
  user_id: string;
  ticket_id: string;
  started_at: string;
  work_type: string;
  location: string;
}

export interface BillingTimeEntryTable {
  id: string;
  ticket_id: string;
  organization_id: string;
  contract_id: string | null;
  user_id: string;
  started_at: string;
  /** Minutes worked. */
  minutes: number;
  /** Minutes billed under the contract's minimum and increment. */
  billed_minutes: number;
  work_type: string;
  location: string;
  note: string;
  /** billable, covered, non_billable or goodwill. */
  classification: string;
  /** What the contract's scope decided: covered or chargeable. */
  coverage: string;
  reason: string;
  after_hours: boolean | number;
  /** The hourly rate before the multiplier. */
  rate_minor: number;
  multiplier_percent: number;
  /** What the billed minutes cost at the rate and multiplier (also for covered and waived time). */
  value_minor: number | string;
  currency: string;
  waive_reason: string | null;
  waived_by: string | null;
  waived_at: string | null;
  /** Set by the invoice run that bills the entry (issue 13, item 4). */
  invoice_id: string | null;
  invoiced_at: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A block-hours contract's month whose balance fell to its threshold, and the account manager was told. */
export interface BillingLowBalanceAlertTable {
  contract_id: string;
  /** YYYY-MM in the client's time zone. */
  month: string;
  balance_minutes: number;
  sent_at: string;
}

/** A request for the client's approval of chargeable work on a ticket, and its answer. */
export interface BillingApprovalTable {
  id: string;
  ticket_id: string;
  organization_id: string;
  contract_id: string | null;
  /** The estimate: minutes of work and what they cost at the contract's rate. */
  minutes: number;
  estimate_minor: number | string;
  currency: string;
  /** Why the work is chargeable, as coverage decided it. */
  reason: string;
  note: string;
  /** pending, approved or declined. */
  status: string;
  requested_by: string;
  requested_at: string;
  answered_by: string | null;
  answered_at: string | null;
  comment: string | null;
  version: number;
}

/** The billing tables by name. */
export type BillingTables = {
  billing_accounts: BillingAccountTable;
  billing_terms: BillingTermsTable;
  billing_timers: BillingTimerTable;
  billing_time_entries: BillingTimeEntryTable;
  billing_low_balance_alerts: BillingLowBalanceAlertTable;
  billing_approvals: BillingApprovalTable;
};

/** A database handle (or transaction) that knows the billing tables. */
export type BillingDb = Kysely<Database & BillingTables>;

/** The same handle, typed with the billing tables. */
export function billingDb(db: Db): BillingDb {
  return db.withTables<BillingTables>();
}
