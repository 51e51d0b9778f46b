/** Ticket vocabulary and the pure rules over it; no I/O. */
import { AppError } from '../../platform/errors.js';

/** Ticket priorities, most urgent first; every module's priority lists and types come from here. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Whether a stored or received text is one of the priorities. */
export function isPriority(value: string): value is Priority {
  return PRIORITIES.some((p) => p === value);
}

export const STATUSES = ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** `alert`: an alert logged by a person; `monitoring`: opened by a monitoring or RMM alert itself (the alerts module); `incident`: a client's child ticket of a vendor incident (the incidents module). */
export const CHANNELS = ['phone', 'email', 'portal', 'api', 'alert', 'monitoring', 'incident'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TIERS = [1, 2, 3] as const;

export const FCR_OUTCOMES = ['resolved_first_contact', 'not_first_contact'] as const;
export type FcrOutcome = (typeof FCR_OUTCOMES)[number];

export const MESSAGE_KINDS = ['reply', 'note', 'call'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/**
 * The request as given when the ticket was opened: by a client, in their own words; by staff, as
 * they logged it for the contact. Written only by opening a ticket, never added as a message.
 */
export const DESCRIPTION = 'description';
/** What a client may read of a ticket's messages: its description and the public replies. */
export const PUBLIC_MESSAGE_KINDS: string[] = ['reply', DESCRIPTION];

export const LINK_KINDS = ['parent', 'duplicate', 'merged'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Allowed status changes. A closed ticket is final (a new request opens a new ticket); a resolved
 * ticket may be reopened or closed; every working state may move to any other working state.
 */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'],
  open: ['waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'],
  waiting_on_client: ['open', 'waiting_on_vendor', 'resolved', 'closed'],
  waiting_on_vendor: ['open', 'waiting_on_client', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
};

export function canTransition(from: Status, to: Status): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

export function assertTransition(from: Status, to: Status): void {
  if (!canTransition(from, to)) {
    throw new AppError('invalid_transition', `A ${label(from)} ticket cannot become ${label(to)}`, {
      status: 409,
      field: '/status',
      details: { from, to, allowed: TRANSITIONS[from] },
    });
  }
}

function label(status: Status): string {
  return status.replace(/_/g, ' ');
}

/** Formats a ticket number for people: 1042 → SB-1042. */
export function formatTicketNumber(prefix: string, number: number): string {
  return `${prefix}-${number}`;
}

/** Parses `SB-1042` or `1042`; returns undefined for anything else. */
export function parseTicketNumber(reference: string): number | undefined {
  const match = /^(?:[A-Za-z][A-Za-z0-9]{0,7}-)?(\d{1,9})$/.exec(reference);
  return match ? Number(match[1]) : undefined;
}

/** Statuses of finished work: SLA clocks stop and escalation ladders end (resolved may still reopen). */
export const FINISHED_STATUSES = ['resolved', 'closed'] as const satisfies readonly Status[];

/** Whether a ticket in `status` still needs work: every status but resolved and closed. The one open/closed rule. */
export function isOpenStatus(status: string): boolean {
  return !(FINISHED_STATUSES as readonly string[]).includes(status);
}

/** The statuses of tickets that still need work, in STATUSES order. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter(isOpenStatus);
