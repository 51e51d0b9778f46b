/**
 * Alert vocabulary and the pure rules of folding: what one received alert does to the row that
 * folds its identity (count, state, flapping) and to the ticket it keeps. No I/O; the use case
 * (receive-alerts.ts) loads the rows, asks `decideFold` and writes what it says.
 */
import { PRIORITIES, type AlertTicketState, type Priority } from '../tickets/index.js';

export type AlertStatus = 'firing' | 'resolved';

/** One alert as a format reads it from a payload, before its client is known. */
export interface IncomingAlert {
  /** Identity within its source and client: repeats of it fold into one row and one ticket. */
  dedupeKey: string;
  status: AlertStatus;
  /** The sender's severity, lower case ('' when it gives none). */
  severity: string;
  /** One line: the ticket's subject. */
  summary: string;
  /** Everything else worth reading, for the ticket's description. */
  detail: string;
  host: string | null;
  check: string | null;
  /** What failed, comparable across clients (suspected incidents); '' for none. */
  signature: string;
  /** MSP-wide sources: the client label's value in the payload, if any. */
  clientValue: string | null;
  /** JSON pointer of the client label's value, for errors. */
  clientPointer: string;
}

/** The fold of one alert identity, as the decisions read and write it. Instants in epoch ms. */
export interface FoldState {
  state: AlertStatus;
  observedState: AlertStatus;
  flapping: boolean;
  changes: number[];
  count: number;
  folded: number;
  lastFiredAt: number | null;
  lastChangeAt: number | null;
  eventAt: number | null;
}

export interface FoldRules {
  /** A recovery resolves the alert's open ticket (else only records it). */
  resolveOnRecovery: boolean;
  /** More state changes than this within the window marks the alert flapping. */
  flapChanges: number;
  flapWindowMs: number;
}

/** At most one `alert.repeated` event per ticket in this long; the counts stay exact in the alert row. */
export const FOLD_EVENT_INTERVAL_MS = 10 * 60_000;

/** What the ticket must do: open a new one, reopen the resolved one, resolve the open one. */
export type TicketMove = 'open' | 'reopen' | 'resolve' | null;

/** What a received alert did, as the sender is told. */
export type FoldAction = 'opened' | 'reopened' | 'folded' | 'resolved' | 'recovered' | 'held' | 'recorded' | 'stable';

export interface FoldEvent {
  type: 'alert.repeated' | 'alert.fired' | 'alert.recovered' | 'alert.flapping' | 'alert.stable';
  data: Record<string, unknown>;
}

export interface FoldDecision {
  next: FoldState;
  ticket: TicketMove;
  /** Ticket events to write (to the ticket as it is after `ticket`). */
  events: FoldEvent[];
  /** While flapping: when to look again whether it has settled. */
  settleAt: number | null;
  /** It started firing now (a new onset, for suspected incidents). */
  fired: boolean;
  action: FoldAction;
}

/** Where the alert's ticket stands; `none` when it never had one. */
export type TicketState = AlertTicketState | 'none';

/**
 * Pure: what one alert with `status`, received at `now`, does to its identity's fold `current`
 * (null: never seen) whose ticket is `ticket`. Repeats fold (counted; an event at most every
 * FOLD_EVENT_INTERVAL_MS); a firing alert without an open ticket opens one (or reopens a resolved
 * one); a recovery resolves the open ticket when the rules say so; more than `flapChanges` state
 * changes within the window mark it flapping, and then no change reaches the ticket until it is
 * quiet for a whole window (`decideSettle`).
 */
export function decideFold(current: FoldState | null, status: AlertStatus, ticket: TicketState, rules: FoldRules, now: number): FoldDecision {
  if (!current || current.count === 0) {
    const next: FoldState = { state: status, observedState: status, flapping: false, changes: [], count: 1, folded: 0, lastFiredAt: null, lastChangeAt: null, eventAt: null };
    if (status === 'resolved') return { next, ticket: null, events: [], settleAt: null, fired: false, action: 'recorded' };
    return { next: { ...next, lastFiredAt: now, eventAt: now }, ticket: 'open', events: [], settleAt: null, fired: true, action: 'opened' };
  }
  const changed = status !== current.observedState;
  const recent = current.changes.filter((t) => t > now - rules.flapWindowMs);
  const next: FoldState = { ...current, count: current.count + 1, changes: changed ? [...recent, now] : recent };
  if (changed) {
    next.lastChangeAt = now;
    next.observedState = status;
  }
  if (current.flapping || next.changes.length > rules.flapChanges) {
    const events: FoldEvent[] = [];
    if (!current.flapping) {
      next.flapping = true;
      events.push({ type: 'alert.flapping', data: { changes: next.changes.length, windowMinutes: rules.flapWindowMs / 60_000, held: status } });
    }
    const settleAt = changed ? now + rules.flapWindowMs : null;
    return { next, ticket: null, events, settleAt, fired: false, action: changed ? 'held' : 'folded' };
  }
  return applyStatus(next, status, ticket, rules, now, true);
}

