/**
 * Engine step `escalation.step`: load the ladder and its ticket, decide whether the step is still
 * due, and apply it — notifications queued exactly once, the ticket told who was paged and why,
 * the next step armed — all in the engine's transaction.
 */
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import { newId } from '../../platform/ids.js';
import { formatTicketNumber, insertTicketEvent, isOpenStatus } from '../tickets/index.js';
import { findEscalation, queueNotification, ticketFacts, updateEscalation, type Escalation } from './escalation.repository.js';
import { STEP_KIND, type LadderDeps } from './ladder-deps.js';
import { contactPlan, dedupePeople, resolveTarget } from './resolve-targets.js';
import { advance, endLadders } from './run-ladder.js';

export type StepDecision = { action: 'notify' } | { action: 'drop'; reason: string };

/** Pure: a step deadline still applies only to an active ladder at that very step and round. */
export function decideStep(e: Escalation | undefined, payload: { round: number; step: number }): StepDecision {
  if (!e) return { action: 'drop', reason: 'ladder_gone' };
  if (e.state !== 'active') return { action: 'drop', reason: `ladder_${e.state}` };
  if (e.round !== payload.round || e.nextStep !== payload.step) return { action: 'drop', reason: 'superseded' };
  return { action: 'notify' };
}

export function escalationStepHandler(deps: Omit<LadderDeps, 'db'>): DeadlineHandler {
  return {
    kind: STEP_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const d: LadderDeps = { ...deps, db: trx };
      const e = await findEscalation(trx, deadline.subjectId);
      const payload = { round: Number(deadline.payload.round), step: Number(deadline.payload.step) };
      const decision = decideStep(e, payload);
      if (decision.action === 'drop') return { outcome: decision.reason };
      const ladder = e!;
      const ticket = await ticketFacts(trx, ladder.ticketId);
      if (!ticket || !isOpenStatus(ticket.status)) {
        await endLadders(d, ladder.ticketId, 'ticket no longer open', null);
        return { outcome: 'ticket_closed' };
      }
      // Outside the client's covered hours the page waits for the window to open, unless this
      // priority is covered round the clock.
      const covering = await deps.coveringCalendar(trx, ticket);
      if (covering && !covering.alwaysOpen && !covering.calendar.isOpenAt(now)) {
        const opens = covering.calendar.nextOpening(now);
        if (opens !== null) {
          await insertTicketEvent(trx, { ticketId: ticket.id, actorUserId: null, type: 'escalation.deferred', field: ladder.policy.name, before: null, internal: true, at: new Date(now).toISOString(), after: { escalationId: ladder.id, step: payload.step + 1, round: payload.round, until: new Date(opens).toISOString(), reason: 'outside the client’s covered hours' } });
          return { retryAt: opens };
        }
      }
      const step = ladder.policy.steps[payload.step];
      const resolved = await Promise.all(step.targets.map((t) => resolveTarget(d, trx, t, ticket, now)));
      let queued = 0;
      for (const p of dedupePeople(resolved.flatMap((r) => r.people))) {
        for (const m of await contactPlan(trx, p)) {
          const ok = await queueNotification(trx, {
            id: newId(),
            dedupeKey: `${ladder.id}:${payload.round}:${payload.step}:${p.id}:${m.id}`,
            escalationId: ladder.id,
            ticketId: ticket.id,
            step: payload.step + 1,
            round: payload.round,
            recipientUserId: p.id,
            method: m.method,
            address: m.address,
            subject: `[${formatTicketNumber(d.ticketPrefix, ticket.number)}] ${ticket.priority}${ticket.businessCritical ? ' business-critical' : ''}: ${ticket.subject} — ${ticket.organizationName}`,
            body: `Escalation "${ladder.policy.name}", step ${payload.step + 1}${payload.round > 1 ? `, round ${payload.round}` : ''}: ${step.requiresAck ? 'not acknowledged yet' : 'for your information'}.`,
            requiresAck: step.requiresAck,
            sendAfter: now + m.delayMinutes * 60_000,
            createdAt: new Date(now).toISOString(),
          });
          if (ok) queued += 1;
        }
      }
      await insertTicketEvent(trx, {
        ticketId: ticket.id, actorUserId: null, type: 'escalation.step', field: ladder.policy.name, before: null, internal: true, at: new Date(now).toISOString(),
        after: {
          escalationId: ladder.id, policy: ladder.policy.name, policyVersion: ladder.policy.version, step: payload.step + 1, round: payload.round, requiresAck: step.requiresAck,
          delay: `${step.delayMinutes} ${step.delayKind === 'business' ? 'covered' : 'wall-clock'} minutes after the ${step.from === 'trigger' ? 'ladder started' : 'previous step'}`,
          paged: resolved.map((r) => ({ target: r.target, reason: r.reason, people: r.people.map((p) => ({ id: p.id, name: p.name })) })),
          queued,
        },
      });
      const roundStartedAt = Number(deadline.payload.roundStartedAt ?? ladder.startedAt);
      const next = await advance(d, ladder, ticket, roundStartedAt, now);
      if (!(await updateEscalation(trx, next, ladder.version))) throw new Error('escalation changed while its step ran');
      return { outcome: `notified:${queued}`, after: deps.onQueued };
    },
  };
}
