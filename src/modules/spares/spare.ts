/**
 * Spares and loaners as pure rules: kinds of location, the states of a reservation and the moves
 * between them, when stock counts as low, and what the overdue step decides. No I/O.
 */

/** Where stock is kept. */
export const LOCATION_KINDS = ['office', 'client_site', 'van'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** A reservation's life: reserved → out → returned (a loaner), reserved → used (a spare), reserved → cancelled. */
export const RESERVATION_STATES = ['reserved', 'out', 'used', 'returned', 'cancelled'] as const;
export type ReservationState = (typeof RESERVATION_STATES)[number];

/** The moves a person makes on a reservation. */
export type ReservationMove = 'hand_out' | 'return' | 'cancel';

/** The state a move leads to from `from`, or undefined when it cannot be made from there. */
export function nextState(from: ReservationState, move: ReservationMove, loan: boolean): ReservationState | undefined {
  if (move === 'hand_out') return from === 'reserved' ? (loan ? 'out' : 'used') : undefined;
  if (move === 'return') return from === 'out' ? 'returned' : undefined;
  return from === 'reserved' ? 'cancelled' : undefined;
}

/** Stock is low when a threshold is set and what is available (on hand, not reserved) has fallen to it. */
export function isLow(stock: { onHand: number; reserved: number; lowThreshold: number }): boolean {
  return stock.lowThreshold > 0 && stock.onHand - stock.reserved <= stock.lowThreshold;
}

/**
 * After stock changed: alert when it has just become low (once per dip), clear the mark when it is
 * above the threshold again, else nothing.
 */
export function decideLowStock(stock: { onHand: number; reserved: number; lowThreshold: number; lowSince: string | null }): 'alert' | 'clear' | 'none' {
  const low = isLow(stock);
  if (low && stock.lowSince === null) return 'alert';
  if (!low && stock.lowSince !== null) return 'clear';
  return 'none';
}

/** What the overdue step does with a loaner's deadline. */
export type OverdueDecision = { action: 'drop'; reason: string } | { action: 'wait'; until: number } | { action: 'open' };

/** A loaner still out at its due time opens one ticket; a returned one, or one already chased, does nothing. */
export function decideOverdue(r: { state: ReservationState; dueAt: string | null; overdueTicketId: string | null } | undefined, now: number): OverdueDecision {
  if (!r) return { action: 'drop', reason: 'gone' };
  if (r.state !== 'out') return { action: 'drop', reason: r.state };
  if (r.overdueTicketId !== null) return { action: 'drop', reason: 'already_opened' };
  if (r.dueAt === null) return { action: 'drop', reason: 'no_due_time' };
  const due = Date.parse(r.dueAt);
  return due > now ? { action: 'wait', until: due } : { action: 'open' };
}
