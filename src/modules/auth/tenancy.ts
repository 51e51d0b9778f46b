/**
 * Tenancy, enforced in one place. Every query that reads client data for a request starts from
 * one of these scopes, so a client user can only ever see their own rows (a client administrator:
 * their organisation's). Anything outside the scope is simply not found — a 404, exactly like a
 * missing row — so ids of other clients reveal nothing.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database as Tables } from '../../platform/db/tables.js';
import type { Actor } from './actor.js';

type TicketEb = ExpressionBuilder<Tables, 'tickets'>;
type ContactEb = ExpressionBuilder<Tables, 'contacts'>;

/** Which tickets the actor may see. */
export function ticketScope(actor: Actor) {
  return (eb: TicketEb): Expression<SqlBool> => {
    if (actor.kind === 'staff') return eb.lit(true);
    if (actor.role === 'client_admin') return eb('tickets.organization_id', '=', actor.organizationId);
    return eb.and([
      eb('tickets.organization_id', '=', actor.organizationId),
      eb('tickets.contact_id', '=', actor.contactId),
    ]);
  };
}

/** Which contacts the actor may see: a client user only themselves, a client admin their organisation. */
export function contactScope(actor: Actor) {
  return (eb: ContactEb): Expression<SqlBool> => {
    if (actor.kind === 'staff') return eb.lit(true);
    if (actor.role === 'client_admin') return eb('contacts.organization_id', '=', actor.organizationId);
    return eb('contacts.id', '=', actor.contactId);
  };
}

/** The organisation an actor is confined to, or undefined for staff (who see every client). */
export function organizationScope(actor: Actor): string | undefined {
  return actor.kind === 'client' ? actor.organizationId : undefined;
}

/** Whether the actor may see a ticket described by its owning organisation and contact (for live events). */
export function canSeeTicket(actor: Actor, ticket: { organizationId: string; contactId: string | null }): boolean {
  if (actor.kind === 'staff') return true;
  if (ticket.organizationId !== actor.organizationId) return false;
  return actor.role === 'client_admin' || ticket.contactId === actor.contactId;
}
