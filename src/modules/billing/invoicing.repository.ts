/**
 * Billing's answers to the invoice run (issue 13, item 4): which clients have terms or unbilled
 * time, a client's uninvoiced billable and waived entries of a period, its contracts' terms, and
 * claiming entries for an invoice. The invoices module calls these through billing's index; it
 * never names billing's tables.
 */
import type { Db } from '../../platform/db/connect.js';
import { billingDb } from './billing.tables.js';
import { entriesByIds, findTerms } from './billing.repository.js';
import type { BillingTerms } from './terms.js';
import type { TimeEntry } from './time-entry.js';

/** Ids per statement when claiming: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

/** Clients with billing terms, or with uninvoiced billable or waived time started in [from, to); one client when `organizationId` is given. */
export async function invoicingOrganizations(db: Db, range: { organizationId?: string; from: string; to: string }): Promise<string[]> {
  const bdb = billingDb(db);
  let terms = bdb.selectFrom('billing_terms').select('organization_id').distinct();
  let entries = bdb
    .selectFrom('billing_time_entries')
    .select('organization_id')
    .distinct()
    .where('invoice_id', 'is', null)
    .where('classification', 'in', ['billable', 'goodwill'])
    .where('started_at', '>=', range.from)
    .where('started_at', '<', range.to);
  if (range.organizationId !== undefined) {
    terms = terms.where('organization_id', '=', range.organizationId);
    entries = entries.where('organization_id', '=', range.organizationId);
  }
  const ids = new Set([...(await terms.execute()), ...(await entries.execute())].map((r) => r.organization_id));
  return [...ids].sort();
}

/** A client's uninvoiced billable and waived (goodwill) entries started in [from, to), oldest first. */
export async function uninvoicedWork(db: Db, organizationId: string, range: { from: string; to: string }): Promise<TimeEntry[]> {
  const ids = await billingDb(db)
    .selectFrom('billing_time_entries')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('classification', 'in', ['billable', 'goodwill'])
    .where('started_at', '>=', range.from)
    .where('started_at', '<', range.to)
    .where('invoice_id', 'is', null)
    .execute();
  const out: TimeEntry[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await entriesByIds(db, ids.slice(i, i + CHUNK).map((r) => r.id))));
  return out.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
}

/** The billing terms of each of the client's contracts that has terms. */
export async function termsForInvoicing(db: Db, organizationId: string): Promise<BillingTerms[]> {
  const rows = await billingDb(db).selectFrom('billing_terms').select('contract_id').where('organization_id', '=', organizationId).orderBy('contract_id').execute();
  const out: BillingTerms[] = [];
  for (const r of rows) {
    const terms = await findTerms(db, r.contract_id);
    if (terms) out.push(terms);
  }
  return out;
}

/**
 * Claims entries for an invoice: sets `invoice_id`/`invoiced_at` on those still unclaimed, then
 * reads back the versions of the ones this invoice now holds. Run it inside the approving
 * transaction: an entry another invoice claimed first is not claimed again (the update's
 * `invoice_id is null`), and one reclassified since the draft shows a different version — the
 * caller compares and rolls the whole approval back when either happened.
 */
export async function markInvoiced(db: Db, entryIds: string[], invoiceId: string, at: string): Promise<Map<string, number>> {
  const bdb = billingDb(db);
  const held = new Map<string, number>();
  for (let i = 0; i < entryIds.length; i += CHUNK) {
    const ids = entryIds.slice(i, i + CHUNK);
    await bdb.updateTable('billing_time_entries').set({ invoice_id: invoiceId, invoiced_at: at }).where('id', 'in', ids).where('invoice_id', 'is', null).execute();
    const rows = await bdb.selectFrom('billing_time_entries').select(['id', 'version']).where('id', 'in', ids).where('invoice_id', '=', invoiceId).execute();
    for (const r of rows) held.set(r.id, r.version);
  }
  return held;
}
