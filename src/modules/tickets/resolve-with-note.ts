/**
 * Resolves a ticket for another module's workflow — a vendor incident resolving its children: a
 * public closing reply to the client, then the status `resolved`, both as the staff member who
 * asked, through the same use cases as the console (so guards, SLA clocks, ladders and the
 * client's mail follow as for any resolve). A guard holding the ticket open is answered, not thrown,
 * so the caller can keep that ticket open and say why.
 */
import type { StaffActor } from '../auth/index.js';
import { addMessage } from './add-message.js';
import { resolveBlocks, type ResolveBlock } from './resolve-guard.js';
import { isOpenStatus } from './ticket.js';
import { findTicketForActor } from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';
import { updateTicket } from './update-ticket.js';

export type ResolveOutcome = { outcome: 'resolved' } | { outcome: 'not_open' } | { outcome: 'blocked'; block: ResolveBlock };

export async function resolveWithNote(deps: TicketDeps, actor: StaffActor, ticketId: string, note: string): Promise<ResolveOutcome> {
  const ticket = await findTicketForActor(deps.db, actor, ticketId);
  if (!ticket || ticket.mergedIntoId || !isOpenStatus(ticket.status)) return { outcome: 'not_open' };
  const [block] = await resolveBlocks(deps.resolveGuards, deps.db, ticketId);
  if (block) return { outcome: 'blocked', block };
  await addMessage(deps, actor, ticket, { kind: 'reply', body: note });
  const replied = (await findTicketForActor(deps.db, actor, ticketId))!;
  await updateTicket(deps, actor, replied, { status: 'resolved' });
  return { outcome: 'resolved' };
}
