/**
 * The live events of ladders and their pages, for the ticket's escalation panel: staff-only
 * (`internal`), carrying the ticket and its organisation so the stream's tenancy rule applies.
 * Ladder code collects them in its transaction (`LadderDeps.emit`); whoever owns the transaction
 * publishes them once it commits (`withLadders`, or the engine's `after`).
 */
import type { Db } from '../../platform/db/connect.js';
import type { DomainEvent } from '../../platform/events.js';
import { ticketFacts } from '../tickets/index.js';
import type { LadderDeps } from './ladder-deps.js';

/** A ladder changed: started, paged a step, paged its last step, deferred, acknowledged, escalated by hand, ended. */
export const LADDER_CHANGED = 'escalation.changed';
/** A page's delivery status changed (sent, failed, retrying, withdrawn, or a status the provider reported). */
export const PAGE_CHANGED = 'escalation.page';

export type LadderChange = 'started' | 'paged' | 'exhausted' | 'deferred' | 'acknowledged' | 'escalated' | 'held' | 'released' | 'ended';

type TicketRef = { id: string; organizationId: string };

/** The event for one ladder change; `step` is 1-based. */
export function ladderChanged(ticket: TicketRef, at: string, data: { escalationId: string; change: LadderChange; step: number | null; round: number }): DomainEvent {
  return { type: LADDER_CHANGED, ticketId: ticket.id, organizationId: ticket.organizationId, contactId: null, internal: true, at, data };
}

/** The event for a page whose delivery status changed. */
export function pageChanged(ticket: TicketRef, at: string, data: { notificationId: string; escalationId: string | null; status: string }): DomainEvent {
  return { type: PAGE_CHANGED, ticketId: ticket.id, organizationId: ticket.organizationId, contactId: null, internal: true, at, data };
}

/**
 * Emits ladder changes of one ticket through `deps.emit`, when the caller collects them (reading the
 * ticket's organisation only then).
 */
export async function emitLadderChanges(deps: Pick<LadderDeps, 'db' | 'emit' | 'clock'>, ticketId: string, changes: Parameters<typeof ladderChanged>[2][]): Promise<void> {
  if (!deps.emit || changes.length === 0) return;
  const ticket = await ticketFacts(deps.db, ticketId);
  if (!ticket) return;
  for (const c of changes) deps.emit(ladderChanged(ticket, deps.clock.iso(), c));
}

/**
 * Runs ladder work in one transaction, its live events published once it commits (none when it
 * rolls back).
 */
export async function withLadders<T>(deps: Omit<LadderDeps, 'db'>, db: Db, work: (d: LadderDeps) => Promise<T>): Promise<T> {
  const outbox: DomainEvent[] = [];
  const result = await db.transaction().execute((trx) => work({ ...deps, db: trx, emit: (e) => outbox.push(e) }));
  for (const e of outbox) deps.publish?.(e);
  return result;
}
