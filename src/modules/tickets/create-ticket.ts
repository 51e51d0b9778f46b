import type { DialectName } from '../../platform/db/dialect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../auth/index.js';
import { refuseArchivedStates } from '../clients/index.js';
import { DESCRIPTION, type Channel, type Priority } from './ticket.js';
import { insertNewTicket, ticketReferences, type MessageRecord, type TicketRecord } from './ticket.repository.js';
import type { OnTicketCreating, TicketDeps } from './ticket-deps.js';

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

export interface CreateTicketDeps extends Omit<TicketDeps, 'onChanged'> {
  dialect: DialectName;
  /** Works out the new ticket's SLA clocks and ladders before it is written, and writes them after. */
  onCreating?: OnTicketCreating;
}

/**
 * Opens a ticket. A client user opens tickets for themselves (a client administrator may name
 * another contact of the organisation); staff open them for any client. Every reference must
 * belong to the ticket's organisation, and none may be archived. On PostgreSQL a create takes
 * about ten round trips: the references (and whether they are archived) in one, what follows the
 * ticket (clocks, ladders) in three, the ticket with its event, message and search texts in one,
 * the clocks and deadlines in two.
 */
export async function createTicket(deps: CreateTicketDeps, actor: Actor, input: CreateTicketInput): Promise<TicketRecord> {
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
  if (organizationId === undefined && contactId === null) {
    throw new AppError('organization_required', 'Name the client: organizationId or contactId', { status: 422, field: '/organizationId' });
  }
  const refs = await ticketReferences(db, { organizationId, contactId, siteId: input.siteId, assigneeId: input.assigneeId, teamId: input.teamId });
  if (organizationId === undefined) {
    if (refs.contactOrganizationId === null) throw notFound('Contact', '/contactId');
    organizationId = refs.contactOrganizationId;
  } else if (refs.organizationId === null) {
    throw notFound('Organization', '/organizationId');
  }
  if (contactId !== null) assertBelongs(actor, 'contacts', refs.contactOrganizationId, organizationId, '/contactId');
  if (input.siteId !== undefined) assertBelongs(actor, 'sites', refs.siteOrganizationId, organizationId, '/siteId');
  refuseArchivedStates(refs.archived);
  if (input.assigneeId !== undefined && refs.assigneeId === null) throw notFound('Assignee', '/assigneeId');
  if (input.teamId !== undefined && refs.teamId === null) throw notFound('Team', '/teamId');

  const now = clock.iso();
  const ticket: TicketRecord = {
    id: newId(),
    number: 0,
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
  const followUp = await deps.onCreating?.(db, { ...ticket, byStaff: actor.kind === 'staff' });
  ticket.slaDueAt = followUp?.slaDueAt ?? null;
  const message: MessageRecord | undefined = input.description?.trim()
    ? {
        id: newId(),
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
      }
    : undefined;
  const { id: _id, number: _n, version: _v, updatedAt: _u, slaDueAt: _s, ...snapshot } = ticket;
  ticket.number = await insertNewTicket(db, deps.dialect, ticket, { snapshot, actorUserId: actor.userId, message });
  await followUp?.apply(db);
  deps.emit({ type: 'ticket.created', ticketId: ticket.id, organizationId, contactId, internal: false, at: now, data: { number: ticket.number } });
  return ticket;
}

/** A contact or site named on a new ticket must belong to its organisation; `ownerId` is the organisation it belongs to (null: it does not exist). */
function assertBelongs(actor: Actor, what: 'contacts' | 'sites', ownerId: string | null, organizationId: string, field: string): void {
  const noun = what === 'contacts' ? 'Contact' : 'Site';
  // A client never learns that an id exists in another organisation.
  if (ownerId === null || (ownerId !== organizationId && actor.kind === 'client')) throw notFound(noun, field);
  if (ownerId !== organizationId) {
    throw new AppError(`${what === 'contacts' ? 'contact' : 'site'}_not_in_organization`, `${noun} belongs to another client organisation`, { status: 422, field });
  }
}
