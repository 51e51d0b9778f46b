import { cancelDeadlines } from '../../platform/engine/deadlines.repository.js';
import { AppError, conflict } from '../../platform/errors.js';
import { insertTicketEvent } from '../tickets/index.js';
import { cancelQueued, ticketEscalations, updateEscalation, type Escalation } from './escalation.repository.js';
import { STEP_KIND, type LadderDeps } from './ladder-deps.js';
import { emitLadderChanges } from './ladder-events.js';
import { armStep } from './run-ladder.js';

export type AckChannel = 'api' | 'link' | 'sms' | 'voice';

/** Stops every active ladder of the ticket: pending steps cancelled, queued pages withdrawn. */
export async function acknowledgeTicket(deps: LadderDeps, ticketId: string, userId: string, via: AckChannel): Promise<Escalation[]> {
  const active = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state === 'active');
  if (active.length === 0) throw conflict('nothing_to_acknowledge', 'No escalation is running on this ticket');
  const at = deps.clock.iso();
  const done: Escalation[] = [];
  for (const e of active) {
    const acked: Escalation = { ...e, state: 'acknowledged', acknowledgedBy: userId, acknowledgedAt: at, nextStepAt: null };
    if (!(await updateEscalation(deps.db, acked, e.version))) continue;
    await cancelDeadlines(deps.db, e.id, [STEP_KIND], at);
    await insertTicketEvent(deps.db, { ticketId, actorUserId: userId, type: 'escalation.acknowledged', field: e.policy.name, before: 'active', after: { escalationId: e.id, via, step: e.nextStep, round: e.round }, internal: true, at });
    done.push(acked);
  }
  await cancelQueued(deps.db, done.map((e) => e.id), 'acknowledged');
  await emitLadderChanges(deps, ticketId, done.map((e) => ({ escalationId: e.id, change: 'acknowledged' as const, step: e.nextStep < e.policy.steps.length ? e.nextStep + 1 : null, round: e.round })));
  return done;
}

/** Jumps a ladder straight to step `stepNumber` (1-based), now; an acknowledged ladder climbs again. */
export async function escalateNow(deps: LadderDeps, ticketId: string, stepNumber: number, userId: string): Promise<Escalation> {
  const ladder = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state !== 'ended').pop();
  if (!ladder) throw conflict('no_escalation', 'No escalation policy applies to this ticket, so there is no ladder to climb');
  if (stepNumber < 1 || stepNumber > ladder.policy.steps.length) {
    throw new AppError('invalid_step', `This ladder has steps 1 to ${ladder.policy.steps.length}`, { status: 422, field: '/step' });
  }
  const now = deps.clock.now();
  const moved: Escalation = { ...ladder, state: 'active', nextStep: stepNumber - 1, nextStepAt: now, acknowledgedAt: null, acknowledgedBy: null };
  if (!(await updateEscalation(deps.db, moved, ladder.version))) throw conflict('version_conflict', 'The ladder moved at the same moment; try again');
  await cancelDeadlines(deps.db, ladder.id, [STEP_KIND], deps.clock.iso());
  await armStep(deps, moved, now, now);
  await insertTicketEvent(deps.db, { ticketId, actorUserId: userId, type: 'escalation.escalated', field: ladder.policy.name, before: ladder.nextStep + 1, after: { escalationId: ladder.id, step: stepNumber }, internal: true, at: deps.clock.iso() });
  await emitLadderChanges(deps, ticketId, [{ escalationId: ladder.id, change: 'escalated', step: stepNumber, round: moved.round }]);
  return { ...moved, version: ladder.version + 1 };
}
