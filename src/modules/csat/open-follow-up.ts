/**
 * A low rating opens a follow-up ticket for the service manager: the client's account manager when
 * the client has one who can still work, else the longest-serving service manager, else the first
 * owner. The ticket is opened in that person's name, assigned to them, for the same client, and
 * links back to the rated ticket; it goes through the tickets module's create, so its number, SLA
 * clocks and ladders are those of any ticket.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { StaffActor } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { activeStaffMember, activeStaffWithRole, type User } from '../auth/index.js';
import { createTicket, formatTicketNumber, type OnTicketCreating } from '../tickets/index.js';
import type { Rating } from './csat.js';
import type { Survey } from './csat.repository.js';
import type { TicketById } from './csat-deps.js';

export interface FollowUpDeps {
  db: Db;
  clock: Clock;
  dialect: DialectName;
  ticketPrefix: string;
  ticketById: TicketById;
  onTicketCreating?: OnTicketCreating;
  emit: (e: DomainEvent) => void;
}

const asActor = (u: User): StaffActor => ({ kind: 'staff', userId: u.id, name: u.name, email: u.email, role: u.role as StaffActor['role'], tier: u.tier, teamId: u.teamId });

/** Who follows a low rating up, or undefined when the desk has no one (no owner at all). */
async function receiver(db: Db, organizationId: string): Promise<User | undefined> {
  const anyone = (await activeStaffWithRole(db, 'owner'))[0];
  if (!anyone) return undefined;
  const org = await findOrganization(db, asActor(anyone), organizationId);
  const manager = org?.accountManagerId ? await activeStaffMember(db, org.accountManagerId) : undefined;
  return manager ?? (await activeStaffWithRole(db, 'service_manager'))[0] ?? anyone;
}

/** Opens the follow-up ticket; answers its id, or null when there is no one to receive it. */
export async function openFollowUp(deps: FollowUpDeps, survey: Survey, rating: Rating, comment: string | null): Promise<string | null> {
  const who = await receiver(deps.db, survey.organizationId);
  const rated = await deps.ticketById(deps.db, survey.ticketId);
  if (!who || !rated) return null;
  const number = formatTicketNumber(deps.ticketPrefix, rated.number);
  const ticket = await createTicket({ db: deps.db, clock: deps.clock, dialect: deps.dialect, onCreating: deps.onTicketCreating, emit: deps.emit }, asActor(who), {
    organizationId: survey.organizationId,
    ...(rated.contactId ? { contactId: rated.contactId } : {}),
    subject: `Follow up a ${rating} rating on ${number}: ${rated.subject}`.slice(0, 200),
    description: `The client rated ticket ${number} "${rating}".${comment ? `\n\nTheir comment:\n${comment}` : ' They left no comment.'}\n\nCall them, find out what went wrong, and note what was agreed here.`,
    priority: 'P3',
    assigneeId: who.id,
    channel: 'api',
    tags: ['csat-follow-up'],
  });
  return ticket.id;
}
