/**
 * The escalation step's decision, pure: given everything the step loaded (the ladder, its ticket,
 * the covering calendar, who the step's targets are and how each person is reached), what to do at
 * `now` — drop a stale deadline, end the ladder of a closed ticket, defer to the covered hours, or
 * page whom with what text and where the ladder goes next. `escalation.step.ts` loads and applies.
 */
import type { CompiledCalendar } from '../calendars/index.js';
import { formatTicketNumber, isOpenStatus } from '../tickets/index.js';
import { following, stepDueAt, type PolicySnapshot } from './escalation.js';
import type { Escalation, TicketFacts } from './escalation.repository.js';
import { dedupePeople, type ResolvedTarget } from './resolve-targets.js';

/** Which step of which round a deadline was armed for, and when that round started (epoch ms). */
export interface StepPayload {
  step: number;
  round: number;
  roundStartedAt: number;
}

/** One way a person is reached: a contact method, or their account's email when they have none. */
export interface ContactPlanEntry {
  id: string;
  method: string;
  address: string;
  delayMinutes: number;
}

/** The ticket's covering calendar now, as ladders read it; null when no contract covers the ticket. */
export interface Covering {
  calendar: CompiledCalendar;
  /** Open round the clock (this priority is covered 24x7): pages never wait. */
  alwaysOpen: boolean;
}

/**
 * What the step loaded. The load stops reading once the answer is clear: a stale deadline leaves
 * `ticket` undefined, a closed ticket leaves `targets` undefined.
 */
export interface StepState {
  payload: StepPayload;
  ladder: Escalation | undefined;
  ticket?: TicketFacts;
  covering?: Covering | null;
  targets?: ResolvedTarget[];
  /** How each person named by `targets` is reached, by user id. */
  contacts?: Record<string, ContactPlanEntry[]>;
  /** Prefix of human ticket numbers (config ticketPrefix). */
  ticketPrefix: string;
}

/** A page to queue: the notification outbox row without its id. */
export interface PagePlan {
  dedupeKey: string;
  recipientUserId: string;
  method: string;
  address: string;
  subject: string;
  body: string;
  requiresAck: boolean;
  /** When it may go out (epoch ms): now plus the contact method's own delay. */
  sendAfter: number;
}

/** The `escalation.step` ticket event's `after`, less the count of pages actually queued. */
export interface StepRecord {
  escalationId: string;
  policy: string;
  policyVersion: number;
  step: number;
  round: number;
  requiresAck: boolean;
  delay: string;
  paged: { target: ResolvedTarget['target']; reason: string; people: { id: string; name: string }[] }[];
}

export type StepDecision =
  | { action: 'drop'; reason: string }
  | { action: 'end'; reason: string }
  | {
      action: 'defer';
      until: number;
      /** The step (1-based) and round that wait, for the ticket's record. */
      step: number;
      round: number;
      reason: string;
      /** The round's start moved on by the wait, so the later steps keep their spacing after it. */
      roundStartedAt: number;
    }
  | {
      action: 'page';
      pages: PagePlan[];
      record: StepRecord;
      /** The ladder after this step: moved to the next step (or round), or left at the end. */
      ladder: Escalation;
      /** The next step's deadline; null when there is none (exhausted, or a calendar that never opens). */
      arm: { dueAt: number; roundStartedAt: number } | null;
      /** This was the last step and no round follows: the ladder waits for an acknowledgement. */
      exhausted: boolean;
    };

/** Pure: a step deadline still applies only to an active ladder at that very step and round. */
export function decideStep(e: Escalation | undefined, payload: { round: number; step: number }): { action: 'notify' } | { action: 'drop'; reason: string } {
  if (!e) return { action: 'drop', reason: 'ladder_gone' };
  if (e.state !== 'active') return { action: 'drop', reason: `ladder_${e.state}` };
  if (e.round !== payload.round || e.nextStep !== payload.step) return { action: 'drop', reason: 'superseded' };
  if (payload.step < 0 || payload.step >= e.policy.steps.length) return { action: 'drop', reason: 'no_such_step' };
  return { action: 'notify' };
}

