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
