/**
 * All SQL of the invoices module: clients' invoicing settings, runs, invoices, their lines and
 * export files. Billing's time entries and terms are read and claimed through billing's index.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DraftLine, LineKind } from './invoice-lines.js';
import { DEFAULT_SETTINGS, type ExportFormat, type Invoice, type InvoiceLine, type InvoiceRun, type InvoiceSettings, type RunStatus } from './invoice.js';
import { invoiceDb, type InvoiceLineTable, type InvoiceRunTable, type InvoiceTable } from './invoices.tables.js';

/** Lines per insert statement: 16 columns each, well under SQLite's bound-parameter limit. */
const LINE_CHUNK = 200;

/** The advisory lock key of invoice approvals ("INVOICES" in ASCII, as a number). */
const APPROVAL_LOCK = 0x494e564f494345;

/** A client's settings, or the defaults. */
export async function findSettings(db: Db, organizationId: string): Promise<InvoiceSettings> {
  const r = await invoiceDb(db).selectFrom('invoice_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
  return r ? { organizationId, taxRateBp: r.tax_rate_bp, taxName: r.tax_name, paymentTermsDays: r.payment_terms_days, customerName: r.customer_name } : { organizationId, ...DEFAULT_SETTINGS };
}

/** Writes a client's settings. */
export async function saveSettings(db: Db, s: InvoiceSettings, at: string): Promise<void> {
  const values = { tax_rate_bp: s.taxRateBp, tax_name: s.taxName, payment_terms_days: s.paymentTermsDays, customer_name: s.customerName, updated_at: at };
  await invoiceDb(db).insertInto('invoice_settings').values({ organization_id: s.organizationId, ...values }).onConflict((oc) => oc.column('organization_id').doUpdateSet(values)).execute();
}

const toRun = (r: InvoiceRunTable): InvoiceRun => ({
  id: r.id, periodFrom: r.period_from, periodTo: r.period_to, organizationId: r.organization_id, status: r.status as RunStatus, createdBy: r.created_by, createdAt: r.created_at,
  approvedBy: r.approved_by, approvedAt: r.approved_at, sentAt: r.sent_at, exportedAt: r.exported_at, version: r.version,
});

/** Writes a new run. */
export async function insertRun(db: Db, run: InvoiceRun): Promise<void> {
  await invoiceDb(db).insertInto('invoice_runs').values({
    id: run.id, period_from: run.periodFrom, period_to: run.periodTo, organization_id: run.organizationId, status: run.status, created_by: run.createdBy, created_at: run.createdAt,
    approved_by: run.approvedBy, approved_at: run.approvedAt, sent_at: run.sentAt, exported_at: run.exportedAt, version: run.version,
  }).execute();
}

/** A run by id. */
export async function findRun(db: Db, id: string): Promise<InvoiceRun | undefined> {
  const r = await invoiceDb(db).selectFrom('invoice_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRun(r);
}

/** The newest runs first. */
export async function listRuns(db: Db, limit: number): Promise<InvoiceRun[]> {
  return (await invoiceDb(db).selectFrom('invoice_runs').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toRun);
}

/** Moves a run on from one of `from` if still at `expectedVersion`; false when another change came first. */
export async function updateRunStatus(db: Db, id: string, expectedVersion: number, from: RunStatus[], to: Partial<Pick<InvoiceRun, 'status' | 'approvedBy' | 'approvedAt' | 'sentAt' | 'exportedAt'>>): Promise<boolean> {
  const set: Partial<InvoiceRunTable> = { version: expectedVersion + 1 };
  if (to.status !== undefined) set.status = to.status;
  if (to.approvedBy !== undefined) set.approved_by = to.approvedBy;
  if (to.approvedAt !== undefined) set.approved_at = to.approvedAt;
  if (to.sentAt !== undefined) set.sent_at = to.sentAt;
  if (to.exportedAt !== undefined) set.exported_at = to.exportedAt;
  const r = await invoiceDb(db).updateTable('invoice_runs').set(set).where('id', '=', id).where('version', '=', expectedVersion).where('status', 'in', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const toInvoice = (r: InvoiceTable): Invoice => ({
  id: r.id, runId: r.run_id, organizationId: r.organization_id, number: r.number, seq: r.seq, customerName: r.customer_name, timeZone: r.time_zone, currency: r.currency,
  issueDate: r.issue_date, dueDate: r.due_date, paymentTermsDays: r.payment_terms_days, subtotalMinor: Number(r.subtotal_minor), taxRateBp: r.tax_rate_bp, taxName: r.tax_name,
  taxMinor: Number(r.tax_minor), totalMinor: Number(r.total_minor), goodwillMinor: Number(r.goodwill_minor),
});

/** Writes a draft invoice with its lines. */
export async function insertInvoice(db: Db, inv: Invoice, lines: InvoiceLine[]): Promise<void> {
  const idb = invoiceDb(db);
  await idb.insertInto('invoices').values({
    id: inv.id, run_id: inv.runId, organization_id: inv.organizationId, seq: inv.seq, number: inv.number, customer_name: inv.customerName, time_zone: inv.timeZone, currency: inv.currency,
    issue_date: inv.issueDate, due_date: inv.dueDate, payment_terms_days: inv.paymentTermsDays, subtotal_minor: inv.subtotalMinor, tax_rate_bp: inv.taxRateBp, tax_name: inv.taxName,
    tax_minor: inv.taxMinor, total_minor: inv.totalMinor, goodwill_minor: inv.goodwillMinor,
  }).execute();
  for (let i = 0; i < lines.length; i += LINE_CHUNK) {
    await idb.insertInto('invoice_lines').values(lines.slice(i, i + LINE_CHUNK).map((l) => ({
      id: l.id, invoice_id: inv.id, position: l.position, kind: l.kind, description: l.description, quantity: l.quantity, unit_minor: l.unitMinor, amount_minor: l.amountMinor,
      value_minor: l.valueMinor, minutes: l.minutes, rate_minor: l.rateMinor, multiplier_percent: l.multiplierPercent, contract_id: l.contractId, month: l.month, entry_id: l.entryId, entry_version: l.entryVersion,
    }))).execute();
  }
}

/** A run's invoices, by client name. */
export async function invoicesOfRun(db: Db, runId: string): Promise<Invoice[]> {
  return (await invoiceDb(db).selectFrom('invoices').selectAll().where('run_id', '=', runId).orderBy('customer_name').orderBy('id').execute()).map(toInvoice);
}

/** An invoice by id. */
export async function findInvoice(db: Db, id: string): Promise<Invoice | undefined> {
  const r = await invoiceDb(db).selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toInvoice(r);
}

const toLine = (r: InvoiceLineTable): InvoiceLine => ({
  id: r.id, position: r.position, kind: r.kind as LineKind, description: r.description, quantity: r.quantity, unitMinor: Number(r.unit_minor), amountMinor: Number(r.amount_minor),
  valueMinor: Number(r.value_minor), minutes: r.minutes, rateMinor: r.rate_minor, multiplierPercent: r.multiplier_percent, contractId: r.contract_id, month: r.month, entryId: r.entry_id, entryVersion: r.entry_version,
});

/** The lines of these invoices, in order, by invoice id. */
export async function linesOf(db: Db, invoiceIds: string[]): Promise<Map<string, InvoiceLine[]>> {
  const out = new Map<string, InvoiceLine[]>(invoiceIds.map((id) => [id, []]));
  for (let i = 0; i < invoiceIds.length; i += 500) {
    const rows = await invoiceDb(db).selectFrom('invoice_lines').selectAll().where('invoice_id', 'in', invoiceIds.slice(i, i + 500)).orderBy('invoice_id').orderBy('position').execute();
    for (const r of rows) out.get(r.invoice_id)!.push(toLine(r));
  }
  return out;
}

/** The fee and overage lines of these invoices: what approval checks against invoices approved before. */
export async function monthLinesOf(db: Db, invoiceIds: string[]): Promise<{ kind: 'flat_fee' | 'block_overage'; contractId: string; month: string }[]> {
  const out: { kind: 'flat_fee' | 'block_overage'; contractId: string; month: string }[] = [];
  for (let i = 0; i < invoiceIds.length; i += 500) {
    const rows = await invoiceDb(db)
      .selectFrom('invoice_lines')
      .select(['kind', 'contract_id', 'month'])
      .where('invoice_id', 'in', invoiceIds.slice(i, i + 500))
      .where('kind', 'in', ['flat_fee', 'block_overage'])
      .execute();
    for (const r of rows) if (r.contract_id !== null && r.month !== null) out.push({ kind: r.kind as 'flat_fee' | 'block_overage', contractId: r.contract_id, month: r.month });
  }
  return out;
}

/** How many lines each of these invoices has. */
export async function lineCounts(db: Db, invoiceIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < invoiceIds.length; i += 500) {
    const rows = await invoiceDb(db).selectFrom('invoice_lines').select((eb) => ['invoice_id', eb.fn.countAll<number | string>().as('n')]).where('invoice_id', 'in', invoiceIds.slice(i, i + 500)).groupBy('invoice_id').execute();
    for (const r of rows) out.set(r.invoice_id, Number(r.n));
  }
  return out;
}

/** The time entries a draft invoice bills or shows as goodwill, with the versions the draft read. */
export async function entriesOfInvoice(db: Db, invoiceId: string): Promise<{ entryId: string; entryVersion: number }[]> {
  const rows = await invoiceDb(db).selectFrom('invoice_lines').select(['entry_id', 'entry_version']).where('invoice_id', '=', invoiceId).where('entry_id', 'is not', null).execute();
  return rows.map((r) => ({ entryId: r.entry_id!, entryVersion: r.entry_version ?? 0 }));
}

/**
 * Months of the contract already billed on approved (or sent, exported) invoices for a kind of
 * line: fees are billed once per month, overage minutes only beyond those billed before.
 */
export async function billedMonths(db: Db, contractId: string, kind: 'flat_fee' | 'block_overage'): Promise<Map<string, number>> {
  const rows = await invoiceDb(db)
    .selectFrom('invoice_lines')
    .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
    .innerJoin('invoice_runs', 'invoice_runs.id', 'invoices.run_id')
    .select(['invoice_lines.month', 'invoice_lines.minutes'])
    .where('invoice_lines.contract_id', '=', contractId)
    .where('invoice_lines.kind', '=', kind)
    .where('invoice_runs.status', 'in', ['approved', 'sent', 'exported'])
    .execute();
  const out = new Map<string, number>();
  for (const r of rows) if (r.month !== null) out.set(r.month, (out.get(r.month) ?? 0) + (r.minutes ?? 0));
  return out;
}

/** The highest invoice sequence number given so far (0 before the first). */
export async function lastSeq(db: Db): Promise<number> {
  const r = await invoiceDb(db).selectFrom('invoices').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(r?.seq ?? 0);
}

/** Numbers and dates an invoice on approval. */
export async function numberInvoice(db: Db, id: string, seq: number, number: string, issueDate: string, dueDate: string): Promise<void> {
  await invoiceDb(db).updateTable('invoices').set({ seq, number, issue_date: issueDate, due_date: dueDate }).where('id', '=', id).execute();
}

/** Keeps an export file. */
export async function insertExport(db: Db, e: { id: string; runId: string; format: ExportFormat; fileName: string; content: string; createdBy: string; createdAt: string }): Promise<void> {
  await invoiceDb(db).insertInto('invoice_exports').values({ id: e.id, run_id: e.runId, format: e.format, file_name: e.fileName, content: e.content, created_by: e.createdBy, created_at: e.createdAt }).execute();
}

/** An export file by id. */
export async function findExport(db: Db, id: string): Promise<{ id: string; runId: string; format: ExportFormat; fileName: string; content: string; createdAt: string } | undefined> {
  const r = await invoiceDb(db).selectFrom('invoice_exports').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, runId: r.run_id, format: r.format as ExportFormat, fileName: r.file_name, content: r.content, createdAt: r.created_at };
}

/** A run's export files, newest first (without their content). */
export async function exportsOfRun(db: Db, runId: string): Promise<{ id: string; format: ExportFormat; fileName: string; createdAt: string }[]> {
  const rows = await invoiceDb(db).selectFrom('invoice_exports').select(['id', 'format', 'file_name', 'created_at']).where('run_id', '=', runId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, format: r.format as ExportFormat, fileName: r.file_name, createdAt: r.created_at }));
}

/**
 * Serialises approvals until the transaction ends: each checks what approved invoices billed and
 * takes the next numbers, so two at once would both pass the checks. PostgreSQL takes a
 * transaction-scoped advisory lock (the key is arbitrary, fixed for this purpose); SQLite already
 * has one writer at a time.
 */
export async function lockApprovals(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${APPROVAL_LOCK})`.execute(db);
}