/** The page's subject: `[HD-1042] P1 business-critical: Core switch down — Acme`. */
export function pageSubject(prefix: string, ticket: Pick<TicketFacts, 'number' | 'priority' | 'businessCritical' | 'subject' | 'organizationName'>): string {
  return `[${formatTicketNumber(prefix, ticket.number)}] ${ticket.priority}${ticket.businessCritical ? ' business-critical' : ''}: ${ticket.subject} — ${ticket.organizationName}`;
}

/** The page's body: which policy, step and round, and whether it waits for an acknowledgement. */
export function pageBody(policy: Pick<PolicySnapshot, 'name'>, step: number, round: number, requiresAck: boolean): string {
  return `Escalation "${policy.name}", step ${step + 1}${round > 1 ? `, round ${round}` : ''}: ${requiresAck ? 'not acknowledged yet' : 'for your information'}.`;
}

/** Pure: what the escalation step does at `now` with what it loaded. */
export function decide(state: StepState, now: number): StepDecision {
  const { payload, ladder } = state;
  const still = decideStep(ladder, payload);
  if (still.action === 'drop') return still;
  const e = ladder!;
  const ticket = state.ticket;
  if (!ticket || !isOpenStatus(ticket.status)) return { action: 'end', reason: 'ticket no longer open' };
  const covering = state.covering ?? null;
  // Outside the client's covered hours the page waits for the window to open, unless this
  // priority is covered round the clock; a calendar that never opens again does not hold it back.
  if (covering && !covering.alwaysOpen && !covering.calendar.isOpenAt(now)) {
    const opens = covering.calendar.nextOpening(now);
    // The round's later steps count from its start: without moving it by the wait, every
    // wall-clock step due over the night would page at once when the window opens.
    if (opens !== null) return { action: 'defer', until: opens, step: payload.step + 1, round: payload.round, reason: 'outside the client’s covered hours', roundStartedAt: payload.roundStartedAt + (opens - now) };
  }
  const step = e.policy.steps[payload.step];
  const targets = state.targets ?? [];
  const subject = pageSubject(state.ticketPrefix, ticket);
  const body = pageBody(e.policy, payload.step, payload.round, step.requiresAck);
  const pages: PagePlan[] = [];
  for (const p of dedupePeople(targets.flatMap((r) => r.people))) {
    for (const m of state.contacts?.[p.id] ?? []) {
      pages.push({
        dedupeKey: `${e.id}:${payload.round}:${payload.step}:${p.id}:${m.id}`,
        recipientUserId: p.id,
        method: m.method,
        address: m.address,
        subject,
        body,
        requiresAck: step.requiresAck,
        sendAfter: now + m.delayMinutes * 60_000,
      });
    }
  }
  const record: StepRecord = {
    escalationId: e.id, policy: e.policy.name, policyVersion: e.policy.version, step: payload.step + 1, round: payload.round, requiresAck: step.requiresAck,
    delay: `${step.delayMinutes} ${step.delayKind === 'business' ? 'covered' : 'wall-clock'} minutes after the ${step.from === 'trigger' ? 'ladder started' : 'previous step'}`,
    paged: targets.map((r) => ({ target: r.target, reason: r.reason, people: r.people.map((x) => ({ id: x.id, name: x.name })) })),
  };
  return { action: 'page', pages, record, ...next(e, payload, covering, now) };
}

/** Where the ladder goes after paging `payload.step`: the next step's due time, or the end. */
function next(e: Escalation, payload: StepPayload, covering: Covering | null, now: number): { ladder: Escalation; arm: { dueAt: number; roundStartedAt: number } | null; exhausted: boolean } {
  const to = following(e.policy, payload.step, payload.round);
  // Out of steps, the ladder stays active until acknowledged or resolved: its pages are still
  // wanted, and acknowledging still withdraws the ones waiting on a personal delay.
  if (!to) return { ladder: { ...e, nextStep: e.policy.steps.length, lastStepAt: now, nextStepAt: null }, arm: null, exhausted: true };
  const roundStartedAt = to.round === payload.round ? payload.roundStartedAt : now;
  const dueAt = stepDueAt(e.policy.steps[to.step], { roundStartedAt, previousAt: now }, covering?.calendar ?? null);
  return { ladder: { ...e, nextStep: to.step, round: to.round, lastStepAt: now, nextStepAt: dueAt }, arm: dueAt === null ? null : { dueAt, roundStartedAt }, exhausted: false };
}
