import { toIso } from '../../platform/clock.js';
import type { DomainEvent } from '../../platform/events.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { logTime, type BillingDeps, type TimeEntry } from '../billing/index.js';
import { contactsByIds } from '../clients/index.js';
import { createTicket, findTicketForActor, type OnTicketCreating, type TicketRecord } from '../tickets/index.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { DEFAULT_WORK_TYPE } from './campaign.js';
import { findCampaign, findPerson, linkPersonTicket, type CampaignRecord, type PersonRecord } from './campaigns.repository.js';

/** What logging time on a campaign's person uses: billing's pricing, and tickets' create for the person's ticket. */
export interface LogPersonTimeDeps extends Pick<BillingDeps, 'db' | 'clock' | 'calendars' | 'defaultCurrency'> {
  dialect: DialectName;
  onTicketCreating?: OnTicketCreating;
  /** Collects the new ticket's live events; the caller publishes them after the commit. */
  emit: (event: DomainEvent) => void;
}

export interface LogPersonTimeInput {
  minutes: number;
  /** Left out: the step's work type, else the contract's `support`. */
  workType?: string;
  /** The checklist step the work was for; named in the entry's note. */
  position?: number;
  note?: string;
  /** Left out: the work ended now. */
  startedAt?: string;
}

/**
 * Logs a technician's time on one person of a rollout campaign. The person's campaign work is one
 * ticket (for their contact, at the client; not one per step, so the person's history and time sit
 * together), opened with the first time logged and linked to the person; the time goes on it through
 * billing's `logTime`, so the client's contract classifies and prices it as any ticket's (a home
 * worker under a premises-only contract: chargeable, with the reason).
 */
export async function logPersonTime(deps: LogPersonTimeDeps, actor: StaffActor, personId: string, input: LogPersonTimeInput): Promise<{ ticketId: string; entry: TimeEntry }> {
  const person = await findPerson(deps.db, personId);
  if (!person) throw notFound('Person of a campaign');
  const campaign = await findCampaign(deps.db, person.campaignId);
  if (!campaign) throw notFound('Campaign');
  const step = input.position === undefined ? undefined : campaign.steps.find((s) => s.position === input.position);
  if (input.position !== undefined && !step) throw new AppError('unknown_step', `The campaign has no step ${input.position}`, { status: 422, field: '/position' });
  const ticket = await personTicket(deps, actor, campaign, person);
  const note = [step ? `Step ${step.position}: ${step.title}` : '', input.note?.trim() ?? ''].filter((s) => s !== '').join(' — ');
  const startedAt = input.startedAt ?? toIso(deps.clock.now() - input.minutes * 60_000);
  const entry = await logTime(deps, actor, ticket, {
    startedAt,
    minutes: input.minutes,
    workType: input.workType ?? step?.workType ?? DEFAULT_WORK_TYPE,
    // Where the person works decides the coverage, as the grid showed it before any time was logged.
    location: person.location === 'home' ? 'home' : 'on_site',
    note,
  });
  return { ticketId: ticket.id, entry };
}

/** The person's ticket: the linked one, else a new one linked now. */
async function personTicket(deps: LogPersonTimeDeps, actor: StaffActor, campaign: CampaignRecord, person: PersonRecord): Promise<TicketRecord> {
  if (person.ticketId) {
    const linked = await findTicketForActor(deps.db, actor, person.ticketId);
    if (linked) return linked;
  }
  const [contact] = await contactsByIds(deps.db, [person.contactId]);
  const label = person.location === 'home' ? 'Home working' : 'Campaign';
  const ticket = await createTicket({ db: deps.db, clock: deps.clock, dialect: deps.dialect, onCreating: deps.onTicketCreating, emit: deps.emit }, actor, {
    organizationId: campaign.organizationId,
    contactId: person.contactId,
    ...(person.siteId ? { siteId: person.siteId } : {}),
    subject: `${label}: ${contact?.name ?? 'campaign person'} — ${campaign.name}`,
    description: `The work for this person in the rollout campaign “${campaign.name}” (due ${campaign.dueOn}); their checklist is on the campaign's grid.`,
    priority: 'P4',
    // Staff open it as they would a phone ticket: it has had its first response, so no clock pages anyone over it.
    channel: 'phone',
    tags: ['campaign'],
  });
  if (!(await linkPersonTicket(deps.db, person.id, ticket.id))) throw new AppError('person_changed', 'Time was logged for this person at the same moment: try again', { status: 409 });
  return ticket;
}
