/** The shapes the /api/v1 API answers with (see /api/v1/openapi.json). */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type Status = 'new' | 'open' | 'waiting_on_client' | 'waiting_on_vendor' | 'resolved' | 'closed';
export type Channel = 'phone' | 'email' | 'portal' | 'api' | 'alert';
export type FcrOutcome = 'resolved_first_contact' | 'not_first_contact';
export type MessageKind = 'reply' | 'note' | 'call';

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
  phones: { number: string; label: string }[];
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
