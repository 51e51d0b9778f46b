/** Pure decisions of the delivery worker. */

export type DeliveryDecision = 'send' | 'cancel';

/** A page that needs an acknowledgement is still wanted only while its ladder is active. */
export function decideDelivery(n: { requiresAck: boolean }, ladderState: string | undefined): DeliveryDecision {
  if (!n.requiresAck) return 'send';
  return ladderState === 'active' ? 'send' : 'cancel';
}

/** Backoff for a temporary failure: 30 s, 1 min, 2 min … capped at 15 min, or the provider's Retry-After. */
export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  const backoff = Math.min(15 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** One message for several pages to the same address at once: a shared outage is one SMS, not twelve. */
export function bundleText(items: { ticketNumber: string; subject: string }[], ackHint: string): { subject: string; text: string } {
  if (items.length === 1) return { subject: items[0].subject, text: `${items[0].subject}. ${ackHint}` };
  const list = items.map((i) => i.ticketNumber).join(', ');
  return { subject: `${items.length} tickets need you: ${list}`, text: `${items.length} tickets need you: ${list}. ${ackHint}` };
}

/**
 * Least time between two messages to the same address by the same method: a phone that was just
 * called is not called again within a minute; later pages wait and go out together.
 */
export const MIN_GAP_MS: Record<string, number> = { voice: 60_000, sms: 10_000, email: 0, webhook: 0, slack: 0, teams: 0 };

/** When a message to this address may go out, given the last one sent (per node). */
export function throttledUntil(method: string, lastSentAt: number | undefined, now: number): number | null {
  const gap = MIN_GAP_MS[method] ?? 0;
  if (lastSentAt === undefined || gap === 0 || now - lastSentAt >= gap) return null;
  return lastSentAt + gap;
}
