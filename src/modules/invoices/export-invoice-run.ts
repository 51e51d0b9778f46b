import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { quickbooksCsv } from './exports/quickbooks.js';
import { xeroCsv } from './exports/xero.js';
import type { InvoiceDeps } from './invoice-deps.js';
import { runConflict, runNotApproved } from './invoice-errors.js';
import type { ExportFormat, InvoiceRun } from './invoice.js';
import { insertExport, updateRunStatus } from './invoices.repository.js';
import { runInvoices } from './run-reads.js';

/**
 * Makes an accounting export file of an approved, sent or exported run and keeps it: an approved
 * run becomes exported, a sent one stays sent (with the time it was exported). Exporting again
 * makes a new file of the same invoices.
 */
export async function exportInvoiceRun(deps: Pick<InvoiceDeps, 'db' | 'clock'>, actor: StaffActor, run: InvoiceRun, format: ExportFormat): Promise<{ id: string; format: ExportFormat; fileName: string; createdAt: string }> {
  if (run.status !== 'approved' && run.status !== 'sent' && run.status !== 'exported') throw runNotApproved();
  const invoices = await runInvoices(deps, run.id);
  const reference = `Switchboard ${run.periodFrom} to ${run.periodTo}`;
  const content = format === 'xero' ? xeroCsv(invoices, reference) : quickbooksCsv(invoices, reference);
  const made = { id: newId(), runId: run.id, format, fileName: `invoices-${format}-${run.periodFrom}-${run.periodTo}.csv`, content, createdBy: actor.userId, createdAt: deps.clock.iso() };
  await insertExport(deps.db, made);
  const status = run.status === 'approved' ? 'exported' : run.status;
  if (!(await updateRunStatus(deps.db, run.id, run.version, [run.status], { status, exportedAt: made.createdAt }))) throw runConflict();
  return { id: made.id, format, fileName: made.fileName, createdAt: made.createdAt };
}
