/** How incidents are answered: each with its services, and one with its children's clients, tickets and workaround states. */
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { formatTicketNumber, ticketSummaries } from '../tickets/index.js';
import { byCriticality, servicesWithVendors } from '../vendors/index.js';
import type { IncidentRecord } from './incident.js';
import { childrenOf, servicesOfIncidents } from './incidents.repository.js';

/** The incidents with the services each is about, and where the vendor's promise stands at `now`. */
export async function presentIncidents(db: Db, incidents: IncidentRecord[], now: number) {
  const byIncident = await servicesOfIncidents(db, incidents.map((i) => i.id));
  const services = new Map((await servicesWithVendors(db, [...new Set([...byIncident.values()].flat())])).map((s) => [s.id, s]));
  return incidents.map(({ createdAt: _c, resolvedBy: _r, ...i }) => ({
    ...i,
    vendorPromise: i.vendorPromisedAt === null ? ('none' as const) : Date.parse(i.vendorPromisedAt) > now ? ('pending' as const) : ('overdue' as const),
    services: (byIncident.get(i.id) ?? []).flatMap((id) => {
      const s = services.get(id);
      return s ? [{ id: s.id, name: s.name, vendorId: s.vendorId, vendorName: s.vendorName }] : [];
    }),
  }));
}

/** An incident with its children: client, ticket (number, status), checklist and workaround state, worst hit first. */
export async function presentIncident(db: Db, incident: IncidentRecord, ticketPrefix: string, now: number) {
  const [shown] = await presentIncidents(db, [incident], now);
  const children = await childrenOf(db, incident.id);
  const names = await organizationNames(db, children.map((c) => c.organizationId));
  const tickets = new Map((await ticketSummaries(db, children.map((c) => c.ticketId))).map((t) => [t.id, t]));
  return {
    ...shown,
    children: children
      .map((c) => {
        const t = tickets.get(c.ticketId);
        return {
          organizationId: c.organizationId,
          organizationName: names.get(c.organizationId) ?? '',
          ticket: { id: c.ticketId, number: formatTicketNumber(ticketPrefix, t?.number ?? 0), subject: t?.subject ?? '', status: t?.status ?? 'closed' },
          attached: c.attached,
          criticality: c.criticality,
          workaroundSteps: c.workaroundSteps,
          workaroundState: c.workaroundState,
          stepsDone: c.stepsDone,
          releasedAt: c.releasedAt,
          releaseReason: c.releaseReason,
          updatedAt: c.updatedAt,
        };
      })
      .sort((a, b) => byCriticality(a.criticality, b.criticality) || a.organizationName.localeCompare(b.organizationName)),
  };
}
