/**
 * Folds received alerts into their rows and tickets, in the caller's transaction: lock (or create)
 * the rows of the batch's identities, read their tickets' states, decide each alert in arrival
 * order (alert.ts), open, reopen or resolve tickets and write the rate-limited events, then write
 * every row back in one upsert. A repeat of an alert with an open ticket costs the batch's share
 * of three statements; only a new onset does more (a ticket, a look for suspected incidents).
 */
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { armDeadline, notifyEngines } from '../../platform/engine/deadlines.repository.js';
import type { DomainEvent } from '../../platform/events.js';
import { newId } from '../../platform/ids.js';
import { alertTicketStates, insertTicketEvent, moveTicketForAlert, openTicketFromAlert, type AlertTicketState, type Priority, type TicketDeps } from '../tickets/index.js';
import { clip, decideFold, type AlertStatus, type FoldAction, type FoldDecision, type FoldState } from './alert.js';
import { ticketDescription, type FoldEntry } from './alert-source.js';
import { insertNewAlerts, lockAlerts, saveAlerts, type AlertRecord } from './alerts.repository.js';
import { proposeIncident, type Onset } from './propose-incident.js';
import type { SuspicionRules } from './suspicion.js';

/** The engine step that looks again at a flapping alert (flap-settle.step.ts). */
export const SETTLE_KIND = 'alerts.settle';

export interface FoldDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** Collects live events; the caller publishes them after the transaction commits. */
  emit: (event: DomainEvent) => void;
  /** Runs in the transaction after a ticket changed (SLA clocks, escalation ladders). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  incidents: SuspicionRules;
}

/** What one received alert did, as its sender is told. */
export interface FoldOutcome {
  alertId: string;
  dedupeKey: string;
  action: FoldAction;
  state: AlertStatus;
  flapping: boolean;
  ticketId: string | null;
}

/** How a ticket opened for an alert looks. */
export interface TicketPlan {
  priority: Priority;
  description: string;
  tags: string[];
}

/** The state a batch shares while it applies decisions. */
export interface FoldRun {
  deps: FoldDeps;
  tickets: TicketDeps & { dialect: DialectName };
  states: Map<string, AlertTicketState>;
  settles: Map<string, number>;
  /** Alerts that started firing in this batch, by signature. */
  fired: Map<string, Onset[]>;
  now: number;
}

export function startRun(deps: FoldDeps): FoldRun {
  return { deps, tickets: { db: deps.db, dialect: deps.dialect, clock: deps.clock, emit: deps.emit, onChanged: deps.onTicketChanged }, states: new Map(), settles: new Map(), fired: new Map(), now: deps.clock.now() };
}

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const iso = (n: number | null) => (n === null ? null : toIso(n));

/** The decisions' view of a row. */
export function foldState(row: AlertRecord): FoldState {
  return {
    state: row.state, observedState: row.observedState, flapping: row.flapping, changes: row.changes, count: row.count, folded: row.folded,
    lastFiredAt: ms(row.lastFiredAt), lastChangeAt: ms(row.lastChangeAt), eventAt: ms(row.eventAt),
  };
}

/** Where the row's ticket stands, as far as this batch knows. */
export function ticketState(run: FoldRun, row: AlertRecord): AlertTicketState | 'none' {
  return row.ticketId ? (run.states.get(row.ticketId) ?? 'closed') : 'none';
}

/** Carries out one decision on its row: the ticket move, the events, the settle deadline, the onset. */
export async function applyDecision(run: FoldRun, row: AlertRecord, d: FoldDecision, plan: TicketPlan): Promise<void> {
  const n = d.next;
  Object.assign(row, {
    state: n.state, observedState: n.observedState, flapping: n.flapping, changes: n.changes, count: n.count, folded: n.folded,
    lastFiredAt: iso(n.lastFiredAt), lastChangeAt: iso(n.lastChangeAt), eventAt: iso(n.eventAt), updatedAt: toIso(run.now),
  });
  const open = async () => {
    const ticket = await openTicketFromAlert(run.tickets, { organizationId: row.organizationId, subject: clip(row.summary, 300), description: plan.description, priority: plan.priority, tags: plan.tags });
    row.ticketId = ticket.id;
    run.states.set(ticket.id, 'open');
  };
  if (d.ticket === 'open') await open();
  else if (d.ticket === 'reopen' && row.ticketId) {
    // Closed by a person since we read it: the alert gets a new ticket instead.
    if (await moveTicketForAlert(run.tickets, row.ticketId, 'open')) run.states.set(row.ticketId, 'open');
    else await open();
  } else if (d.ticket === 'resolve' && row.ticketId) {
    if (await moveTicketForAlert(run.tickets, row.ticketId, 'resolved')) run.states.set(row.ticketId, 'resolved');
  }
  if (row.ticketId) {
    for (const e of d.events) {
      await insertTicketEvent(run.deps.db, { ticketId: row.ticketId, actorUserId: null, type: e.type, field: null, before: null, after: { ...e.data, alertId: row.id, dedupeKey: row.dedupeKey }, internal: true, at: toIso(run.now) });
    }
  }
  if (d.settleAt !== null) run.settles.set(row.id, d.settleAt);
  if (d.fired && row.signature) run.fired.set(row.signature, [...(run.fired.get(row.signature) ?? []), { organizationId: row.organizationId, alertId: row.id, firedAt: toIso(run.now) }]);
}

