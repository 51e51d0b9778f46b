import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../auth/index.js';
import { refuseArchived } from '../clients/index.js';
import { DESCRIPTION, type Channel, type Priority } from './ticket.js';
import {
  activeStaffExists,
  currentDueAt,
  belongsToOrganization,
  findContactOrganization,
  addText,
  insertEvent,
  insertMessage,
  insertTicket,
  nextTicketNumber,
  organizationExists,
  teamExists,
  type TicketRecord,
} from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';

export interface CreateTicketInput {
  organizationId?: string;
  contactId?: string;
  siteId?: string;
  subject: string;
  description?: string;
  priority?: Priority;
  businessCritical?: boolean;
  tier?: number;
  teamId?: string;
  assigneeId?: string;
  channel?: Channel;
  tags?: string[];
}

const STAFF_ONLY: (keyof CreateTicketInput)[] = ['tier', 'teamId', 'assigneeId', 'channel', 'businessCritical'];

/**
 * Opens a ticket. A client user opens tickets for themselves (a client administrator may name
 * another contact of the organisation); staff open them for any client. Every reference must
 * belong to the ticket's organisation, and none may be archived.
 */
export async function createTicket(deps: TicketDeps, actor: Actor, input: CreateTicketInput): Promise<TicketRecord> {
  const { db, clock } = deps;
  let organizationId = input.organizationId;
  let contactId = input.contactId ?? null;
  if (actor.kind === 'client') {
    const used = STAFF_ONLY.find((k) => input[k] !== undefined);
    if (used) throw new AppError('field_not_allowed', `Only staff can set ${used}`, { status: 403, field: `/${used}` });
    if (organizationId !== undefined && organizationId !== actor.organizationId) throw notFound('Organization', '/organizationId');
    organizationId = actor.organizationId;
    if (contactId === null || actor.role === 'client_user') {
      if (contactId !== null && contactId !== actor.contactId) throw notFound('Contact', '/contactId');
      contactId = actor.contactId;
    }
  }
  if (organizationId === undefined) {
    if (contactId === null) throw new AppError('organization_required', 'Name the client: organizationId or contactId', { status: 422, field: '/organizationId' });
    organizationId = await findContactOrganization(db, contactId);
    if (organizationId === undefined) throw notFound('Contact', '/contactId');
  } else if (!(await organizationExists(db, organizationId))) {
    throw notFound('Organization', '/organizationId');
  }
  if (contactId !== null) await assertBelongs(deps, actor, 'contacts', contactId, organizationId, '/contactId');
  if (input.siteId !== undefined) await assertBelongs(deps, actor, 'sites', input.siteId, organizationId, '/siteId');
  await refuseArchived(db, { organizationId, contactId, siteId: input.siteId ?? null });
  if (input.assigneeId !== undefined && !(await activeStaffExists(db, input.assigneeId))) throw notFound('Assignee', '/assigneeId');
  if (input.teamId !== undefined && !(await teamExists(db, input.teamId))) throw notFound('Team', '/teamId');

  const now = clock.iso();
  const ticket: TicketRecord = {
    id: newId(),
    number: await nextTicketNumber(db),
    organizationId,
    contactId,
    siteId: input.siteId ?? null,
    subject: input.subject.trim(),
    priority: input.priority ?? 'P3',
    businessCritical: input.businessCritical ?? false,
    status: input.assigneeId ? 'open' : 'new',
    tier: input.tier ?? 1,
    teamId: input.teamId ?? null,
    assigneeId: input.assigneeId ?? null,
    channel: input.channel ?? (actor.kind === 'client' ? 'portal' : 'api'),
    tags: [...new Set(input.tags ?? [])],
    fcrOutcome: null,
    mergedIntoId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
    closedAt: null,
    slaDueAt: null,
  };
  await insertTicket(db, ticket);
  await addText(db, ticket.id, 'subject', ticket.subject, true);
  const { id: _id, version: _v, updatedAt: _u, slaDueAt: _s, ...snapshot } = ticket;
  await insertEvent(db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'ticket.created', field: null, before: null, after: snapshot, internal: false, at: now });
  if (input.description?.trim()) {
    const messageId = newId();
    await insertMessage(db, {
      id: messageId,
      ticket_id: ticket.id,
      // The description, not a reply: a technician logging a call records the caller's request.
      kind: DESCRIPTION,
      author_user_id: actor.kind === 'staff' ? actor.userId : null,
      author_contact_id: actor.kind === 'client' ? actor.contactId : contactId,
      body: input.description,
      call_direction: null,
      caller_number: null,
      call_duration_seconds: null,
      created_at: now,
    });
    await addText(db, ticket.id, messageId, input.description, true);
  }
  if (deps.onChanged) {
    await deps.onChanged(db, ticket.id);
    ticket.slaDueAt = await currentDueAt(db, ticket.id);
  }
  deps.emit({ type: 'ticket.created', ticketId: ticket.id, organizationId, contactId, internal: false, at: now, data: { number: ticket.number } });
  return ticket;
}

async function assertBelongs(deps: TicketDeps, actor: Actor, table: 'contacts' | 'sites', id: string, organizationId: string, field: string) {
  const what = table === 'contacts' ? 'Contact' : 'Site';
  const answer = await belongsToOrganization(deps.db, table, id, organizationId);
  // A client never learns that an id exists in another organisation.
  if (answer === 'missing' || (answer === 'other' && actor.kind === 'client')) throw notFound(what, field);
  if (answer === 'other') {
    throw new AppError(`${table === 'contacts' ? 'contact' : 'site'}_not_in_organization`, `${what} belongs to another client organisation`, { status: 422, field });
  }
}
