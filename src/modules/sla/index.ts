export { slaRoutes, type SlaRoutesDeps } from './sla.routes.js';
export { recomputeClocks, planNewTicketClocks, SLA_DEADLINE_KINDS, type SlaDeps, type NewTicketClocks, type NewClocksPlan } from './recompute-clocks.js';
export { slaNoticeHandlers, decideNotice } from './sla-notice.step.js';
export { CalendarCache } from './calendar-cache.js';
export { computeClocks, type Clock, type ClockPolicy, type SlaEvent } from './clock.js';
export { openTicketIds, activeContract, type ContractRecord } from './sla.repository.js';
export { loadCoverage, type Coverage } from './coverage.js';
export { slaPreviewRoutes } from './preview.routes.js';
export type { CalendarTable, ContractTable, SlaPolicyTable } from './sla.tables.js';
