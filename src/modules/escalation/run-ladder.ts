/**
 * Starting, advancing and ending ladders. Each step is a deadline row; advancing a step, queueing
 * its notifications and arming the next step commit in one transaction.
 */
import { armDeadline, cancelDeadlines, notifyEngines } from '../../platform/engine/deadlines.repository.js';
import { newId } from '../../platform/ids.js';
import { insertTicketEvent, isOpenStatus, ticketFacts } from '../tickets/index.js';
import { matches, stepDueAt, type PolicySnapshot, type Trigger } from './escalation.js';
import {
  activeContractId,
  cancelQueued,
  insertEscalation,
  listPolicies,
  ticketEscalations,
  updateEscalation,
  type Escalation,
  type TicketFacts,
} from './escalation.repository.js';
import { STEP_KIND, type LadderDeps } from './ladder-deps.js';
import { emitLadderChanges } from './ladder-events.js';

export function deadlineId(e: Pick<Escalation, 'id' | 'round' | 'nextStep'>): string {
  return `${STEP_KIND}:${e.id}:${e.round}:${e.nextStep}`;
}

/** Arms the deadline of the ladder's next step (`e.nextStep` of `e.round`) at `dueAt`, and wakes the engines. */
export async function armStep(deps: LadderDeps, e: Escalation, dueAt: number, roundStartedAt: number): Promise<void> {
  await armDeadline(deps.db, { id: deadlineId(e), kind: STEP_KIND, subjectId: e.id, dueAt, payload: { round: e.round, step: e.nextStep, roundStartedAt }, nowIso: deps.clock.iso() });
  if (deps.dialect) await notifyEngines(deps.db, deps.dialect);
}

/** Arms the ladder's next step at its due time (and records it on the ladder). */
async function armNext(deps: LadderDeps, e: Escalation, ticket: Pick<TicketFacts, 'organizationId' | 'siteId' | 'priority'>, roundStartedAt: number, previousAt: number): Promise<Escalation> {
  const covering = await deps.coveringCalendar(deps.db, ticket);
  const due = stepDueAt(e.policy.steps[e.nextStep], { roundStartedAt, previousAt }, covering?.calendar ?? null);
  const next = { ...e, nextStepAt: due };
  if (due !== null) await armStep(deps, next, due, roundStartedAt);
  return next;
}

// Starting and syncing read the ticket through the tickets module alone (one query, as the create
// path was measured with); the client's name and account manager are read only when a step pages.

/** Starts a ladder for every active policy the ticket matches on this trigger and is not already climbing. */
export async function startLadders(deps: LadderDeps, ticketId: string, trigger: Trigger, actorUserId: string | null): Promise<Escalation[]> {
  const ticket = await ticketFacts(deps.db, ticketId);
  if (!ticket || !isOpenStatus(ticket.status)) return [];
  const contractId = await activeContractId(deps.db, ticket.organizationId);
  const running = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state !== 'ended');
  const started: Escalation[] = [];
  for (const policy of await listPolicies(deps.db, true)) {
    if (!matches(policy.match, trigger, { ...ticket, contractId })) continue;
    if (running.some((e) => e.policy.id === policy.id)) continue;
    const now = deps.clock.now();
    const snapshot: PolicySnapshot = { id: policy.id, name: policy.name, version: policy.version, match: policy.match, steps: policy.steps, repeat: policy.repeat };
    let e: Escalation = { id: newId(), ticketId, policy: snapshot, trigger, state: 'active', nextStep: 0, round: 1, startedAt: now, lastStepAt: null, nextStepAt: null, acknowledgedBy: null, acknowledgedAt: null, endedAt: null, version: 1 };
    e = await armNext(deps, e, ticket, now, now);
    await insertEscalation(deps.db, e);
    await insertTicketEvent(deps.db, {
      ticketId, actorUserId, type: 'escalation.started', field: policy.name, before: null, internal: true, at: deps.clock.iso(),
      after: { escalationId: e.id, policy: policy.name, policyVersion: policy.version, trigger, firstStepAt: e.nextStepAt === null ? null : new Date(e.nextStepAt).toISOString() },
    });
    started.push(e);
  }
  await emitLadderChanges(deps, ticketId, started.map((e) => ({ escalationId: e.id, change: 'started' as const, step: e.nextStep + 1, round: e.round })));
  return started;
}

/** Ends every unfinished ladder of the ticket (resolved or closed), withdrawing queued pages. */
export async function endLadders(deps: LadderDeps, ticketId: string, reason: string, actorUserId: string | null): Promise<number> {
  const open = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state !== 'ended');
  const ended: Escalation[] = [];
  for (const e of open) {
    const end: Escalation = { ...e, state: 'ended', endedAt: deps.clock.iso(), nextStepAt: null };
    if (!(await updateEscalation(deps.db, end, e.version))) continue;
    await cancelDeadlines(deps.db, e.id, [STEP_KIND], deps.clock.iso());
    await insertTicketEvent(deps.db, { ticketId, actorUserId, type: 'escalation.ended', field: e.policy.name, before: e.state, after: { escalationId: e.id, reason }, internal: true, at: deps.clock.iso() });
    ended.push(e);
  }
  await cancelQueued(deps.db, open.map((e) => e.id), reason);
  await emitLadderChanges(deps, ticketId, ended.map((e) => ({ escalationId: e.id, change: 'ended' as const, step: null, round: e.round })));
  return open.length;
}

/**
 * Keeps ladders in step with the ticket after any change: a resolved or closed ticket ends them; an
 * open ticket that matches a policy climbs it (so reopening a resolved ticket starts again).
 */
export async function syncLadders(deps: LadderDeps, ticketId: string): Promise<void> {
  const ticket = await ticketFacts(deps.db, ticketId);
  if (!ticket) return;
  if (!isOpenStatus(ticket.status)) await endLadders(deps, ticketId, `ticket ${ticket.status}`, null);
  else await startLadders(deps, ticketId, 'created', null);
}

/** A ticket about to be created, as ladders match it. */
export interface NewTicketLadderFacts {
  id: string;
  organizationId: string;
  priority: string;
  businessCritical: boolean;
  status: string;
}

/**
 * Whether a ticket being created will climb a ladder, decided before its row is written: one
 * statement for the active policies (and one for the client's contract, only when a policy names
 * contracts). A new ticket climbs no ladder yet, so there is nothing else to read. Returns what to
 * run once the ticket is written — `startLadders`, as `syncLadders` would — or undefined when no
 * policy matches, which is most tickets.
 */
export async function planNewTicketLadders(deps: LadderDeps, ticket: NewTicketLadderFacts): Promise<((db: LadderDeps['db']) => Promise<void>) | undefined> {
  if (!isOpenStatus(ticket.status)) return undefined;
  const policies = await listPolicies(deps.db, true);
  if (policies.length === 0) return undefined;
  const contractId = policies.some((p) => p.match.contractIds?.length) ? await activeContractId(deps.db, ticket.organizationId) : null;
  if (!policies.some((p) => matches(p.match, 'created', { ...ticket, contractId }))) return undefined;
  return async (db) => void (await startLadders({ ...deps, db }, ticket.id, 'created', null));
}
