/** The backups module: backup jobs per client, their results by webhook or email, stale or failed backups as tickets, restore tests, DR plans and the readiness score. */
import type { DeadlineHandler } from '../../platform/engine/engine.js';
import { backupStaleHandler, type BackupStepDeps } from './backup-stale.step.js';

export { backupRoutes, type BackupRoutesDeps } from './backups.routes.js';
export { type BackupTables } from './backups.tables.js';
export { type BackupStepDeps } from './backup-stale.step.js';
export { readinessOfClients } from './client-readiness.js';
export { registerTicketReactions } from './ticket-reactions.js';
export { takeBackupReport, type ReportMessage, type TakenReport } from './take-backup-report.js';
export { type Readiness, type ReadinessReason } from './readiness.js';

/** The module's engine steps: backups going stale. */
export function backupHandlers(deps: BackupStepDeps): DeadlineHandler[] {
  return [backupStaleHandler(deps)];
}
