/** The invoices module's reads for the API: a run with its invoices and export files, an invoice with its lines. */
import type { InvoiceDeps } from './invoice-deps.js';
import type { InvoiceRun, InvoiceWithLines } from './invoice.js';
import { exportsOfRun, findInvoice, invoicesOfRun, lineCounts, linesOf } from './invoices.repository.js';

/** A run's invoices with their lines. */
export async function runInvoices(deps: Pick<InvoiceDeps, 'db'>, runId: string): Promise<InvoiceWithLines[]> {
  const invoices = await invoicesOfRun(deps.db, runId);
  const lines = await linesOf(deps.db, invoices.map((i) => i.id));
  return invoices.map((i) => ({ ...i, lineCount: lines.get(i.id)?.length ?? 0, lines: lines.get(i.id) ?? [] }));
}

/** One invoice with its lines. */
export async function invoiceWithLines(deps: Pick<InvoiceDeps, 'db'>, id: string): Promise<InvoiceWithLines | undefined> {
  const invoice = await findInvoice(deps.db, id);
  const lines = (await linesOf(deps.db, [id])).get(id) ?? [];
  return invoice && { ...invoice, lineCount: lines.length, lines };
}

/** A run as the API answers it: its invoices with their totals and line counts (not the lines), and its export files. */
export async function runDetail(deps: Pick<InvoiceDeps, 'db'>, run: InvoiceRun) {
  const invoices = await invoicesOfRun(deps.db, run.id);
  const counts = await lineCounts(deps.db, invoices.map((i) => i.id));
  return { ...run, invoices: invoices.map((i) => ({ ...i, lineCount: counts.get(i.id) ?? 0 })), exports: await exportsOfRun(deps.db, run.id) };
}
