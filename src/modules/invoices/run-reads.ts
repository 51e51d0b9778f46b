/** The invoices module's reads for the API: a run with its invoices, lines and export files. */
import type { InvoiceDeps } from './invoice-deps.js';
import type { InvoiceRun, InvoiceWithLines } from './invoice.js';
import { exportsOfRun, findInvoice, invoicesOfRun, linesOf } from './invoices.repository.js';

/** A run's invoices with their lines. */
export async function runInvoices(deps: Pick<InvoiceDeps, 'db'>, runId: string): Promise<InvoiceWithLines[]> {
  const invoices = await invoicesOfRun(deps.db, runId);
  const lines = await linesOf(deps.db, invoices.map((i) => i.id));
  return invoices.map((i) => ({ ...i, lines: lines.get(i.id) ?? [] }));
}

/** One invoice with its lines. */
export async function invoiceWithLines(deps: Pick<InvoiceDeps, 'db'>, id: string): Promise<InvoiceWithLines | undefined> {
  const invoice = await findInvoice(deps.db, id);
  return invoice && { ...invoice, lines: (await linesOf(deps.db, [id])).get(id) ?? [] };
}

/** A run as the API answers it: with its invoices, their lines, and its export files. */
export async function runDetail(deps: Pick<InvoiceDeps, 'db'>, run: InvoiceRun) {
  return { ...run, invoices: await runInvoices(deps, run.id), exports: await exportsOfRun(deps.db, run.id) };
}