/**
 * Pure: a flapping alert's settle deadline fell due at `now`. Until a whole window passed without
 * a state change it waits; then it is stable again and the state last reported reaches the
 * ticket (resolved or reopened as any change would). Null when it is not flapping (any more).
 */
export function decideSettle(current: FoldState | null, ticket: TicketState, rules: FoldRules, now: number): FoldDecision | { waitUntil: number } | null {
  if (!current?.flapping) return null;
  const quietAt = (current.lastChangeAt ?? now) + rules.flapWindowMs;
  if (quietAt > now) return { waitUntil: quietAt };
  const next: FoldState = { ...current, flapping: false, changes: [] };
  const stable: FoldEvent = { type: 'alert.stable', data: { state: current.observedState } };
  if (current.observedState === current.state) return { next, ticket: null, events: [stable], settleAt: null, fired: false, action: 'stable' };
  const applied = applyStatus(next, current.observedState, ticket, rules, now, false);
  return { ...applied, events: [stable, ...applied.events] };
}

/** A status reaching a fold that is not flapping; `received` is false when it was held back and is applied now. */
function applyStatus(next: FoldState, status: AlertStatus, ticket: TicketState, rules: FoldRules, now: number, received: boolean): FoldDecision {
  const transition = next.state !== status;
  const decision = (action: FoldAction, move: TicketMove, events: FoldEvent[] = [], fired = false): FoldDecision => ({ next, ticket: move, events, settleAt: null, fired, action });
  if (status === 'resolved') {
    if (!transition) return decision('recorded', null);
    next.state = 'resolved';
    const recovered: FoldEvent = { type: 'alert.recovered', data: { count: next.count } };
    if (rules.resolveOnRecovery && ticket === 'open') return decision('resolved', 'resolve', [recovered]);
    return decision('recovered', null, ticket === 'none' ? [] : [recovered]);
  }
  next.state = 'firing';
  if (transition) next.lastFiredAt = now;
  if (ticket === 'open') {
    if (transition) {
      next.eventAt = now;
      return decision('folded', null, [{ type: 'alert.fired', data: { count: next.count } }], true);
    }
    if (received && (next.eventAt === null || now - next.eventAt >= FOLD_EVENT_INTERVAL_MS)) {
      const repeats = next.folded + 1;
      next.eventAt = now;
      next.folded = 0;
      return decision('folded', null, [{ type: 'alert.repeated', data: { count: next.count, repeats } }], false);
    }
    next.folded += received ? 1 : 0;
    return decision('folded', null);
  }
  next.eventAt = now;
  next.folded = 0;
  if (ticket === 'resolved') return decision('reopened', 'reopen', [{ type: 'alert.fired', data: { count: next.count } }], transition);
  return decision('opened', 'open', [], transition);
}

/** Severities as monitoring tools name them, to ticket priorities; a source's own map comes first. */
const SEVERITIES: Record<string, Priority> = {
  critical: 'P1', crit: 'P1', fatal: 'P1', emergency: 'P1', emerg: 'P1', disaster: 'P1', p1: 'P1',
  major: 'P2', high: 'P2', error: 'P2', err: 'P2', p2: 'P2',
  warning: 'P3', warn: 'P3', minor: 'P3', moderate: 'P3', medium: 'P3', average: 'P3', p3: 'P3',
  info: 'P4', informational: 'P4', information: 'P4', notice: 'P4', low: 'P4', none: 'P4', ok: 'P4', p4: 'P4',
};

/** The priority of a ticket opened for an alert of `severity`. */
export function priorityFor(severity: string, sourceMap: Record<string, Priority>, fallback: Priority): Priority {
  const key = severity.trim().toLowerCase();
  return sourceMap[key] ?? SEVERITIES[key] ?? fallback;
}

/** Whether a text is one of the ticket priorities. */
export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/** Cuts text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
