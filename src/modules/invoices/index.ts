/** The invoices module: invoice runs per period, invoices with their lines, PDF and accounting exports (docs/billing.md, "Invoices"). */
export { invoiceRoutes } from './invoices.routes.js';
export { type InvoiceDeps } from './invoice-deps.js';
export { type InvoiceTables } from './invoices.tables.js';
