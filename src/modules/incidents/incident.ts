/** Vendor incidents: the types and pure rules (who is impacted and how, what each child ticket says), no I/O. */
import type { Priority } from '../tickets/index.js';
import { byCriticality, worseCriticality, type Criticality, type ServiceDependency } from '../vendors/index.js';

/** Where a client's workaround stands while the vendor is down. */
export const WORKAROUND_STATES = ['not_started', 'in_place', 'not_needed', 'blocked'] as const;
export type WorkaroundState = (typeof WORKAROUND_STATES)[number];

export interface IncidentRecord {
  id: string;
  title: string;
  summary: string;
  status: 'declaring' | 'open' | 'resolved' | 'discarded';
  declaredBy: string | null;
  declaredAt: string;
  clientCount: number;
  vendorTicket: string;
  vendorContact: string;
  vendorPromisedAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChildRecord {
  incidentId: string;
  organizationId: string;
  ticketId: string;
  attached: boolean;
  criticality: Criticality;
  workaroundSteps: string[];
  workaroundState: WorkaroundState;
  /** Indices of the checklist's steps done, ascending. */
  stepsDone: number[];
  /** When the incident let the child go (detached, or kept open at resolve): its ladders run again. */
  releasedAt: string | null;
  releaseReason: string;
  createdAt: string;
  updatedAt: string;
}

/** One dependency of an impacted client on a service that is down. */
export interface ImpactedService {
  serviceId: string;
  serviceName: string;
  vendorName: string;
  siteId: string | null;
  purpose: string;
  criticality: Criticality;
}

/** A client hit by the incident, from its dependency records on the services that are down. */
export interface Impact {
  organizationId: string;
  /** The worst criticality of its dependencies on the services. */
  criticality: Criticality;
  /** The one site that depends, when every dependency names the same site; else null (the client as a whole). */
  siteId: string | null;
  services: ImpactedService[];
  /** Its fallbacks, each once. */
  fallbacks: string[];
  /** Its workaround checklist: every dependency's steps, each once, in order. */
  workaroundSteps: string[];
}

/** The impacted clients of the dependencies on the services that are down, worst hit first. */
export function impactOf(dependencies: ServiceDependency[]): Impact[] {
  const byClient = new Map<string, Impact & { sites: Set<string | null> }>();
  // A client's worst-hit dependency first: its fallback and steps lead the checklist.
  const ordered = [...dependencies].sort((a, b) => byCriticality(a.criticality, b.criticality) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const d of ordered) {
    let impact = byClient.get(d.organizationId);
    if (!impact) {
      impact = { organizationId: d.organizationId, criticality: d.criticality, siteId: null, services: [], fallbacks: [], workaroundSteps: [], sites: new Set() };
      byClient.set(d.organizationId, impact);
    }
    impact.criticality = worseCriticality(impact.criticality, d.criticality);
    impact.sites.add(d.siteId);
    impact.services.push({ serviceId: d.serviceId, serviceName: d.serviceName, vendorName: d.vendorName, siteId: d.siteId, purpose: d.purpose, criticality: d.criticality });
    if (d.fallback && !impact.fallbacks.includes(d.fallback)) impact.fallbacks.push(d.fallback);
    for (const step of d.workaroundSteps) if (!impact.workaroundSteps.includes(step)) impact.workaroundSteps.push(step);
  }
  return [...byClient.values()]
    .map(({ sites, ...impact }) => ({ ...impact, siteId: sites.size === 1 ? [...sites][0] : null }))
    .sort((a, b) => byCriticality(a.criticality, b.criticality) || a.organizationId.localeCompare(b.organizationId));
}

/** A child ticket's priority from how badly its client is hit. */
export function priorityFor(criticality: Criticality): Priority {
  return (({ critical: 'P1', high: 'P2', normal: 'P3', low: 'P4' }) as const)[criticality];
}

/** What an open ticket must mention to be offered as a child: a vendor's or a service's name. */
export function mentionPhrases(services: { name: string; vendorName: string }[]): string[] {
  return [...new Set(services.flatMap((s) => [s.vendorName, s.name]).map((p) => p.trim()).filter((p) => p.length > 0))];
}

/** The description of a client's child ticket: the incident, what of the client it hits, its fallback and its workaround checklist. */
export function childDescription(summary: string, impact: Impact): string {
  const lines = [summary.trim()];
  if (impact.services.length > 0) lines.push('', 'Affected here:');
  for (const s of impact.services) lines.push(`- ${s.serviceName} (${s.vendorName})${s.purpose ? ` — ${s.purpose}` : ''}, ${s.criticality}`);
  if (impact.fallbacks.length > 0) lines.push('', 'Fallback:', ...impact.fallbacks.map((f) => `- ${f}`));
  lines.push('', 'Workaround checklist:');
  if (impact.workaroundSteps.length === 0) lines.push('- (no steps on file: agree the workaround with the client)');
  else lines.push(...impact.workaroundSteps.map((s) => `- [ ] ${s}`));
  return lines.join('\n');
}

/** What the incident's event log records (incident_events.type). */
export type IncidentEventType = 'declared' | 'paged' | 'update' | 'workaround' | 'vendor' | 'detached' | 'kept_open' | 'escalation_held' | 'discarded' | 'resolved';

export interface IncidentEvent {
  id: string;
  incidentId: string;
  type: IncidentEventType;
  organizationId: string | null;
  actorUserId: string | null;
  data: Record<string, unknown>;
  at: string;
}

/** The page on-call gets once for an incident: its title and every client hit, worst first. */
export function incidentPageText(title: string, clients: { name: string; criticality: Criticality }[]): { subject: string; body: string } {
  const subject = `Vendor incident: ${title} — ${clients.length} ${clients.length === 1 ? 'client' : 'clients'}`;
  const body = [`${title}`, '', `Clients affected (${clients.length}):`, ...clients.map((c) => `- ${c.name} (${c.criticality})`)].join('\n');
  return { subject, body };
}

/** The post-incident review: Markdown written by people, and its sanitised HTML. */
export interface Review {
  incidentId: string;
  body: string;
  bodyHtml: string;
  editedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An action item of the review, tracked to done. */
export interface ActionItem {
  id: string;
  incidentId: string;
  title: string;
  assigneeId: string | null;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  doneAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A client's person as the update's mail needs them. */
export interface UpdateContact {
  id: string;
  name: string;
  vip: boolean;
  /** Primary address first. */
  emails: string[];
  archivedAt: string | null;
}

/**
 * Who at a client gets an incident's updates by email: the people chosen on its dependencies on the
 * services that are down (`chosen`); when none is chosen, or none of them can be reached, its VIP
 * contacts (the people the MSP marked as the ones to tell); when it has none with an address, every
 * contact on file — an outage of a service the whole client depends on is news to all of them.
 * Archived contacts never; each address once, at its primary address.
 */
export function updateRecipients(contacts: UpdateContact[], chosen: string[] = []): { contactId: string; name: string; email: string }[] {
  const reachable = contacts.filter((c) => c.archivedAt === null && c.emails.length > 0);
  const named = new Set(chosen);
  const picked = reachable.filter((c) => named.has(c.id));
  const vips = reachable.filter((c) => c.vip);
  const seen = new Set<string>();
  const out: { contactId: string; name: string; email: string }[] = [];
  for (const c of picked.length > 0 ? picked : vips.length > 0 ? vips : reachable) {
    const email = c.emails[0].toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    out.push({ contactId: c.id, name: c.name, email });
  }
  return out;
}

/** An update on an incident, as the status pages and feeds show it. */
export interface IncidentUpdate {
  id: string;
  incidentId: string;
  body: string;
  postedBy: string | null;
  postedAt: string;
}
