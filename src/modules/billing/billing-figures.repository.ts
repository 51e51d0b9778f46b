/**
 * SQL of billing's figures for the owner's reports: the time entries started in a period. Only
 * billing's own table; the reports module reads these through billing's index.
 */
import type { Db } from '../../platform/db/connect.js';
import { billingDb } from './billing.tables.js';

/** What the reports need of an entry. */
export interface EntryFigures {
  organizationId: string;
  contractId: string | null;
  startedAt: string;
  minutes: number;
  billedMinutes: number;
  classification: string;
  waiveReason: string | null;
  valueMinor: number;
  currency: string;
}

/** Entries started in [from, to) (instants), every classification unless one is named. */
export async function entriesStartedBetween(db: Db, from: string, to: string, classification?: string): Promise<EntryFigures[]> {
  let q = billingDb(db)
    .selectFrom('billing_time_entries')
    .select(['organization_id', 'contract_id', 'started_at', 'minutes', 'billed_minutes', 'classification', 'waive_reason', 'value_minor', 'currency'])
    .where('started_at', '>=', from)
    .where('started_at', '<', to);
  if (classification !== undefined) q = q.where('classification', '=', classification);
  const rows = await q.execute();
  return rows.map((r) => ({
    organizationId: r.organization_id,
    contractId: r.contract_id,
    startedAt: r.started_at,
    minutes: r.minutes,
    billedMinutes: r.billed_minutes,
    classification: r.classification,
    waiveReason: r.waive_reason,
    valueMinor: Number(r.value_minor),
    currency: r.currency,
  }));
}
