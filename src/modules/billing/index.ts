/** The billing module: contracts' billing terms and scope, time on tickets, and the goodwill ledger (docs/billing.md). */
export { billingRoutes } from './billing.routes.js';
export { type BillingDeps } from './billing-deps.js';
export { type BillingTables } from './billing.tables.js';
export { goodwillByPeriod, contractProfitability, type GoodwillRow, type FiguresPeriod } from './billing-figures.js';
export { type ProfitabilityRow } from './profitability.js';
