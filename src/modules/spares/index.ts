/** The spares module: stock of spares and loaners per location, reserved from tickets, lent with a due time, low-stock alerts. */
import type { DeadlineHandler } from '../../platform/engine/engine.js';
import { loanerOverdueHandler, type SpareStepDeps } from './loaner-overdue.step.js';

export { spareRoutes, type SpareRoutesDeps } from './spares.routes.js';
export { type SpareTables } from './spares.tables.js';
export { type SpareStepDeps } from './loaner-overdue.step.js';

/** The module's engine steps: loaners overdue. */
export function spareHandlers(deps: SpareStepDeps): DeadlineHandler[] {
  return [loanerOverdueHandler(deps)];
}
