/**
 * What the review's first draft is written from: the incident's event log, and for each client its
 * impact in the minutes its contract covered between the declaration and the resolution — read
 * with the SLA module's `loadCoverage`, the calendar of the priority its child was opened at.
 */
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { loadCoverage, type CalendarCache } from '../sla/index.js';
import { staffDirectory } from '../auth/index.js';
import { byCriticality } from '../vendors/index.js';
import { priorityFor, type IncidentRecord } from './incident.js';
import { childrenOf, incidentEvents } from './incidents.repository.js';
import type { ReviewFacts } from './review.js';

export async function reviewFacts(db: Db, calendars: CalendarCache, incident: IncidentRecord): Promise<ReviewFacts> {
  const [events, children, staff] = [await incidentEvents(db, incident.id), await childrenOf(db, incident.id), await staffDirectory(db)];
  const clientNames = await organizationNames(db, children.map((c) => c.organizationId));
  const from = Date.parse(incident.declaredAt);
  const to = Date.parse(incident.resolvedAt ?? incident.updatedAt);
  const clients = [];
  for (const c of children) {
    const coverage = await loadCoverage(db, calendars, c.organizationId, null);
    const calendar = coverage?.calendarFor(priorityFor(c.criticality))?.calendar;
    clients.push({
      name: clientNames.get(c.organizationId) ?? c.organizationId,
      criticality: c.criticality,
      coveredMinutes: calendar ? Math.round(calendar.businessMinutesBetween(from, to)) : null,
      workaroundState: c.workaroundState,
      stepsDone: c.stepsDone.length,
      steps: c.workaroundSteps.length,
      released: c.releaseReason,
    });
  }
  clients.sort((a, b) => byCriticality(a.criticality, b.criticality) || a.name.localeCompare(b.name));
  return { incident, events, clients, people: new Map(staff.map((p) => [p.id, p.name])), clientNames };
}
