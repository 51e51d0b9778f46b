/**
 * "Who would be paged now": each step of a policy (saved or still being built) resolved at this
 * instant by the engine's own target resolution, with each person's contact plan and, for a given
 * ticket, when each step would fall due in its covered time.
 */
import type { Db } from '../../platform/db/connect.js';
import { stepDueAt, type Step, type Target } from './escalation.js';
import type { TicketFacts } from './escalation.repository.js';
import type { LadderDeps } from './ladder-deps.js';
import { contactPlan, resolveTarget } from './resolve-targets.js';

/** One person a step would page, and how (methods and their delays, never the addresses). */
export interface PreviewPerson {
  id: string;
  name: string;
  methods: { method: string; delayMinutes: number }[];
  /** No contact methods: the page goes to the account's email address. */
  emailFallback: boolean;
}

/** One step of the preview. */
export interface PreviewStep {
  step: number;
  /** When the step would fall due for the ticket if its ladder started now; null without a ticket. */
  dueAt: string | null;
  targets: { target: Target; reason: string; needsTicket: boolean; people: PreviewPerson[] }[];
  /** Nobody at all would be paged by this step now (and it is not only waiting for a ticket). */
  nobody: boolean;
}

export interface PolicyPreview {
  at: string;
  ticket: { id: string; number: number } | null;
  /** With a ticket outside its covered hours: when pages would go out instead. */
  deferredUntil: string | null;
  steps: PreviewStep[];
}

type PreviewDeps = Pick<LadderDeps, 'clock' | 'onCall' | 'coveringCalendar'> & { db: Db };

export async function previewPolicy(deps: PreviewDeps, input: { steps: Step[]; ticket: TicketFacts | null }): Promise<PolicyPreview> {
  const { db } = deps;
  const now = deps.clock.now();
  const covering = input.ticket ? await deps.coveringCalendar(db, input.ticket) : null;
  const closed = covering && !covering.alwaysOpen && !covering.calendar.isOpenAt(now);
  const opens = closed ? covering.calendar.nextOpening(now) : null;
  const plans = new Map<string, Pick<PreviewPerson, 'methods' | 'emailFallback'>>();
  const steps: PreviewStep[] = [];
  let previousAt: number | null = now;
  for (const [i, step] of input.steps.entries()) {
    const due: number | null = input.ticket && previousAt !== null ? stepDueAt(step, { roundStartedAt: now, previousAt }, covering?.calendar ?? null) : null;
    previousAt = due;
    const targets = [];
    for (const target of step.targets) {
      const resolved = await resolveTarget(deps, db, target, input.ticket, now);
      const people: PreviewPerson[] = [];
      for (const p of resolved.people) {
        let plan = plans.get(p.id);
        if (!plan) {
          const methods = await contactPlan(db, p);
          plan = { methods: methods.map((m) => ({ method: m.method, delayMinutes: m.delayMinutes })), emailFallback: methods.length === 1 && methods[0].id === 'email' };
          plans.set(p.id, plan);
        }
        people.push({ id: p.id, name: p.name, ...plan });
      }
      targets.push({ target, reason: resolved.reason, needsTicket: resolved.needsTicket === true, people });
    }
    steps.push({ step: i + 1, dueAt: due === null ? null : new Date(due).toISOString(), targets, nobody: targets.every((t) => t.people.length === 0 && !t.needsTicket) });
  }
  return {
    at: new Date(now).toISOString(),
    ticket: input.ticket ? { id: input.ticket.id, number: input.ticket.number } : null,
    deferredUntil: opens === null ? null : new Date(opens).toISOString(),
    steps,
  };
}
