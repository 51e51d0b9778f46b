import type { InvoiceDeps } from './invoice-deps.js';
import { runConflict, runNotApproved } from './invoice-errors.js';
import type { InvoiceRun } from './invoice.js';
import { findRun, updateRunStatus } from './invoices.repository.js';

/** Marks an approved (or exported) run's invoices as sent to the clients. */
export async function markRunSent(deps: Pick<InvoiceDeps, 'db' | 'clock'>, run: InvoiceRun): Promise<InvoiceRun> {
  if (run.status !== 'approved' && run.status !== 'exported') throw runNotApproved();
  if (!(await updateRunStatus(deps.db, run.id, run.version, ['approved', 'exported'], { status: 'sent', sentAt: deps.clock.iso() }))) throw runConflict();
  return (await findRun(deps.db, run.id))!;
}
