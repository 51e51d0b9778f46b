/**
 * First-contact resolution, from a ticket's history. A phone ticket counts as resolved on first
 * contact when the technician marked it so, it was never escalated, it was not reopened within 7
 * days of being resolved, and no further call or client reply followed.
 *
 * It is credited to the technician who took the contact: the staff member who logged the first
 * call on the ticket, or, without a call log, the one who opened it. Escalated means the tier was
 * raised, or the ticket was assigned (when opened or later) to someone of a higher tier than the
 * one who took it; an escalated ticket is not a first-contact resolution for anyone — not for the
 * taker, and not for the engineer who resolved it.
 */
export const FCR_TARGET_PERCENT = 90;
const REOPEN_WINDOW_MS = 7 * 24 * 3600_000;

export interface FcrEvent {
  at: number;
  type: string;
  field: string | null;
  before: unknown;
  after: unknown;
}

export interface FcrHistory {
  outcome: string | null;
  events: FcrEvent[];
  /** The tier of whoever took the contact (null: unknown, or staff without a tier). */
  takerTier?: number | null;
  /** A staff member's tier, for the assignees in the history. */
  tierOf?: (userId: string) => number | null | undefined;
}

export type FcrVerdict = { fcr: true } | { fcr: false; reason: string };

/** Whether the ticket went up a tier: by its tier field, or to an assignee above the taker's tier. */
export function wasEscalated(h: Pick<FcrHistory, 'events' | 'takerTier' | 'tierOf'>): boolean {
  if (h.events.some((e) => e.type === 'ticket.updated' && e.field === 'tier' && Number(e.after) > Number(e.before))) return true;
  const created = h.events.find((e) => e.type === 'ticket.created')?.after as { tier?: number; assigneeId?: string | null } | null | undefined;
  const baseline = h.takerTier ?? created?.tier ?? 1;
  if (created?.tier !== undefined && created.tier > baseline) return true;
  const assignees = [created?.assigneeId, ...h.events.filter((e) => e.type === 'ticket.updated' && e.field === 'assigneeId').map((e) => e.after)];
  return assignees.some((id) => typeof id === 'string' && (h.tierOf?.(id) ?? 0) > baseline);
}

export function judgeFcr(h: FcrHistory): FcrVerdict {
  if (h.outcome !== 'resolved_first_contact') return { fcr: false, reason: 'not marked resolved on first contact' };
  const resolvedAt = h.events.find((e) => e.type === 'ticket.updated' && e.field === 'status' && e.after === 'resolved')?.at;
  if (resolvedAt === undefined) return { fcr: false, reason: 'never resolved' };
  if (wasEscalated(h)) return { fcr: false, reason: 'escalated to a higher tier' };
  const reopened = h.events.some((e) => e.type === 'ticket.updated' && e.field === 'status' && e.before === 'resolved' && e.after === 'open' && e.at - resolvedAt <= REOPEN_WINDOW_MS);
  if (reopened) return { fcr: false, reason: 'reopened within 7 days' };
  const followUps = h.events.filter((e) => e.type === 'message.added' && e.at > resolvedAt && (e.after as { kind?: string } | null)?.kind !== 'note');
  if (followUps.length > 0) return { fcr: false, reason: 'contacted again after resolution' };
  return { fcr: true };
}
