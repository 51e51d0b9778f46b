/** Client approval of chargeable work (issue 13, item 5), pure: the request, its states, and what they allow. */

export const APPROVAL_STATES = ['pending', 'approved', 'declined'] as const;
/** Waiting for the client, approved, or declined. */
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** A technician's request for the client's approval of chargeable work on a ticket, and its answer. */
export interface Approval {
  id: string;
  ticketId: string;
  organizationId: string;
  contractId: string | null;
  /** The estimate: minutes of work, and their cost at the contract's rate. */
  minutes: number;
  estimateMinor: number;
  currency: string;
  /** Why the work is chargeable, as coverage decided it. */
  reason: string;
  note: string;
  status: ApprovalState;
  requestedBy: string;
  requestedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  comment: string | null;
  version: number;
}

/**
 * Whether chargeable time may be logged on a ticket given its latest approval request: only once
 * the client approved it. Otherwise the refusal's code: no request yet, waiting, or declined.
 */
export function chargeableAllowed(latest: Pick<Approval, 'status'> | undefined): true | 'approval_required' | 'approval_pending' | 'approval_declined' {
  if (!latest) return 'approval_required';
  if (latest.status === 'approved') return true;
  return latest.status === 'pending' ? 'approval_pending' : 'approval_declined';
}
