/**
 * The tickets that make the demo desk look alive whatever the day and hour it is loaded: each is
 * raised a fixed number of minutes before "now" by a client whose P1 tickets are covered round
 * the clock, so its SLA clocks run at any hour and fall due at the same distance from now.
 *
 * - two business-critical monitoring alerts nobody has picked up, whose escalations are paging
 *   (the loader starts their ladders at the tickets' creation, so the team lead and whoever is on
 *   call were paged moments ago — and the first one's service manager is paged minutes from now);
 * - one new request still waiting for its first answer, due in a few minutes;
 * - two answered P1 tickets whose resolution falls due within the hour;
 * - two answered P1 tickets whose resolution was missed minutes and hours ago.
 */
import type { DemoOrganization } from './demo-data.js';
import { p1RoundTheClock, p1Targets } from './generate-contracts.js';
import type { Random } from './random.js';
import { TEMPLATES, type TicketTemplate } from './subjects.js';
import { pickContact, planTicket, type LiveRole, type TicketPlan } from './ticket-plan.js';

interface LiveSpec {
  role: LiveRole;
  /** Minutes before now the ticket was raised, given the client's P1 targets. */
  minutesAgo: (targets: { firstResponse: number; resolution: number }) => number;
}

/** Ladder "Business-critical to the CEO": the lead was paged at 15, the manager follows at 30, the owner at 60. */
export const PAGING_MINUTES_AGO = 20;
/** The second paging alert: its first step fell due a minute ago. */
export const SECOND_PAGING_MINUTES_AGO = 16;

export const LIVE_DESK: readonly LiveSpec[] = [
  { role: 'paging', minutesAgo: () => PAGING_MINUTES_AGO },
  { role: 'paging', minutesAgo: () => SECOND_PAGING_MINUTES_AGO },
  { role: 'first_response', minutesAgo: (t) => t.firstResponse - 6 },
  { role: 'resolution', minutesAgo: (t) => t.resolution - 12 },
  { role: 'resolution', minutesAgo: (t) => t.resolution - 40 },
  { role: 'resolution', minutesAgo: (t) => t.resolution + 25 },
  { role: 'resolution', minutesAgo: (t) => t.resolution + 150 },
];

const MINUTE_MS = 60_000;

/** Plans the live tickets, each on a different round-the-clock client. */
export function planLiveDesk(rng: Random, nowMs: number, orgs: DemoOrganization[]): TicketPlan[] {
  const clients = rng.shuffle(orgs.filter((o) => p1RoundTheClock(o.row)));
  if (clients.length < LIVE_DESK.length) throw new Error('Too few clients with round-the-clock P1 cover for the live desk');
  return LIVE_DESK.map((spec, i) => {
    const r = rng.split();
    const org = clients[i];
    const alert = spec.role === 'paging';
    const templates = TEMPLATES.filter((t) => t.severity === 'high' && !t.projects && (t.alert === true) === alert && (!t.industries || t.industries.includes(org.industry)));
    const template: TicketTemplate = r.weighted(templates.map((t) => [t, t.weight] as const));
    const contact = alert ? null : pickContact(r, org);
    const createdMs = nowMs - spec.minutesAgo(p1Targets(org.row)) * MINUTE_MS - r.int(0, 999);
    const plan = planTicket(r, org, template, contact, { ms: createdMs, daysAgo: 0 });
    return {
      ...plan,
      priority: 'P1',
      businessCritical: spec.role === 'paging',
      channel: alert ? 'alert' : contact?.userId ? 'portal' : 'email',
      outcome: spec.role === 'first_response' ? 'new' : 'open',
      live: spec.role,
    };
  });
}