/** After a batch's decisions: rows back, settle deadlines armed, suspected incidents proposed. */
export async function finishRun(run: FoldRun, rows: AlertRecord[]): Promise<void> {
  const { db, dialect, incidents } = run.deps;
  await saveAlerts(db, dialect, rows);
  const nowIso = toIso(run.now);
  for (const [alertId, dueAt] of run.settles) await armDeadline(db, { id: `${SETTLE_KIND}:${alertId}`, kind: SETTLE_KIND, subjectId: alertId, dueAt, payload: {}, nowIso });
  if (run.settles.size > 0) await notifyEngines(db, dialect);
  for (const [signature, onsets] of run.fired) await proposeIncident({ db, rules: incidents }, { signature, onsets, now: run.now });
}

function newRow(entry: FoldEntry, nowIso: string): AlertRecord {
  const a = entry.alert;
  return {
    id: newId(), foldKey: entry.foldKey, sourceId: entry.sourceId, heartbeatId: entry.heartbeatId, organizationId: entry.organizationId, dedupeKey: a.dedupeKey,
    signature: a.signature, summary: a.summary, detail: a.detail, host: a.host, check: a.check, severity: a.severity, state: 'resolved', observedState: 'resolved',
    flapping: false, changes: [], count: 0, folded: 0, firstSeenAt: nowIso, lastSeenAt: nowIso, lastFiredAt: null, lastChangeAt: null, eventAt: null, ticketId: null, createdAt: nowIso, updatedAt: nowIso,
  };
}

/** Folds `entries`, in order, in the transaction `deps.db`; one outcome per entry. */
export async function foldAlerts(deps: FoldDeps, entries: FoldEntry[]): Promise<FoldOutcome[]> {
  if (entries.length === 0) return [];
  const run = startRun(deps);
  const nowIso = toIso(run.now);
  const keys = [...new Set(entries.map((e) => e.foldKey))];
  const rows = new Map((await lockAlerts(deps.db, deps.dialect, keys)).map((r) => [r.foldKey, r]));
  const missing = keys.filter((k) => !rows.has(k));
  if (missing.length > 0) {
    const firsts = new Map<string, FoldEntry>();
    for (const e of entries) if (!firsts.has(e.foldKey)) firsts.set(e.foldKey, e);
    await insertNewAlerts(deps.db, missing.map((k) => newRow(firsts.get(k)!, nowIso)));
    for (const r of await lockAlerts(deps.db, deps.dialect, missing)) rows.set(r.foldKey, r);
  }
  for (const [id, state] of await alertTicketStates(deps.db, [...rows.values()].flatMap((r) => (r.ticketId ? [r.ticketId] : [])))) run.states.set(id, state);

  const outcomes: FoldOutcome[] = [];
  for (const entry of entries) {
    const row = rows.get(entry.foldKey)!;
    const a = entry.alert;
    Object.assign(row, { signature: a.signature, summary: a.summary, detail: a.detail, host: a.host, check: a.check, severity: a.severity, lastSeenAt: nowIso });
    const decision = decideFold(row.count === 0 ? null : foldState(row), a.status, ticketState(run, row), entry.rules, run.now);
    await applyDecision(run, row, decision, { priority: entry.priority, description: ticketDescription(entry.origin, entry.alert), tags: entry.tags });
    outcomes.push({ alertId: row.id, dedupeKey: a.dedupeKey, action: decision.action, state: row.state, flapping: row.flapping, ticketId: row.ticketId });
  }
  await finishRun(run, [...rows.values()]);
  return outcomes;
}
