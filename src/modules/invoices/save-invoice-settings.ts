import type { InvoiceDeps } from './invoice-deps.js';
import type { InvoiceSettings } from './invoice.js';
import { saveSettings } from './invoices.repository.js';

/** Sets a client's tax rate and name, payment terms and accounting customer name; drafts made later use them. */
export async function saveInvoiceSettings(deps: Pick<InvoiceDeps, 'db' | 'clock'>, settings: InvoiceSettings): Promise<InvoiceSettings> {
  await saveSettings(deps.db, settings, deps.clock.iso());
  return settings;
}
