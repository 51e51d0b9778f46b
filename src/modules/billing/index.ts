/** The billing module: contracts' billing terms and scope, time on tickets, and the goodwill ledger (docs/billing.md). */
export { billingRoutes } from './billing.routes.js';
export { type BillingDeps } from './billing-deps.js';
export { type BillingTables } from './billing.tables.js';
export { workCoverage, type PlannedWork, type WorkCoverage } from './work-coverage.js';
export { invoicingOrganizations, uninvoicedWork, termsForInvoicing, markInvoiced } from './invoicing.repository.js';
export { blockMonthsUntil } from './invoicing-reads.js';
export { accountCurrency } from './billing.repository.js';
export { valueMinor } from './rounding.js';
export { workTypeName, type BillingTerms } from './terms.js';
export { type TimeEntry } from './time-entry.js';
export { type BlockMonth } from './block-hours.js';
export { goodwillByPeriod, contractProfitability, type GoodwillRow, type FiguresPeriod } from './billing-figures.js';
export { type ProfitabilityRow } from './profitability.js';
export { logTime, type LogTimeInput } from './log-time.js';
export { ticketTimeTotals, type TicketTimeTotal } from './billing-reads.js';
