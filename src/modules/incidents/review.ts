/**
 * The post-incident review's first draft, written from the incident's event log (pure, no I/O):
 * what happened and when, the impact on each client in the minutes its contract covered, and what
 * we did. A person then edits it; the draft is only where they start.
 */
import type { Criticality } from '../vendors/index.js';
import type { IncidentEvent, IncidentRecord } from './incident.js';

export interface ReviewClient {
  name: string;
  criticality: Criticality;
  /** Minutes between the declaration and the resolution that its contract covered; null without a covering contract. */
  coveredMinutes: number | null;
  workaroundState: string;
  stepsDone: number;
  steps: number;
  /** Why the incident let its ticket go (detached or kept open); '' when resolved with the incident. */
  released: string;
}

export interface ReviewFacts {
  incident: IncidentRecord;
  events: IncidentEvent[];
  clients: ReviewClient[];
  /** Names of people and clients by id, for the timeline. */
  people: Map<string, string>;
  clientNames: Map<string, string>;
}

/** Minutes between two instants, whole. */
const minutesBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/** An instant as people read it in a review: "2026-03-02 14:00 UTC". */
const at = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** 125 → "2 h 5 min". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const STATE: Record<string, string> = { not_started: 'not started', in_place: 'in place', not_needed: 'not needed', blocked: 'blocked' };

// Markdown that a title, note or client name must not turn into markup of its own.
const plain = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/** One line of the timeline for an event, in words. */
export function timelineLine(e: IncidentEvent, facts: Pick<ReviewFacts, 'people' | 'clientNames'>): string {
  const who = e.actorUserId ? (facts.people.get(e.actorUserId) ?? 'someone') : 'Switchboard';
  const client = e.organizationId ? (facts.clientNames.get(e.organizationId) ?? 'a client') : '';
  const d = e.data;
  switch (e.type) {
    case 'declared':
      return `${plain(who)} declared the incident for ${d.clients} clients.`;
    case 'paged':
      return `On-call paged once for ${d.clients} clients (${d.notifications} notifications).`;
    case 'update':
      return `${plain(who)} posted an update: “${plain(String(d.body ?? ''))}”`;
    case 'workaround':
      return `${plain(who)}: ${plain(client)} workaround ${STATE[String(d.state)] ?? d.state}, ${d.stepsDone}/${d.steps} steps done.`;
    case 'vendor':
      return `${plain(who)} recorded the vendor’s side: ${[d.vendorTicket ? `ticket ${plain(String(d.vendorTicket))}` : '', d.vendorContact ? `spoke to ${plain(String(d.vendorContact))}` : '', d.vendorPromisedAt ? `promised back ${at(String(d.vendorPromisedAt))}` : ''].filter(Boolean).join('; ') || 'cleared'}.`;
    case 'detached':
      return `${plain(who)} detached ${plain(client)}: ${plain(String(d.reason ?? ''))}`;
    case 'kept_open':
      return `${plain(client)} kept open: ${plain(String(d.reason ?? ''))}`;
    case 'discarded':
      return `${plain(who)} discarded the unfinished declaration: ${plain(String(d.reason ?? ''))}`;
    case 'escalation_held':
      return `${plain(client)}’s ticket, now ${plain(String(d.priority ?? ''))}, started ${d.ladders} more escalation ladder(s): held, the incident pages for it.`;
    case 'resolved':
      return `${plain(who)} resolved the incident (${d.resolved} child tickets resolved, ${d.keptOpen} kept open): “${plain(String(d.note ?? ''))}”`;
  }
}

/** The review's first draft, Markdown. */
export function draftReview(facts: ReviewFacts): string {
  const { incident } = facts;
  const end = incident.resolvedAt ?? incident.updatedAt;
  const lines = [
    `# Post-incident review: ${plain(incident.title)}`,
    '',
    `Declared ${at(incident.declaredAt)}, resolved ${incident.resolvedAt ? at(incident.resolvedAt) : '(not yet)'} — ${duration(minutesBetween(incident.declaredAt, end))} in all, ${facts.clients.length} clients affected.`,
    '',
    '## Summary',
    '',
    plain(incident.summary),
    '',
    '## Timeline',
    '',
    ...facts.events.map((e) => `- ${at(e.at)} — ${timelineLine(e, facts)}`),
    '',
    '## Impact per client',
    '',
    '| Client | Criticality | Covered minutes | Workaround | Steps done | Note |',
    '|---|---|---|---|---|---|',
    ...facts.clients.map((c) => `| ${plain(c.name)} | ${c.criticality} | ${c.coveredMinutes === null ? 'no contract' : c.coveredMinutes} | ${STATE[c.workaroundState] ?? c.workaroundState} | ${c.stepsDone}/${c.steps} | ${plain(c.released)} |`),
    '',
    '## What went well, what did not',
    '',
    '- ',
    '',
    '## Action items',
    '',
    'Tracked below the review: each with its owner and due date.',
  ];
  return lines.join('\n');
}
