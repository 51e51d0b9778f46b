/** The alerts module: monitoring and RMM alerts in, folded into tickets; heartbeat checks; suspected incidents. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DeadlineHandler } from '../../platform/engine/engine.js';
import type { DomainEvent } from '../../platform/events.js';
import type { App } from '../../platform/http/server.js';
import { AlertIntake } from './alert-intake.js';
import { alertSourceRoutes } from './alert-sources.routes.js';
import { alertReadRoutes } from './alerts.routes.js';
import { flapSettleHandler } from './flap-settle.step.js';
import { heartbeatHandler } from './heartbeat.step.js';
import { intakeRoutes } from './intake.routes.js';
import type { AlertStepDeps } from './step-deps.js';
import type { SuspicionRules } from './suspicion.js';

export { AlertIntake } from './alert-intake.js';
export { createAlertSource } from './save-alert-source.js';
export { type SuspicionRules } from './suspicion.js';
export { type AlertStepDeps } from './step-deps.js';
export { senderToken } from './alert-source.js';
export { findProposal as findSuspectedIncident, proposalClients as suspectedIncidentClients, declareProposal as markSuspectedIncidentDeclared, type SuspectedIncident } from './suspected-incidents.repository.js';

export interface AlertRoutesDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  publish: (event: DomainEvent) => void;
  /** Runs in the writing transaction after a ticket changed (SLA clocks, escalation ladders). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  incidents: SuspicionRules;
  /** The group commit received alerts go through (one per node). */
  intake: AlertIntake;
}

/** Registers every route of the alerts module. */
export function alertRoutes(app: App, deps: AlertRoutesDeps): void {
  alertSourceRoutes(app, deps);
  alertReadRoutes(app, deps);
  intakeRoutes(app, deps);
}

/** The module's engine steps: heartbeat silences and flapping alerts settling. */
export function alertHandlers(deps: AlertStepDeps): DeadlineHandler[] {
  return [heartbeatHandler(deps), flapSettleHandler(deps)];
}
