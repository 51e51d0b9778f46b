/** SQL of client approvals of chargeable work: only billing's own table. */
import type { Db } from '../../platform/db/connect.js';
import type { Approval, ApprovalState } from './approval.js';
import { billingDb, type BillingApprovalTable } from './billing.tables.js';

function toApproval(r: BillingApprovalTable): Approval {
  return {
    id: r.id, ticketId: r.ticket_id, organizationId: r.organization_id, contractId: r.contract_id, minutes: r.minutes, estimateMinor: Number(r.estimate_minor), currency: r.currency,
    reason: r.reason, note: r.note, status: r.status as ApprovalState, requestedBy: r.requested_by, requestedAt: r.requested_at, answeredBy: r.answered_by, answeredAt: r.answered_at,
    comment: r.comment, version: r.version,
  };
}

/** Writes a new request. */
export async function insertApproval(db: Db, a: Approval): Promise<void> {
  await billingDb(db).insertInto('billing_approvals').values({
    id: a.id, ticket_id: a.ticketId, organization_id: a.organizationId, contract_id: a.contractId, minutes: a.minutes, estimate_minor: a.estimateMinor, currency: a.currency,
    reason: a.reason, note: a.note, status: a.status, requested_by: a.requestedBy, requested_at: a.requestedAt, answered_by: a.answeredBy, answered_at: a.answeredAt, comment: a.comment, version: a.version,
  }).execute();
}

/** A request by id. */
export async function findApproval(db: Db, id: string): Promise<Approval | undefined> {
  const r = await billingDb(db).selectFrom('billing_approvals').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toApproval(r);
}

/** A ticket's requests, newest first. */
export async function approvalsOfTicket(db: Db, ticketId: string): Promise<Approval[]> {
  return (await billingDb(db).selectFrom('billing_approvals').selectAll().where('ticket_id', '=', ticketId).orderBy('requested_at', 'desc').orderBy('id', 'desc').execute()).map(toApproval);
}

/** A client's requests, newest first (at most 200). */
export async function approvalsOfOrganization(db: Db, organizationId: string): Promise<Approval[]> {
  return (await billingDb(db).selectFrom('billing_approvals').selectAll().where('organization_id', '=', organizationId).orderBy('requested_at', 'desc').orderBy('id', 'desc').limit(200).execute()).map(toApproval);
}

/** Records the client's answer if the request is still pending at `expectedVersion`; false when it was answered since. */
export async function saveAnswer(db: Db, a: Pick<Approval, 'id' | 'status' | 'answeredBy' | 'answeredAt' | 'comment'>, expectedVersion: number): Promise<boolean> {
  const r = await billingDb(db)
    .updateTable('billing_approvals')
    .set({ status: a.status, answered_by: a.answeredBy, answered_at: a.answeredAt, comment: a.comment, version: expectedVersion + 1 })
    .where('id', '=', a.id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
