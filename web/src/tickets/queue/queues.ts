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
}

export const QUEUES: QueueDef[] = [
  { id: 'mine', label: 'Mine', key: 'g m', title: 'My tickets', statuses: OPEN_STATUSES, assignee: 'me' },
  { id: 'team', label: 'My team', key: 'g t', title: 'My team’s tickets', statuses: OPEN_STATUSES, team: true },
  { id: 'unassigned', label: 'Unassigned', key: 'g u', title: 'Unassigned tickets', statuses: OPEN_STATUSES, assignee: 'none' },
  { id: 'at-risk', label: 'At risk', key: 'g r', title: 'At risk', statuses: ['new', 'open'], sort: 'due' },
  { id: 'waiting', label: 'Waiting', key: 'g w', title: 'Waiting on client or vendor', statuses: ['waiting_on_client', 'waiting_on_vendor'] },
  { id: 'open', label: 'All open', key: 'g o', title: 'All open tickets', statuses: OPEN_STATUSES },
  { id: 'all', label: 'All tickets', key: 'g a', title: 'All tickets', statuses: ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'] },
];

/** The at-risk queue's "due within" choices: the window ahead of now, in minutes (0: already breached). */
export const DUE_WINDOWS: { value: string; label: string; minutes: number }[] = [
  { value: 'breached', label: 'Already breached', minutes: 0 },
  { value: '1h', label: 'Due within 1 hour', minutes: 60 },
  { value: '4h', label: 'Due within 4 hours', minutes: 240 },
  { value: '24h', label: 'Due within 24 hours', minutes: 1440 },
];

export function queueHref(id: string): string {
  return `/queue/${id}`;
}

/** Where a person lands: technicians on their own tickets, managers and owners on everything open. */
export function homeQueue(role: string): string {
  return queueHref(role === 'technician' ? 'mine' : 'open');
}
