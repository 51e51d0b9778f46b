import type { ClientActor } from '../auth/index.js';
import { insertTicketEvent } from '../tickets/index.js';
import type { Approval } from './approval.js';
import type { BillingDeps } from './billing-deps.js';
import { approvalAnswered } from './billing-errors.js';
import { saveAnswer } from './approvals.repository.js';

/**
 * The client admin's answer to a request for approval: approved or declined, with an optional
 * comment. A request is answered once (409 already_answered after). The ticket's timeline records
 * the answer. The route has checked that the actor is an admin of the request's client.
 */
export async function answerApproval(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: ClientActor, approval: Approval, input: { decision: 'approved' | 'declined'; comment?: string }): Promise<Approval> {
  if (approval.status !== 'pending') throw approvalAnswered();
  const now = deps.clock.iso();
  const answered: Approval = { ...approval, status: input.decision, answeredBy: actor.userId, answeredAt: now, comment: input.comment?.trim() || null, version: approval.version + 1 };
  if (!(await saveAnswer(deps.db, answered, approval.version))) throw approvalAnswered();
  await insertTicketEvent(deps.db, { ticketId: approval.ticketId, actorUserId: actor.userId, type: `billing.approval_${input.decision}`, field: null, before: null, after: { approvalId: approval.id, comment: answered.comment }, internal: true, at: now });
  return answered;
}
