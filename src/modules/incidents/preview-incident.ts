/**
 * The blast radius of an outage before it is declared: every client depending on the services, with
 * how badly it is hit, whether its contract covers it right now (at the priority its child ticket
 * would get), its fallback and checklist, and its open tickets that already mention the vendor or
 * a service (candidates to attach as its child). Writes nothing.
 */
import type { Db } from '../../platform/db/connect.js';
import type { Clock } from '../../platform/clock.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { organizationNames } from '../clients/index.js';
import { loadCoverage, type CalendarCache } from '../sla/index.js';
import { openTicketsMentioning, type TicketSummary } from '../tickets/index.js';
import { byCriticality } from '../vendors/index.js';
import { mentionPhrases, priorityFor, type Impact } from './incident.js';
import { loadImpact, type LoadedImpact } from './load-impact.js';

export interface PreviewDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  calendars: CalendarCache;
}

export interface ClientCoverage {
  /** The client's active contract, or null without one. */
  contract: string | null;
  /** Whether that contract's calendar for the child ticket's priority is open now. */
  coveredNow: boolean;
}

export interface ImpactedClient extends Impact {
  name: string;
  priority: string;
  coverage: ClientCoverage;
  matchingTickets: TicketSummary[];
}

export interface IncidentPreview {
  services: LoadedImpact['services'];
  clients: ImpactedClient[];
}

async function coverageNow(deps: PreviewDeps, impact: Impact): Promise<ClientCoverage> {
  const now = deps.clock.now();
  const coverage = await loadCoverage(deps.db, deps.calendars, impact.organizationId, impact.siteId, deps.clock.iso());
  if (!coverage) return { contract: null, coveredNow: false };
  return { contract: coverage.contract.name, coveredNow: coverage.calendarFor(priorityFor(impact.criticality))?.calendar.isOpenAt(now) ?? false };
}

export async function previewIncident(deps: PreviewDeps, input: { serviceIds: string[] }): Promise<IncidentPreview> {
  const { services, impacts } = await loadImpact(deps.db, input.serviceIds);
  const ids = impacts.map((i) => i.organizationId);
  const names = await organizationNames(deps.db, ids);
  const mentioning = await openTicketsMentioning(deps.db, deps.dialect, ids, mentionPhrases(services));
  const clients: ImpactedClient[] = [];
  for (const impact of impacts) {
    clients.push({
      ...impact,
      name: names.get(impact.organizationId) ?? '',
      priority: priorityFor(impact.criticality),
      coverage: await coverageNow(deps, impact),
      matchingTickets: mentioning.filter((t) => t.organizationId === impact.organizationId),
    });
  }
  // Worst hit first, then by name, as a technician reads down the list.
  clients.sort((a, b) => byCriticality(a.criticality, b.criticality) || a.name.localeCompare(b.name));
  return { services, clients };
}
