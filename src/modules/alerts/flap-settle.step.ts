/**
 * Engine step `alerts.settle`: a flapping alert's deadline, moved by each of its state changes to
 * a whole flapping window later. Load the alert (locked) and its source's rules → decideSettle(now)
 * (alert.ts, pure) → apply: the alert is stable again and the state last reported reaches its
 * ticket (resolved, reopened or opened) as any change would.
 */
import type { DomainEvent } from '../../platform/events.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { Db } from '../../platform/db/connect.js';
import { alertTicketStates } from '../tickets/index.js';
import { decideSettle, priorityFor, type FoldRules } from './alert.js';
import { heartbeatRules, sourceRules, ticketDescription } from './alert-source.js';
import { findAlert, lockAlerts, type AlertRecord } from './alerts.repository.js';
import { applyDecision, finishRun, foldState, SETTLE_KIND, startRun, ticketState, type TicketPlan } from './fold-alerts.js';
import { findHeartbeat, findSource } from './sources.repository.js';
import type { AlertStepDeps } from './step-deps.js';

/** The rules and ticket settings of the source or heartbeat an alert came from. */
async function rulesOf(db: Db, row: AlertRecord): Promise<{ rules: FoldRules; plan: TicketPlan } | undefined> {
  const description = (origin: string) => ticketDescription(origin, row);
  if (row.sourceId) {
    const source = await findSource(db, row.sourceId);
    if (!source) return undefined;
    return { rules: sourceRules(source), plan: { priority: priorityFor(row.severity, source.severityMap, source.defaultPriority), description: description(`source "${source.name}"`), tags: ['monitoring', source.format] } };
  }
  const heartbeat = row.heartbeatId ? await findHeartbeat(db, row.heartbeatId) : undefined;
  if (!heartbeat) return undefined;
  return { rules: heartbeatRules(heartbeat), plan: { priority: heartbeat.priority, description: description(`heartbeat check "${heartbeat.name}"`), tags: ['monitoring', 'heartbeat'] } };
}

export function flapSettleHandler(deps: AlertStepDeps): DeadlineHandler {
  return {
    kind: SETTLE_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const found = await findAlert(trx, deadline.subjectId);
      const row = found ? (await lockAlerts(trx, deps.dialect, [found.foldKey]))[0] : undefined;
      if (!row) return { outcome: 'alert_gone' };
      const setting = await rulesOf(trx, row);
      if (!setting) return { outcome: 'source_gone' };
      const outbox: DomainEvent[] = [];
      const run = startRun({ ...deps, db: trx, emit: (e) => outbox.push(e) });
      for (const [id, state] of await alertTicketStates(trx, row.ticketId ? [row.ticketId] : [])) run.states.set(id, state);
      const decision = decideSettle(foldState(row), ticketState(run, row), setting.rules, now);
      if (decision === null) return { outcome: 'not_flapping' };
      if ('waitUntil' in decision) return { retryAt: decision.waitUntil };
      await applyDecision(run, row, decision, setting.plan);
      await finishRun(run, [row]);
      return { outcome: decision.action, after: () => outbox.forEach(deps.publish) };
    },
  };
}
