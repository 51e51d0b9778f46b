/** The console's queues, each a fixed filter over GET /api/v1/tickets. */
import { OPEN_STATUSES, type Status } from '../../platform/types';

export interface QueueDef {
  id: string;
  label: string;
  /** The shortcut after `g`. */
  key: string;
  title: string;
  statuses: Status[];
  /** `me`, or `none` for tickets nobody owns (both filtered by the API). */
  assignee?: 'me' | 'none';
  team?: boolean;
  /** `due`: nearest SLA due time first, only tickets whose clock is running (sort=due). */
  sort?: 'due';
  /**
   * Which due times: `current` from a day ago on (recent breaches, then what falls due next),
   * `old` breaches older than that, which would otherwise bury the current ones.
   */
  due?: 'current' | 'old';
}

/** How long a breach stays in the at-risk queue before it moves to the old breaches. */
export const BREACH_WINDOW_MINUTES = 24 * 60;

export const QUEUES: QueueDef[] = [
  { id: 'mine', label: 'Mine', key: 'g m', title: 'My tickets', statuses: OPEN_STATUSES, assignee: 'me' },
  { id: 'team', label: 'My team', key: 'g t', title: 'My team’s tickets', statuses: OPEN_STATUSES, team: true },
  { id: 'unassigned', label: 'Unassigned', key: 'g u', title: 'Unassigned tickets', statuses: OPEN_STATUSES, assignee: 'none' },
  { id: 'at-risk', label: 'At risk', key: 'g r', title: 'At risk', statuses: ['new', 'open'], sort: 'due', due: 'current' },
  { id: 'old-breaches', label: 'Old breaches', key: 'g b', title: 'Breached over a day ago', statuses: ['new', 'open'], sort: 'due', due: 'old' },
  { id: 'waiting', label: 'Waiting', key: 'g w', title: 'Waiting on client or vendor', statuses: ['waiting_on_client', 'waiting_on_vendor'] },
  { id: 'open', label: 'All open', key: 'g o', title: 'All open tickets', statuses: OPEN_STATUSES },
  { id: 'all', label: 'All tickets', key: 'g a', title: 'All tickets', statuses: ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'] },
];

/** The at-risk queue's "due within" choices: the window ahead of now, in minutes (0: already breached, within the day). */
export const DUE_WINDOWS: { value: string; label: string; minutes: number }[] = [
  { value: 'breached', label: 'Breached (within the day)', minutes: 0 },
  { value: '1h', label: 'Due within 1 hour', minutes: 60 },
  { value: '4h', label: 'Due within 4 hours', minutes: 240 },
  { value: '24h', label: 'Due within 24 hours', minutes: 1440 },
];

export function queueHref(id: string): string {
  return `/queue/${id}`;
}

/** A queue's filters as they appear in its address (`?priority=P1,P2&client=…`). */
export interface QueueFilters {
  priority: string;
  organizationId: string;
  status: string;
  contactId: string;
  /** At risk only: a DUE_WINDOWS value. */
  within: string;
}

/** The address parameters of each filter, also the names a saved view stores. */
export const FILTER_PARAMS = { priority: 'priority', organizationId: 'client', status: 'status', contactId: 'contact', within: 'within' } as const;

export function filtersFrom(queue: QueueDef, params: URLSearchParams): QueueFilters {
  return {
    priority: params.get('priority') ?? '',
    organizationId: params.get('client') ?? '',
    status: params.get('status') ?? '',
    contactId: params.get('contact') ?? '',
    within: queue.due === 'current' ? (params.get('within') ?? '') : '',
  };
}

/** The filters of GET /tickets (and of one count) for a queue with its filters, at this moment. */
export function queueQuery(queue: QueueDef, teamId: string | null, filters: QueueFilters, now = Date.now()): Record<string, string | undefined> {
  const window = queue.due === 'current' ? DUE_WINDOWS.find((w) => w.value === filters.within) : undefined;
  const dayAgo = new Date(now - BREACH_WINDOW_MINUTES * 60_000).toISOString();
  return {
    status: filters.status || queue.statuses.join(','),
    priority: filters.priority || undefined,
    organizationId: filters.organizationId || undefined,
    contactId: filters.contactId || undefined,
    assigneeId: queue.assignee,
    teamId: queue.team ? (teamId ?? undefined) : undefined,
    sort: queue.sort,
    // Computed at each load, so a live refresh moves the windows along with the clock.
    dueBefore: queue.due === 'old' ? dayAgo : window ? new Date(now + window.minutes * 60_000).toISOString() : undefined,
    dueAfter: queue.due === 'current' ? dayAgo : undefined,
  };
}

/** Where a person lands: technicians on their own tickets, managers and owners on everything open. */
export function homeQueue(role: string): string {
  return queueHref(role === 'technician' ? 'mine' : 'open');
}
