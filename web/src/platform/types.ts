/** The shapes the /api/v1 API answers with (see /api/v1/openapi.json). */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type Status = 'new' | 'open' | 'waiting_on_client' | 'waiting_on_vendor' | 'resolved' | 'closed';
export type Channel = 'phone' | 'email' | 'portal' | 'api' | 'alert';
export type FcrOutcome = 'resolved_first_contact' | 'not_first_contact';
/** `description`: the request as given when the ticket was opened (by the client, or logged by staff). */
export type MessageKind = 'description' | 'reply' | 'note' | 'call';

export const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
export const STATUSES: Status[] = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'];
export const OPEN_STATUSES: Status[] = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor'];

export interface Me {
  id: string;
  kind: 'staff' | 'client';
  name: string;
  email: string;
  role: string;
  tier?: number | null;
  organizationId?: string;
  contactId?: string;
}

export interface Ticket {
  id: string;
  number: string;
  organizationId: string;
  contactId: string | null;
  siteId: string | null;
  subject: string;
  priority: Priority;
  businessCritical: boolean;
  status: Status;
  tier: number;
  teamId: string | null;
  assigneeId: string | null;
  channel: Channel;
  tags: string[];
  fcrOutcome: FcrOutcome | null;
  mergedIntoId: string | null;
  version: number;
  /** Nearest due time of a running SLA clock (null: no running clock). */
  slaDueAt: string | null;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
}

export interface Message {
  id: string;
  ticketId: string;
  kind: MessageKind;
  authorUserId: string | null;
  authorContactId: string | null;
  body: string;
  callDirection: 'inbound' | 'outbound' | null;
  callerNumber: string | null;
  callDurationSeconds: number | null;
  createdAt: string;
}

export interface TicketEvent {
  id: number;
  ticketId: string;
  actorUserId: string | null;
  type: string;
  field: string | null;
  before: unknown;
  after: unknown;
  at: string;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
  industry: string;
  timeZone: string;
  /** ISO 3166-1 alpha-2; national phone numbers of its contacts are read in it. */
  country: string | null;
}

export interface Site {
  id: string;
  organizationId: string;
  name: string;
  address: string;
  timeZone: string;
}

export interface Contact {
  id: string;
  organizationId: string;
  siteId: string | null;
  name: string;
  title: string;
  workLocation: 'site' | 'home';
  vip: boolean;
  emails: string[];
  phones: { number: string; extension: string; label: string }[];
  /** Only when found by a phone number: the number on file that matched, and how. */
  match?: { number: string; extension: string; label: string; kind: 'exact' | 'national' | 'trailing' };
}

export interface User {
  id: string;
  kind: 'staff' | 'client';
  email: string;
  name: string;
  role: string;
  tier: number | null;
  teamId: string | null;
  disabled: boolean;
}

export interface Team {
  id: string;
  name: string;
  leadUserId: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A live event from GET /api/v1/stream. */
export interface LiveEvent {
  type: string;
  ticketId: string;
  at: string;
  data: Record<string, unknown>;
}

/** GET /api/v1/tickets/{id}/sla: every clock, each explained. */
export type ClockName = 'first_response' | 'next_reply' | 'resolution';
export type ClockStatus = 'running' | 'paused' | 'met' | 'missed';

export interface SlaClock {
  clock: ClockName | string;
  cycle: number;
  status: ClockStatus;
  breached: boolean;
  priority: Priority;
  calendar: { id: string; name: string; timeZone: string };
  targetMinutes: number;
  elapsedMinutes: number;
  pausedMinutes: number;
  startedAt: string;
  stoppedAt: string | null;
  dueAt: string | null;
  dueAtLocal: string | null;
  warnAt: string | null;
  explanation: string;
}

export interface TicketSla {
  ticketId: string;
  contract: { id: string; name: string } | null;
  policy: { id: string; name: string; warningPercent: number } | null;
  explanation: string;
  clocks: SlaClock[];
}

/** Escalation ladders: GET /api/v1/tickets/{id}/escalations. */
export type EscalationTarget = { type: 'user'; userId: string } | { type: 'role'; role: 'assignee' | 'team_lead' | 'service_manager' | 'owner' } | { type: 'schedule'; scheduleId: string };

export interface EscalationStep {
  delayMinutes: number;
  delayKind: 'wall' | 'business';
  from: 'trigger' | 'previous';
  targets: EscalationTarget[];
  requiresAck: boolean;
}

export interface Ladder {
  id: string;
  policy: string;
  policyVersion: number;
  trigger: string;
  state: 'active' | 'acknowledged' | 'ended' | string;
  /** The 1-based number of the step that fires next; null when none will. */
  nextStep: number | null;
  round: number;
  startedAt: string;
  nextStepAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  endedAt: string | null;
  steps: EscalationStep[];
}

export interface PageSent {
  id: string;
  escalationId: string;
  step: number;
  round: number;
  recipientUserId: string;
  method: string;
  address: string;
  status: string;
  requiresAck: boolean;
  sendAfter: string;
  sentAt: string | null;
  attempts: number;
  provider: string | null;
  lastError: string | null;
}

export interface Escalations {
  items: Ladder[];
  notifications: PageSent[];
}

/** The `after` of an `escalation.step` event: why people were paged. */
export interface StepEventData {
  escalationId: string;
  policy: string;
  step: number;
  round: number;
  requiresAck: boolean;
  delay: string;
  paged: { target: EscalationTarget; reason: string; people: { id: string; name: string }[] }[];
  queued: number;
}

/** On call: GET /api/v1/oncall/now and …/shifts. */
export interface OnCallPerson {
  userId: string;
  name: string;
  layer: number | null;
  layerName: string | null;
  source: 'rotation' | 'override';
  overrideId: string | null;
}

export interface Handoff {
  at: string;
  from: OnCallPerson | null;
  to: OnCallPerson | null;
}

export interface OnCallBoard {
  at: string;
  items: { scheduleId: string; name: string; timeZone: string; onCall: OnCallPerson[]; nextHandoff: Handoff | null }[];
}

export interface Shift {
  start: string;
  end: string;
  userId: string;
  name: string;
  layer: number | null;
  layerName: string | null;
  source: string;
  overrideId: string | null;
}

/** Reports: GET /api/v1/reports/sla and /reports/fcr. */
export interface SlaReportRow {
  group: string;
  label: string;
  clock: string;
  met: number;
  missed: number;
  attainmentPercent: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface FcrReportRow {
  group: string;
  label: string;
  tickets: number;
  firstContact: number;
  ratePercent: number | null;
  targetPercent: number;
  meetsTarget: boolean | null;
}
