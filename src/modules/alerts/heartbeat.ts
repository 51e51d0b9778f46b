/**
 * Heartbeat checks, pure: when a silent job is due, whether its deadline should open a ticket,
 * and the alert a silence or a reported failure folds as. No I/O.
 */
import { toIso } from '../../platform/clock.js';
import type { AlertStatus, IncomingAlert } from './alert.js';
import { heartbeatRules, type FoldEntry, type Heartbeat } from './alert-source.js';

/** When the check counts as silent: its last report (or its creation) plus interval and grace. */
export function heartbeatDueAt(h: Pick<Heartbeat, 'lastPingAt' | 'createdAt' | 'intervalMinutes' | 'graceMinutes'>): number {
  return Date.parse(h.lastPingAt ?? h.createdAt) + (h.intervalMinutes + h.graceMinutes) * 60_000;
}

export type HeartbeatDecision = { action: 'silent'; since: number } | { action: 'wait'; until: number } | { action: 'drop'; reason: string };

/**
 * Pure: what the heartbeat's deadline does at `now`. `alertFiring` says its alert already fires
 * (silent or failed since the last report), so a silence opens one ticket, not one per check.
 */
export function decideHeartbeat(h: Heartbeat | undefined, alertFiring: boolean, now: number): HeartbeatDecision {
  if (!h) return { action: 'drop', reason: 'heartbeat_gone' };
  if (!h.enabled) return { action: 'drop', reason: 'disabled' };
  const due = heartbeatDueAt(h);
  if (due > now) return { action: 'wait', until: due };
  if (alertFiring) return { action: 'drop', reason: 'already_firing' };
  return { action: 'silent', since: Date.parse(h.lastPingAt ?? h.createdAt) };
}

/** The alert a heartbeat folds: `silent` (no report in time), `failure` (the job said so) or `recovered` (it reported success). */
export function heartbeatEntry(h: Heartbeat, what: 'silent' | 'failure' | 'recovered', message: string | null, now: number): FoldEntry {
  const status: AlertStatus = what === 'recovered' ? 'resolved' : 'firing';
  const every = `expected every ${h.intervalMinutes} minutes${h.graceMinutes ? ` (+${h.graceMinutes} grace)` : ''}`;
  const last = h.lastPingAt ? `last report at ${h.lastPingAt}` : 'no report yet';
  const summary = what === 'failure' ? `Heartbeat "${h.name}" reported a failure` : what === 'silent' ? `Heartbeat "${h.name}" is silent` : `Heartbeat "${h.name}" reported again`;
  const detail = what === 'silent' ? `No report since ${toIso(Date.parse(h.lastPingAt ?? h.createdAt))} (${last}); ${every}. Checked at ${toIso(now)}.` : [message ?? '', `${last}; ${every}.`].filter(Boolean).join('\n');
  const alert: IncomingAlert = {
    dedupeKey: 'heartbeat',
    status,
    severity: '',
    summary,
    detail,
    host: null,
    check: h.name,
    signature: `heartbeat:${h.name.trim().toLowerCase()}`,
    clientValue: null,
    clientPointer: '',
  };
  return { foldKey: `heartbeat/${h.id}`, sourceId: null, heartbeatId: h.id, organizationId: h.organizationId, alert, rules: heartbeatRules(h), priority: h.priority, origin: `heartbeat check "${h.name}"`, tags: ['monitoring', 'heartbeat'] };
}
