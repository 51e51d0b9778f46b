/** Words and badges for ticket fields, for staff and for clients. */
import type { Channel, FcrOutcome, Priority, Status } from './types';

export const STATUS_LABEL: Record<Status, string> = {
  new: 'New',
  open: 'Open',
  waiting_on_client: 'Waiting on client',
  waiting_on_vendor: 'Waiting on vendor',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** How a client reads the same status. */
export const CLIENT_STATUS_LABEL: Record<Status, string> = {
  new: 'Received',
  open: 'In progress',
  waiting_on_client: 'Waiting for your reply',
  waiting_on_vendor: 'Waiting on a supplier',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  P1: 'P1 · Critical',
  P2: 'P2 · High',
  P3: 'P3 · Normal',
  P4: 'P4 · Low',
};

/** How a client is asked about urgency. */
export const CLIENT_PRIORITY_LABEL: Record<Priority, string> = {
  P1: 'Critical: the business is stopped',
  P2: 'High: many people or a key system affected',
  P3: 'Normal: one person or a workaround exists',
  P4: 'Low: a question or a small change',
};

export const CHANNEL_LABEL: Record<Channel, string> = { phone: 'Phone', email: 'Email', portal: 'Portal', api: 'API', alert: 'Alert', monitoring: 'Monitoring', incident: 'Incident' };

/** A contract's kind, as the API names it. */
export const CONTRACT_KIND_LABEL: Record<string, string> = { managed: 'Managed (flat fee)', block_hours: 'Block hours', time_and_materials: 'Time and materials' };

export const TIER_LABEL: Record<number, string> = { 1: 'Tier 1 · Service desk', 2: 'Tier 2 · Engineering', 3: 'Tier 3 · Senior engineering' };

export const FCR_LABEL: Record<FcrOutcome, string> = {
  resolved_first_contact: 'Resolved on first contact',
  not_first_contact: 'Not first contact',
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`badge priority-${priority}`} title={PRIORITY_LABEL[priority]}>
      {priority}
    </span>
  );
}

export function StatusPill({ status, client = false }: { status: Status; client?: boolean }) {
  return <span className={`pill status-${status}`}>{(client ? CLIENT_STATUS_LABEL : STATUS_LABEL)[status]}</span>;
}

export function CriticalBadge() {
  return (
    <span className="badge critical" title="Business critical">
      Critical
    </span>
  );
}
