import type { InvoiceDeps } from './invoice-deps.js';
import { runConflict, runNotDraft } from './invoice-errors.js';
import type { InvoiceRun } from './invoice.js';
import { findRun, updateRunStatus } from './invoices.repository.js';

/**
 * Discards a draft run. Drafts claim no time entries, so this frees nothing: the run is kept,
 * marked discarded, for the record; its work is picked up by the next run.
 */
export async function discardInvoiceRun(deps: Pick<InvoiceDeps, 'db'>, run: InvoiceRun): Promise<InvoiceRun> {
  if (run.status !== 'draft') throw runNotDraft();
  if (!(await updateRunStatus(deps.db, run.id, run.version, ['draft'], { status: 'discarded' }))) throw runConflict();
  return (await findRun(deps.db, run.id))!;
}
