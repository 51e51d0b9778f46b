/**
 * First-contact resolution, from a ticket's history. A phone ticket counts as resolved on first
 * contact when the technician marked it so, it was never escalated to a higher tier, it was not
 * reopened within 7 days of being resolved, and no further call or client reply followed.
 */
export const FCR_TARGET_PERCENT = 90;
const REOPEN_WINDOW_MS = 7 * 24 * 3600_000;

export interface FcrHistory {
  outcome: string | null;
  events: { at: number; type: string; field: string | null; before: unknown; after: unknown }[];
}

export type FcrVerdict = { fcr: true } | { fcr: false; reason: string };

export function judgeFcr(h: FcrHistory): FcrVerdict {
  if (h.outcome !== 'resolved_first_contact') return { fcr: false, reason: 'not marked resolved on first contact' };
  const resolvedAt = h.events.find((e) => e.type === 'ticket.updated' && e.field === 'status' && e.after === 'resolved')?.at;
  if (resolvedAt === undefined) return { fcr: false, reason: 'never resolved' };
  if (h.events.some((e) => e.type === 'ticket.updated' && e.field === 'tier' && Number(e.after) > Number(e.before))) return { fcr: false, reason: 'escalated to a higher tier' };
  const reopened = h.events.some((e) => e.type === 'ticket.updated' && e.field === 'status' && e.before === 'resolved' && e.after === 'open' && e.at - resolvedAt <= REOPEN_WINDOW_MS);
  if (reopened) return { fcr: false, reason: 'reopened within 7 days' };
  const followUps = h.events.filter((e) => e.type === 'message.added' && e.at > resolvedAt && (e.after as { kind?: string } | null)?.kind !== 'note');
  if (followUps.length > 0) return { fcr: false, reason: 'contacted again after resolution' };
  return { fcr: true };
}
