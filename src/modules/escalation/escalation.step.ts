/**
 * Engine step `escalation.step`: load everything the step needs in the engine's transaction, let
 * the pure `decide` (step-decision.ts) say what to do now, and apply it — notifications queued
 * exactly once, the ticket told who was paged and why, the next step armed, and the ladder's live
 * event published once the transaction commits.
 */
import type { Db } from '../../platform/db/connect.js';
import type { Deadline } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { DomainEvent } from '../../platform/events.js';
import { newId } from '../../platform/ids.js';
import { insertTicketEvent, isOpenStatus } from '../tickets/index.js';
import { findEscalation, queueNotification, ticketFacts, updateEscalation } from './escalation.repository.js';
import { STEP_KIND, type LadderDeps } from './ladder-deps.js';
import { ladderChanged } from './ladder-events.js';
import { contactPlan, dedupePeople, resolveTarget } from './resolve-targets.js';
import { armStep, endLadders } from './run-ladder.js';
import { decide, decideStep, type StepDecision, type StepState } from './step-decision.js';

type StepDeps = Omit<LadderDeps, 'db'>;

/**
 * Reads what the step needs: the ladder; while it is still at this step, its ticket; while that is
 * open, the covering calendar, who the step's targets are now and how each of them is reached.
 */
export async function loadStep(deps: StepDeps, trx: Db, deadline: Deadline, now: number): Promise<StepState> {
  const ladder = await findEscalation(trx, deadline.subjectId);
  const payload = {
    round: Number(deadline.payload.round),
    step: Number(deadline.payload.step),
    roundStartedAt: Number(deadline.payload.roundStartedAt ?? ladder?.startedAt),
  };
  const state: StepState = { payload, ladder, ticketPrefix: deps.ticketPrefix };
  if (decideStep(ladder, payload).action === 'drop') return state;
  const ticket = await ticketFacts(trx, ladder!.ticketId);
  if (!ticket || !isOpenStatus(ticket.status)) return { ...state, ticket };
  const d: LadderDeps = { ...deps, db: trx };
  const targets = await Promise.all(ladder!.policy.steps[payload.step].targets.map((t) => resolveTarget(d, trx, t, ticket, now)));
  const contacts: StepState['contacts'] = {};
  for (const p of dedupePeople(targets.flatMap((r) => r.people))) contacts[p.id] = await contactPlan(trx, p);
  return { ...state, ticket, covering: await deps.coveringCalendar(trx, ticket), targets, contacts };
}

/** Writes what `decide` said; answers the engine's outcome and the live events to publish after commit. */
async function applyStep(deps: StepDeps, trx: Db, state: StepState, decision: StepDecision, now: number): Promise<{ result: HandlerResult; events: DomainEvent[] }> {
  const at = new Date(now).toISOString();
  const d: LadderDeps = { ...deps, db: trx };
  if (decision.action === 'drop') return { result: { outcome: decision.reason }, events: [] };
  const ladder = state.ladder!;
  if (decision.action === 'end') {
    const events: DomainEvent[] = [];
    await endLadders({ ...d, emit: (e) => events.push(e) }, ladder.ticketId, decision.reason, null);
    return { result: { outcome: 'ticket_closed' }, events };
  }
  const ticket = state.ticket!;
  if (decision.action === 'defer') {
    const until = new Date(decision.until).toISOString();
    await insertTicketEvent(trx, { ticketId: ticket.id, actorUserId: null, type: 'escalation.deferred', field: ladder.policy.name, before: null, internal: true, at, after: { escalationId: ladder.id, step: decision.step, round: decision.round, until, reason: decision.reason } });
    // The ladder shows when it will page next; the deadline comes back then, its round moved on.
    if (!(await updateEscalation(trx, { ...ladder, nextStepAt: decision.until }, ladder.version))) throw new Error('escalation changed while its step ran');
    const payload = { ...state.payload, roundStartedAt: decision.roundStartedAt };
    return { result: { retryAt: decision.until, payload }, events: [ladderChanged(ticket, at, { escalationId: ladder.id, change: 'deferred', step: decision.step, round: decision.round })] };
  }
  let queued = 0;
  for (const page of decision.pages) {
    const ok = await queueNotification(trx, { ...page, id: newId(), escalationId: ladder.id, ticketId: ticket.id, step: decision.record.step, round: decision.record.round, createdAt: at });
    if (ok) queued += 1;
  }
  await insertTicketEvent(trx, { ticketId: ticket.id, actorUserId: null, type: 'escalation.step', field: ladder.policy.name, before: null, internal: true, at, after: { ...decision.record, queued } });
  if (decision.arm) await armStep(d, decision.ladder, decision.arm.dueAt, decision.arm.roundStartedAt);
  if (!(await updateEscalation(trx, decision.ladder, ladder.version))) throw new Error('escalation changed while its step ran');
  const change = ladderChanged(ticket, at, { escalationId: ladder.id, change: decision.exhausted ? 'exhausted' : 'paged', step: decision.record.step, round: decision.record.round });
  return { result: { outcome: `notified:${queued}` }, events: [change] };
}

export function escalationStepHandler(deps: StepDeps): DeadlineHandler {
  return {
    kind: STEP_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const state = await loadStep(deps, trx, deadline, now);
      const { result, events } = await applyStep(deps, trx, state, decide(state, now), now);
      const queued = 'outcome' in result && result.outcome.startsWith('notified:');
      if (!queued && events.length === 0) return result;
      return {
        ...result,
        after: () => {
          if (queued) deps.onQueued?.();
          for (const e of events) deps.publish?.(e);
        },
      };
    },
  };
}
