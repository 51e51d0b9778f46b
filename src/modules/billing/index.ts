/** The billing module: contracts' billing terms and scope, time on tickets, and the goodwill ledger (docs/billing.md). */
export { billingRoutes } from './billing.routes.js';
export { type BillingDeps } from './billing-deps.js';
export { type BillingTables } from './billing.tables.js';
export { workCoverage, type PlannedWork, type WorkCoverage } from './work-coverage.js';
