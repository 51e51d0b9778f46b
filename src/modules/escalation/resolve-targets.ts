/**
 * Who an escalation step's targets are at an instant: the one resolution the engine pages with and
 * the policy preview shows, so "who would be paged now" cannot disagree with who is paged.
 */
import type { Db } from '../../platform/db/connect.js';
import type { Target } from './escalation.js';
import { contactMethods, person, teamLead, userTeam, usersWithRole, type Person, type TicketFacts } from './escalation.repository.js';
import type { LadderDeps } from './ladder-deps.js';

/** A target and the people it names now, with the reason shown on the ticket ("why was I paged"). */
export interface ResolvedTarget {
  target: Target;
  people: Person[];
  reason: string;
  /** Only a ticket can say who this is (its assignee, its team's lead, its client's account manager). */
  needsTicket?: boolean;
}

/** The ticket facts a target may depend on; null when resolving without a ticket (a preview). */
type Facts = Pick<TicketFacts, 'assigneeId' | 'teamId' | 'accountManagerId'> | null;

const TICKET_ROLE: Record<string, string> = {
  assignee: 'the ticket’s assignee',
  team_lead: 'lead of the ticket’s team',
  account_manager: 'the client’s account manager',
};

/** Resolves one target at `now` (epoch ms) for a ticket, or without one for what needs none. */
export async function resolveTarget(deps: Pick<LadderDeps, 'onCall' | 'scheduleName'>, db: Db, target: Target, ticket: Facts, now: number): Promise<ResolvedTarget> {
  const one = async (id: string | null, reason: string): Promise<ResolvedTarget> => {
    const p = await person(db, id);
    return { target, people: p ? [p] : [], reason: p ? reason : `${reason}: nobody` };
  };
  switch (target.type) {
    case 'user':
      return one(target.userId, 'named in the policy');
    case 'schedule': {
      const onCall = deps.onCall ? await deps.onCall(db, target.scheduleId, now) : [];
      const people = (await Promise.all(onCall.map((o) => person(db, o.userId)))).filter((p): p is Person => !!p);
      const schedule = (await deps.scheduleName?.(db, target.scheduleId)) ?? target.scheduleId;
      return { target, people, reason: people.length ? `on call on schedule “${schedule}”` : `nobody on call on schedule “${schedule}”` };
    }
    case 'role':
      if (target.role === 'service_manager') return { target, people: await usersWithRole(db, 'service_manager'), reason: 'the service manager' };
      if (target.role === 'owner') return { target, people: await usersWithRole(db, 'owner'), reason: 'the owner' };
      if (!ticket) return { target, people: [], reason: `decided by the ticket: ${TICKET_ROLE[target.role]}`, needsTicket: true };
      if (target.role === 'assignee') return one(ticket.assigneeId, TICKET_ROLE.assignee);
      if (target.role === 'team_lead') return one(await teamLead(db, ticket.teamId ?? (await userTeam(db, ticket.assigneeId))), TICKET_ROLE.team_lead);
      return one(ticket.accountManagerId, TICKET_ROLE.account_manager);
  }
}

/** Each person once, in the order first named. */
export function dedupePeople(people: Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/** How a person is reached when paged: their enabled contact methods, or their account's email when they have none. */
export async function contactPlan(db: Db, p: Person): Promise<{ id: string; method: string; address: string; delayMinutes: number }[]> {
  const methods = (await contactMethods(db, p.id)).filter((m) => !m.disabled);
  return methods.length ? methods : [{ id: 'email', method: 'email', address: p.email, delayMinutes: 0 }];
}
