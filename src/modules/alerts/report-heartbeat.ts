/**
 * A heartbeat check's job reports in: the report is recorded and the silence deadline moves on.
 * A failure fires the check's alert at once (a ticket); a success recovers an alert that a
 * silence or a failure had fired.
 */
import { toIso } from '../../platform/clock.js';
import type { Heartbeat } from './alert-source.js';
import { findAlertByFoldKey } from './alerts.repository.js';
import { foldAlerts, type FoldDeps, type FoldOutcome } from './fold-alerts.js';
import { heartbeatDueAt, heartbeatEntry } from './heartbeat.js';
import { armHeartbeat } from './heartbeat.step.js';
import { recordReport } from './sources.repository.js';

export async function reportHeartbeat(deps: FoldDeps, heartbeat: Heartbeat, input: { status: 'success' | 'failure'; message: string | null }): Promise<{ heartbeat: Heartbeat; dueAt: string; alert: FoldOutcome | null }> {
  const now = deps.clock.now();
  const at = toIso(now);
  const next: Heartbeat = { ...heartbeat, lastPingAt: at, lastStatus: input.status, updatedAt: at, version: heartbeat.version + 1 };
  await recordReport(deps.db, heartbeat.id, at, input.status);
  await armHeartbeat(deps.db, next, at);
  let alert: FoldOutcome | null = null;
  if (input.status === 'failure') {
    [alert] = await foldAlerts(deps, [heartbeatEntry(next, 'failure', input.message, now)]);
  } else if ((await findAlertByFoldKey(deps.db, `heartbeat/${heartbeat.id}`))?.observedState === 'firing') {
    [alert] = await foldAlerts(deps, [heartbeatEntry(next, 'recovered', input.message, now)]);
  }
  return { heartbeat: next, dueAt: toIso(heartbeatDueAt(next)), alert };
}
