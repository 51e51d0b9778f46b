/**
 * All SQL of the billing module: clients' billing currencies, contracts' billing terms, running
 * timers and time entries. Nothing here names another module's tables; contracts, tickets and
 * contacts are read through their modules' exports.
 */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { RoundingMode } from './rounding.js';
import type { BillingKind, BillingScope, BillingTerms, FlatFeeBasis, RoleRate, RolloverRule, WorkLocation, WorkType } from './terms.js';
import type { Classification, TimeEntry } from './time-entry.js';
import { billingDb, type BillingTermsTable, type BillingTimeEntryTable } from './billing.tables.js';

/** The client's own billing currency, if one was set. */
export async function accountCurrency(db: Db, organizationId: string): Promise<string | undefined> {
  return (await billingDb(db).selectFrom('billing_accounts').select('currency').where('organization_id', '=', organizationId).executeTakeFirst())?.currency;
}

/** Sets the client's billing currency. */
export async function saveAccountCurrency(db: Db, organizationId: string, currency: string, at: string): Promise<void> {
  await billingDb(db)
    .insertInto('billing_accounts')
    .values({ organization_id: organizationId, currency, updated_at: at })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ currency, updated_at: at }))
    .execute();
}

function toTerms(r: BillingTermsTable): BillingTerms {
  return {
    contractId: r.contract_id,
    organizationId: r.organization_id,
    kind: r.kind as BillingKind,
    currency: r.currency,
    flatFee: r.flat_fee_basis === null ? null : { basis: r.flat_fee_basis as FlatFeeBasis, amountMinor: r.flat_fee_minor ?? 0 },
    block: r.block_minutes === null ? null : { minutesPerMonth: r.block_minutes, rollover: (r.rollover ?? 'none') as RolloverRule, rolloverCapMinutes: r.rollover_cap_minutes, lowBalanceMinutes: r.low_balance_minutes, priceMinor: r.block_price_minor },
    defaultRateMinor: r.default_rate_minor,
    workTypes: readJson<WorkType[]>(r.work_types, []),
    roleRates: readJson<RoleRate[]>(r.role_rates, []),
    approvalRequired: readBool(r.approval_required),
    afterHoursPercent: r.after_hours_percent,
    minimumMinutes: r.minimum_minutes,
    incrementMinutes: r.increment_minutes,
    mode: r.rounding as RoundingMode,
    scope: readJson<BillingScope>(r.scope, { siteIds: null, workTypes: null, remote: true, homeWorkers: true }),
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/** A contract's billing terms, if it has any. */
export async function findTerms(db: Db, contractId: string): Promise<BillingTerms | undefined> {
  const row = await billingDb(db).selectFrom('billing_terms').selectAll().where('contract_id', '=', contractId).executeTakeFirst();
  return row && toTerms(row);
}

/** Every contract's billing terms (a few per client: the owner's reports read them all). */
export async function allTerms(db: Db): Promise<BillingTerms[]> {
  return (await billingDb(db).selectFrom('billing_terms').selectAll().orderBy('contract_id').execute()).map(toTerms);
}

/** The billing terms of one client's contracts. */
export async function termsOfOrganization(db: Db, organizationId: string): Promise<BillingTerms[]> {
  return (await billingDb(db).selectFrom('billing_terms').selectAll().where('organization_id', '=', organizationId).orderBy('contract_id').execute()).map(toTerms);
}

/** Writes a contract's terms: inserted at version 1, or replaced when still at `expectedVersion`; false when another change won. */
export async function saveTerms(db: Db, t: BillingTerms, userId: string, expectedVersion: number | null): Promise<boolean> {
  const values = {
    organization_id: t.organizationId,
    kind: t.kind,
    currency: t.currency,
    flat_fee_basis: t.flatFee?.basis ?? null,
    flat_fee_minor: t.flatFee?.amountMinor ?? null,
    block_minutes: t.block?.minutesPerMonth ?? null,
    rollover: t.block?.rollover ?? null,
    rollover_cap_minutes: t.block?.rolloverCapMinutes ?? null,
    low_balance_minutes: t.block?.lowBalanceMinutes ?? null,
    block_price_minor: t.block?.priceMinor ?? null,
    role_rates: JSON.stringify(t.roleRates),
    approval_required: t.approvalRequired,
    default_rate_minor: t.defaultRateMinor,
    work_types: JSON.stringify(t.workTypes),
    after_hours_percent: t.afterHoursPercent,
    minimum_minutes: t.minimumMinutes,
    increment_minutes: t.incrementMinutes,
    rounding: t.mode,
    scope: JSON.stringify(t.scope),
    version: t.version,
    updated_by: userId,
    updated_at: t.updatedAt,
  };
  const bdb = billingDb(db);
  if (expectedVersion === null) {
    const r = await bdb.insertInto('billing_terms').values({ contract_id: t.contractId, ...values }).onConflict((oc) => oc.column('contract_id').doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await bdb.updateTable('billing_terms').set(values).where('contract_id', '=', t.contractId).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A person's running timer. */
export interface RunningTimer { userId: string; ticketId: string; startedAt: string; workType: string; location: WorkLocation }

/** The person's running timer, if any. */
export async function findTimer(db: Db, userId: string): Promise<RunningTimer | undefined> {
  const r = await billingDb(db).selectFrom('billing_timers').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return r && { userId: r.user_id, ticketId: r.ticket_id, startedAt: r.started_at, workType: r.work_type, location: r.location as WorkLocation };
}

/** Starts a timer; false when the person already has one running (one at a time, by the primary key). */
export async function insertTimer(db: Db, t: RunningTimer): Promise<boolean> {
  const r = await billingDb(db)
    .insertInto('billing_timers')
    .values({ user_id: t.userId, ticket_id: t.ticketId, started_at: t.startedAt, work_type: t.workType, location: t.location })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Removes the person's timer on the ticket; false when there was none (stopped twice, or elsewhere). */
export async function deleteTimer(db: Db, userId: string, ticketId: string): Promise<boolean> {
  const r = await billingDb(db).deleteFrom('billing_timers').where('user_id', '=', userId).where('ticket_id', '=', ticketId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

function toEntry(r: BillingTimeEntryTable): TimeEntry {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    organizationId: r.organization_id,
    contractId: r.contract_id,
    userId: r.user_id,
    startedAt: r.started_at,
    minutes: r.minutes,
    billedMinutes: r.billed_minutes,
    workType: r.work_type,
    location: r.location as WorkLocation,
    note: r.note,
    classification: r.classification as Classification,
    coverage: r.coverage as TimeEntry['coverage'],
    reason: r.reason,
    afterHours: readBool(r.after_hours),
    rateMinor: r.rate_minor,
    multiplierPercent: r.multiplier_percent,
    valueMinor: Number(r.value_minor),
    currency: r.currency,
    waiveReason: r.waive_reason,
    waivedBy: r.waived_by,
    waivedAt: r.waived_at,
    invoiceId: r.invoice_id,
    invoicedAt: r.invoiced_at,
    createdBy: r.created_by,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Writes a new time entry. */
export async function insertEntry(db: Db, e: TimeEntry): Promise<void> {
  await billingDb(db).insertInto('billing_time_entries').values({
    id: e.id, ticket_id: e.ticketId, organization_id: e.organizationId, contract_id: e.contractId, user_id: e.userId, started_at: e.startedAt, minutes: e.minutes,
    billed_minutes: e.billedMinutes, work_type: e.workType, location: e.location, note: e.note, classification: e.classification, coverage: e.coverage, reason: e.reason,
    after_hours: e.afterHours, rate_minor: e.rateMinor, multiplier_percent: e.multiplierPercent, value_minor: e.valueMinor, currency: e.currency,
    waive_reason: e.waiveReason, waived_by: e.waivedBy, waived_at: e.waivedAt, invoice_id: e.invoiceId, invoiced_at: e.invoicedAt,
    created_by: e.createdBy, version: e.version, created_at: e.createdAt, updated_at: e.updatedAt,
  }).execute();
}

/** A time entry by id. */
export async function findEntry(db: Db, id: string): Promise<TimeEntry | undefined> {
  const row = await billingDb(db).selectFrom('billing_time_entries').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toEntry(row);
}

/** The entries with these ids (at most a few hundred: the bulk waive's limit). */
export async function entriesByIds(db: Db, ids: string[]): Promise<TimeEntry[]> {
  if (ids.length === 0) return [];
  return (await billingDb(db).selectFrom('billing_time_entries').selectAll().where('id', 'in', ids).execute()).map(toEntry);
}

/** The entries on these tickets, oldest first. */
export async function entriesOfTickets(db: Db, ticketIds: string[]): Promise<TimeEntry[]> {
  if (ticketIds.length === 0) return [];
  const rows = await billingDb(db).selectFrom('billing_time_entries').selectAll().where('ticket_id', 'in', ticketIds).orderBy('started_at').orderBy('id').execute();
  return rows.map(toEntry);
}

/** Changes an entry's classification (and its waiver) if still at `expectedVersion`; false when it changed since or was invoiced. */
export async function updateClassification(db: Db, e: Pick<TimeEntry, 'id' | 'classification' | 'waiveReason' | 'waivedBy' | 'waivedAt' | 'updatedAt'>, expectedVersion: number): Promise<boolean> {
  const r = await billingDb(db)
    .updateTable('billing_time_entries')
    .set({ classification: e.classification, waive_reason: e.waiveReason, waived_by: e.waivedBy, waived_at: e.waivedAt, updated_at: e.updatedAt, version: expectedVersion + 1 })
    .where('id', '=', e.id)
    .where('version', '=', expectedVersion)
    .where('invoice_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A client's waived entries started in [from, to), for the goodwill ledger. */
export async function goodwillEntries(db: Db, organizationId: string, range: { from?: string; to?: string }): Promise<Pick<TimeEntry, 'startedAt' | 'waiveReason' | 'billedMinutes' | 'valueMinor' | 'currency'>[]> {
  let q = billingDb(db)
    .selectFrom('billing_time_entries')
    .select(['started_at', 'waive_reason', 'billed_minutes', 'value_minor', 'currency'])
    .where('organization_id', '=', organizationId)
    .where('classification', '=', 'goodwill');
  if (range.from !== undefined) q = q.where('started_at', '>=', range.from);
  if (range.to !== undefined) q = q.where('started_at', '<', range.to);
  const rows = await q.execute();
  return rows.map((r) => ({ startedAt: r.started_at, waiveReason: r.waive_reason, billedMinutes: r.billed_minutes, valueMinor: Number(r.value_minor), currency: r.currency }));
}

/** Billed minutes of the contract's covered entries (on block hours: drawn from the block), for the block balance. */
export async function blockUsage(db: Db, contractId: string): Promise<{ startedAt: string; billedMinutes: number }[]> {
  const rows = await billingDb(db)
    .selectFrom('billing_time_entries')
    .select(['started_at', 'billed_minutes'])
    .where('contract_id', '=', contractId)
    .where('classification', '=', 'covered')
    .execute();
  return rows.map((r) => ({ startedAt: r.started_at, billedMinutes: r.billed_minutes }));
}

/** Sets the currency of every contract's terms of the client. */
export async function setTermsCurrency(db: Db, organizationId: string, currency: string): Promise<void> {
  await billingDb(db).updateTable('billing_terms').set({ currency }).where('organization_id', '=', organizationId).execute();
}
