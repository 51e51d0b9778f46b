/** The console's queues, each a fixed filter over GET /api/v1/tickets. */
import { OPEN_STATUSES, type Status, type Ticket } from '../../platform/types';

export interface QueueDef {
  id: string;
  label: string;
  /** The shortcut after `g`. */
  key: string;
  title: string;
  statuses: Status[];
  assignee?: 'me';
  team?: boolean;
  /**
   * Applied in the browser: the list API filters by assignee id but has no "no assignee" filter,
   * so the unassigned queue reads open tickets and keeps those without one.
   */
  keep?: (ticket: Ticket) => boolean;
}

export const QUEUES: QueueDef[] = [
  { id: 'mine', label: 'Mine', key: 'g m', title: 'My tickets', statuses: OPEN_STATUSES, assignee: 'me' },
  { id: 'team', label: 'My team', key: 'g t', title: 'My team’s tickets', statuses: OPEN_STATUSES, team: true },
  { id: 'unassigned', label: 'Unassigned', key: 'g u', title: 'Unassigned tickets', statuses: OPEN_STATUSES, keep: (t) => t.assigneeId === null },
  { id: 'waiting', label: 'Waiting', key: 'g w', title: 'Waiting on client or vendor', statuses: ['waiting_on_client', 'waiting_on_vendor'] },
  { id: 'open', label: 'All open', key: 'g o', title: 'All open tickets', statuses: OPEN_STATUSES },
  { id: 'all', label: 'All tickets', key: 'g a', title: 'All tickets', statuses: ['new', 'open', 'waiting_on_client', 'waiting_on_vendor', 'resolved', 'closed'] },
];

export function queueHref(id: string): string {
  return `/queue/${id}`;
}

/** Where a person lands: technicians on their own tickets, managers and owners on everything open. */
export function homeQueue(role: string): string {
  return queueHref(role === 'technician' ? 'mine' : 'open');
}
