import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { isEnabledStaff, type Actor } from '../auth/index.js';
import { recordOrganization } from '../clients/index.js';
import { teamExists } from '../staff/index.js';
import { assertResolvable } from './resolve-guard.js';
import { assertTransition, isOpenStatus, type FcrOutcome, type Priority, type Status } from './ticket.js';
import {
  currentDueAt,
  replaceText,
  insertEvent,
  updateTicket as saveTicket,
  type TicketRecord,
} from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';

export interface UpdateTicketInput {
  subject?: string;
  priority?: Priority;
  businessCritical?: boolean;
  status?: Status;
  tier?: number;
  teamId?: string | null;
  assigneeId?: string | null;
  contactId?: string | null;
  siteId?: string | null;
  tags?: string[];
  fcrOutcome?: FcrOutcome | null;
  /** When given, the update applies only if the ticket is still at this version. */
  version?: number;
}

type Field = Exclude<keyof UpdateTicketInput, 'version'>;

/** Changes a ticket's fields; every change lands in the event log with its before and after. */
export async function updateTicket(deps: TicketDeps, actor: Actor, ticket: TicketRecord, input: UpdateTicketInput): Promise<TicketRecord> {
  if (actor.kind !== 'staff') throw forbidden('Only staff can change a ticket; add a reply instead');
  if (ticket.mergedIntoId) throw conflict('ticket_merged', 'This ticket was merged into another; change that one instead');
  if (input.version !== undefined && input.version !== ticket.version) {
    throw new AppError('version_conflict', 'Someone changed this ticket since you loaded it; reload and try again', { status: 409, field: '/version', details: { current: ticket.version } });
  }
  await validateReferences(deps, ticket, input);
  const now = deps.clock.iso();
  const next: TicketRecord = { ...ticket, tags: ticket.tags };
  const changes: { field: Field; before: unknown; after: unknown }[] = [];
  const set = <K extends Field & keyof TicketRecord>(field: K, value: TicketRecord[K] | undefined) => {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(ticket[field])) return;
    changes.push({ field, before: ticket[field], after: value });
    next[field] = value;
  };
  if (input.status !== undefined) assertTransition(ticket.status, input.status);
  // Finishing the work (resolving, or closing without resolving) waits for every guard, whoever asks.
  if (input.status !== undefined && input.status !== ticket.status && !isOpenStatus(input.status)) await assertResolvable(deps.resolveGuards, deps.db, ticket.id);
  set('subject', input.subject?.trim());
  set('priority', input.priority);
  set('businessCritical', input.businessCritical);
  set('status', input.status);
  set('tier', input.tier);
  set('teamId', input.teamId);
  set('assigneeId', input.assigneeId);
  set('contactId', input.contactId);
  set('siteId', input.siteId);
  set('tags', input.tags ? [...new Set(input.tags)] : undefined);
  set('fcrOutcome', input.fcrOutcome);
  if (changes.length === 0) return ticket;

  if (input.status !== undefined && input.status !== ticket.status) {
    if (input.status === 'resolved') next.resolvedAt = now;
    if (input.status === 'closed') next.closedAt = now;
    if (input.status === 'open' && ticket.status === 'resolved') next.resolvedAt = null;
  }
  next.version = ticket.version + 1;
  next.updatedAt = now;
  if (!(await saveTicket(deps.db, next, ticket.version))) {
    throw new AppError('version_conflict', 'Someone changed this ticket at the same moment; reload and try again', { status: 409 });
  }
  for (const c of changes) {
    await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'ticket.updated', field: c.field, before: c.before, after: c.after, internal: false, at: now });
  }
  if (next.subject !== ticket.subject) await replaceText(deps.db, ticket.id, 'subject', next.subject);
  if (deps.onChanged) {
    await deps.onChanged(deps.db, ticket.id);
    next.slaDueAt = await currentDueAt(deps.db, ticket.id);
  }
  deps.emit({
    type: 'ticket.updated',
    ticketId: ticket.id,
    organizationId: next.organizationId,
    contactId: next.contactId,
    internal: false,
    at: now,
    data: { fields: changes.map((c) => c.field), version: next.version },
  });
  return next;
}

async function validateReferences(deps: TicketDeps, ticket: TicketRecord, input: UpdateTicketInput): Promise<void> {
  if (input.assigneeId && !(await isEnabledStaff(deps.db, input.assigneeId))) throw notFound('Assignee', '/assigneeId');
  if (input.teamId && !(await teamExists(deps.db, input.teamId))) throw notFound('Team', '/teamId');
  for (const [table, id, field] of [
    ['contacts', input.contactId, '/contactId'],
    ['sites', input.siteId, '/siteId'],
  ] as const) {
    if (!id) continue;
    const owner = await recordOrganization(deps.db, table === 'contacts' ? 'contact' : 'site', id);
    const answer = owner === undefined ? 'missing' : owner === ticket.organizationId ? 'yes' : 'other';
    if (answer === 'missing') throw notFound(table === 'contacts' ? 'Contact' : 'Site', field);
    if (answer === 'other') {
      throw new AppError(`${table === 'contacts' ? 'contact' : 'site'}_not_in_organization`, 'That belongs to another client organisation', { status: 422, field });
    }
  }
}
