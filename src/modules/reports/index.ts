export { reportRoutes } from './reports.routes.js';
export { ownerReportRoutes } from './owner-reports.routes.js';
export { fcrWatchHandler, weeklySummaryHandler, armReportSchedules, type ReportStepDeps } from './report-steps.js';
export { judgeFcr, FCR_TARGET_PERCENT } from './fcr.js';
export { clientOverviewRoutes } from './client-overview.routes.js';
export { findAckFacts, type AckFacts, type PagedPerson } from './ack-facts.js';
