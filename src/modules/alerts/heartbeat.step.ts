/**
 * Engine step `alerts.heartbeat`: every enabled heartbeat check has a deadline at its last report
 * plus interval and grace, moved by each report. When it falls due the check is silent: load the
 * check and its alert → decide(now) (heartbeat.ts, pure) → fold a firing alert, which opens the
 * ticket. One silence opens one ticket; the next report recovers it and arms the deadline again.
 */
import type { DomainEvent } from '../../platform/events.js';
import { armDeadline } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { Db } from '../../platform/db/connect.js';
import type { Heartbeat } from './alert-source.js';
import { findAlertByFoldKey } from './alerts.repository.js';
import { foldAlerts } from './fold-alerts.js';
import { decideHeartbeat, heartbeatDueAt, heartbeatEntry } from './heartbeat.js';
import { findHeartbeat } from './sources.repository.js';
import type { AlertStepDeps } from './step-deps.js';

export const HEARTBEAT_KIND = 'alerts.heartbeat';

/** Arms (or moves) a heartbeat check's deadline to when it would be silent. */
export async function armHeartbeat(db: Db, heartbeat: Heartbeat, nowIso: string): Promise<void> {
  await armDeadline(db, { id: `${HEARTBEAT_KIND}:${heartbeat.id}`, kind: HEARTBEAT_KIND, subjectId: heartbeat.id, dueAt: heartbeatDueAt(heartbeat), payload: {}, nowIso });
}

export function heartbeatHandler(deps: AlertStepDeps): DeadlineHandler {
  return {
    kind: HEARTBEAT_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const heartbeat = await findHeartbeat(trx, deadline.subjectId);
      const alert = heartbeat ? await findAlertByFoldKey(trx, `heartbeat/${heartbeat.id}`) : undefined;
      const decision = decideHeartbeat(heartbeat, alert?.observedState === 'firing', now);
      if (decision.action === 'drop') return { outcome: decision.reason };
      if (decision.action === 'wait') return { retryAt: decision.until };
      const outbox: DomainEvent[] = [];
      await foldAlerts({ ...deps, db: trx, emit: (e) => outbox.push(e) }, [heartbeatEntry(heartbeat!, 'silent', null, now)]);
      return { outcome: 'silent', after: () => outbox.forEach(deps.publish) };
    },
  };
}
