/** Escalation policies and ladders: the pure rules (no I/O). */
import { AppError } from '../../platform/errors.js';
import type { CompiledCalendar } from '../calendars/index.js';
import type { Priority } from '../tickets/index.js';

export const ROLE_TARGETS = ['assignee', 'team_lead', 'service_manager', 'owner', 'account_manager'] as const;
export type RoleTarget = (typeof ROLE_TARGETS)[number];
export type Target = { type: 'user'; userId: string } | { type: 'role'; role: RoleTarget } | { type: 'schedule'; scheduleId: string };
export const TRIGGERS = ['created', 'sla.warning', 'sla.breached'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export interface Step {
  /** Minutes to wait before this step notifies. */
  delayMinutes: number;
  /** `wall`: real minutes; `business`: minutes the ticket's covering calendar is open. */
  delayKind: 'wall' | 'business';
  /** Counted from the moment the ladder (or its current round) started, or from the previous step. */
  from: 'trigger' | 'previous';
  targets: Target[];
  /** false: for information only; the ladder goes on regardless. */
  requiresAck: boolean;
}

export interface Repeat {
  /** Extra rounds after the first; null repeats until acknowledged or resolved. */
  times: number | null;
  /** The step (1-based) each repeated round starts from. */
  fromStep: number;
}

export interface Match {
  trigger: Trigger;
  priorities?: Priority[];
  businessCritical?: boolean;
  contractIds?: string[];
}

export interface PolicySnapshot {
  id: string;
  name: string;
  version: number;
  match: Match;
  steps: Step[];
  repeat: Repeat;
}

/** Refuses policies that could never work or would spin: no steps, a zero-delay loop, no targets. */
export function validatePolicy(steps: Step[], repeat: Repeat): void {
  if (steps.length === 0) throw new AppError('policy_without_steps', 'An escalation policy needs at least one step', { status: 422, field: '/steps' });
  for (const [i, s] of steps.entries()) {
    if (s.targets.length === 0) throw new AppError('step_without_targets', `Step ${i + 1} notifies nobody`, { status: 422, field: `/steps/${i}/targets` });
  }
  if (repeat.fromStep < 1 || repeat.fromStep > steps.length) {
    throw new AppError('invalid_repeat', `Repeats must start from a step between 1 and ${steps.length}`, { status: 422, field: '/repeat/fromStep' });
  }
  const loop = steps.slice(repeat.fromStep - 1);
  if ((repeat.times === null || repeat.times > 0) && loop.every((s) => s.delayMinutes === 0)) {
    throw new AppError('loop_without_delay', 'A repeating ladder needs a delay in the steps it repeats, or it would page without pause', { status: 422, field: '/repeat' });
  }
}

export function matches(match: Match, trigger: Trigger, ticket: { priority: string; businessCritical: boolean; contractId: string | null }): boolean {
  if (match.trigger !== trigger) return false;
  if (match.priorities?.length && !match.priorities.includes(ticket.priority as Priority)) return false;
  if (match.businessCritical !== undefined && match.businessCritical !== ticket.businessCritical) return false;
  if (match.contractIds?.length && (!ticket.contractId || !match.contractIds.includes(ticket.contractId))) return false;
  return true;
}

/** Where the ladder goes after notifying step `step` (0-based) of round `round`; null when it is done. */
export function following(policy: PolicySnapshot, step: number, round: number): { step: number; round: number } | null {
  if (step + 1 < policy.steps.length) return { step: step + 1, round };
  const { times, fromStep } = policy.repeat;
  if (times === null || round < times + 1) return { step: fromStep - 1, round: round + 1 };
  return null;
}

/**
 * When a step falls due: its delay after the round's start (`from: trigger`) or after the previous
 * step, in wall minutes or in the covering calendar's open minutes. A calendar that never opens
 * again leaves the step without a due time.
 */
export function stepDueAt(step: Step, anchors: { roundStartedAt: number; previousAt: number }, calendar: CompiledCalendar | null): number | null {
  const base = step.from === 'trigger' ? anchors.roundStartedAt : anchors.previousAt;
  if (step.delayKind === 'wall' || !calendar) return base + step.delayMinutes * 60_000;
  return calendar.addBusinessMinutes(base, step.delayMinutes);
}
