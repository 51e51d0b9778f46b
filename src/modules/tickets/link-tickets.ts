import { isUniqueViolation } from '../../platform/db/connect.js';
import { AppError, conflict, forbidden } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../auth/index.js';
import { replaceText, insertEvent, insertLink, moveTicketContents, updateTicket, type TicketRecord } from './ticket.repository.js';
import { assertResolvable } from './resolve-guard.js';
import type { TicketDeps } from './ticket-deps.js';

/** How the request names a relation, seen from the ticket in the URL. */
export type LinkRelation = 'parent_of' | 'child_of' | 'duplicate_of';

/** Links two tickets; both must belong to the same client, so no link ever crosses tenants. */
export async function linkTickets(deps: TicketDeps, actor: Actor, ticket: TicketRecord, other: TicketRecord, relation: LinkRelation) {
  if (actor.kind !== 'staff') throw forbidden('Only staff can link tickets');
  if (ticket.id === other.id) throw new AppError('self_link', 'A ticket cannot be linked to itself', { status: 422, field: '/ticketId' });
  if (relation !== 'parent_of' && relation !== 'child_of' && ticket.organizationId !== other.organizationId) {
    throw new AppError('link_across_clients', 'Only tickets of the same client can be duplicates', { status: 422, field: '/ticketId' });
  }
  const [kind, from, to] =
    relation === 'parent_of' ? ['parent', ticket, other] : relation === 'child_of' ? ['parent', other, ticket] : ['duplicate', ticket, other];
  const now = deps.clock.iso();
  const link = { id: newId(), kind, from: from.id, to: to.id, by: actor.userId, at: now };
  try {
    await insertLink(deps.db, link);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('link_exists', 'These tickets are already linked that way', '/ticketId');
    throw error;
  }
  for (const [t, o] of [[ticket, other], [other, ticket]] as const) {
    await insertEvent(deps.db, { ticketId: t.id, actorUserId: actor.userId, type: 'ticket.linked', field: kind, before: null, after: { linkId: link.id, kind, from: from.id, to: to.id, other: o.id }, internal: false, at: now });
    deps.emit({ type: 'ticket.linked', ticketId: t.id, organizationId: t.organizationId, contactId: t.contactId, internal: false, at: now, data: { linkId: link.id } });
  }
  return { id: link.id, kind, fromTicketId: from.id, toTicketId: to.id, createdAt: now };
}

/**
 * Merges `source` into `target`: its messages, history, search texts and links move to the
 * target, and the source is closed and points at the target. Nothing is deleted.
 */
export async function mergeTickets(deps: TicketDeps, actor: Actor, source: TicketRecord, target: TicketRecord) {
  if (actor.kind !== 'staff') throw forbidden('Only staff can merge tickets');
  if (source.id === target.id) throw new AppError('self_merge', 'A ticket cannot be merged into itself', { status: 422, field: '/intoTicketId' });
  if (source.organizationId !== target.organizationId) throw new AppError('merge_across_clients', 'Only tickets of the same client can be merged', { status: 422, field: '/intoTicketId' });
  if (source.mergedIntoId) throw conflict('ticket_merged', 'This ticket was already merged');
  if (target.mergedIntoId || target.status === 'closed') throw conflict('target_closed', 'Merge into an open ticket', '/intoTicketId');
  // Merging closes the source: what holds it open (a call-back still to log) holds the merge too.
  await assertResolvable(deps.resolveGuards, deps.db, source.id, '/intoTicketId');
  const now = deps.clock.iso();
  const moved = await moveTicketContents(deps.db, source.id, target.id);
  const closed: TicketRecord = { ...source, status: 'closed', closedAt: now, mergedIntoId: target.id, updatedAt: now, version: source.version + 1 };
  if (!(await updateTicket(deps.db, closed, source.version))) throw conflict('version_conflict', 'The ticket changed at the same moment; try again');
  const touched: TicketRecord = { ...target, updatedAt: now, version: target.version + 1, tags: [...new Set([...target.tags, ...source.tags])] };
  if (!(await updateTicket(deps.db, touched, target.version))) throw conflict('version_conflict', 'The ticket changed at the same moment; try again');
  await replaceText(deps.db, target.id, `merged:${source.id}`, source.subject);
  await insertLink(deps.db, { id: newId(), kind: 'merged', from: source.id, to: target.id, by: actor.userId, at: now });
  const detail = { from: source.id, fromNumber: source.number, into: target.id, intoNumber: target.number, ...moved };
  await insertEvent(deps.db, { ticketId: target.id, actorUserId: actor.userId, type: 'ticket.merged', field: null, before: null, after: detail, internal: false, at: now });
  await insertEvent(deps.db, { ticketId: source.id, actorUserId: actor.userId, type: 'ticket.updated', field: 'status', before: source.status, after: 'closed', internal: false, at: now });
  await insertEvent(deps.db, { ticketId: source.id, actorUserId: actor.userId, type: 'ticket.merged', field: null, before: null, after: detail, internal: false, at: now });
  for (const t of [source, target]) await deps.onChanged?.(deps.db, t.id);
  for (const t of [source, target]) {
    deps.emit({ type: 'ticket.merged', ticketId: t.id, organizationId: t.organizationId, contactId: t.contactId, internal: false, at: now, data: detail });
  }
  return { source: closed, target: touched, moved };
}
