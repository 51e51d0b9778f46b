/**
 * Ladders of tickets a vendor incident owns (issue 12, item 5): the incident pages on-call once for
 * all its clients, so each child ticket's own ladder is **held** — its armed step withdrawn, its
 * state `held`, so no step of it fires — until the incident lets the ticket go (the child is
 * detached, or kept open when the incident is resolved), when the ladder starts again from its
 * first step as on a new ticket.
 */
import { cancelDeadlines } from '../../platform/engine/deadlines.repository.js';
import { newId } from '../../platform/ids.js';
import { insertTicketEvent } from '../tickets/index.js';
import type { PolicySnapshot } from './escalation.js';
import { cancelQueued, heldLadderPolicies, queueNotification, ticketEscalations, updateEscalation, type Escalation } from './escalation.repository.js';
import { STEP_KIND, type LadderDeps } from './ladder-deps.js';
import { emitLadderChanges } from './ladder-events.js';
import { contactPlan, dedupePeople, resolveTarget } from './resolve-targets.js';
import { startLadders } from './run-ladder.js';

/** Holds the ticket's running ladders (active or acknowledged) for an incident; returns how many. */
export async function holdLadders(deps: LadderDeps, ticketId: string, reason: string, actorUserId: string | null): Promise<number> {
  const running = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state === 'active' || e.state === 'acknowledged');
  const held: Escalation[] = [];
  for (const e of running) {
    if (!(await updateEscalation(deps.db, { ...e, state: 'held', nextStepAt: null }, e.version))) continue;
    await cancelDeadlines(deps.db, e.id, [STEP_KIND], deps.clock.iso());
    await insertTicketEvent(deps.db, { ticketId, actorUserId, type: 'escalation.held', field: e.policy.name, before: e.state, after: { escalationId: e.id, reason }, internal: true, at: deps.clock.iso() });
    held.push(e);
  }
  await cancelQueued(deps.db, held.map((e) => e.id), reason);
  await emitLadderChanges(deps, ticketId, held.map((e) => ({ escalationId: e.id, change: 'held' as const, step: null, round: e.round })));
  return held.length;
}

/**
 * Lets the ticket's held ladders go: each held ladder ends, and the ticket climbs its policies
 * afresh from their first step (when it is still open and still matches them). Returns how many
 * ladders were held.
 */
export async function releaseLadders(deps: LadderDeps, ticketId: string, reason: string, actorUserId: string | null): Promise<number> {
  const held = (await ticketEscalations(deps.db, ticketId)).filter((e) => e.state === 'held');
  for (const e of held) {
    if (!(await updateEscalation(deps.db, { ...e, state: 'ended', endedAt: deps.clock.iso(), nextStepAt: null }, e.version))) continue;
    await insertTicketEvent(deps.db, { ticketId, actorUserId, type: 'escalation.released', field: e.policy.name, before: 'held', after: { escalationId: e.id, reason }, internal: true, at: deps.clock.iso() });
  }
  await emitLadderChanges(deps, ticketId, held.map((e) => ({ escalationId: e.id, change: 'released' as const, step: null, round: e.round })));
  if (held.length > 0) await startLadders(deps, ticketId, 'created', actorUserId);
  return held.length;
}

/** One page for an incident: its subject and body (naming every client), unique by `key`. */
export interface IncidentPage {
  /** The same key is queued once per person and contact method, whatever retries. */
  key: string;
  subject: string;
  body: string;
}

/**
 * Pages on-call once for the tickets an incident holds: the people the first step of each held
 * ladder's policy names now (each person once; targets only a ticket can name — its assignee, its
 * team's lead, its client's account manager — differ per client and are left out), on each of
 * their contact methods. Nobody is paged when none of the tickets climbed a ladder: none of them
 * would have paged either. Returns how many notifications were queued.
 */
export async function pageIncident(deps: LadderDeps, ticketIds: string[], page: IncidentPage): Promise<number> {
  const now = deps.clock.now();
  const policies: PolicySnapshot[] = await heldLadderPolicies(deps.db, ticketIds);
  const targets = policies.flatMap((p) => p.steps[0]?.targets ?? []);
  const resolved = await Promise.all(targets.map((t) => resolveTarget(deps, deps.db, t, null, now)));
  let queued = 0;
  for (const person of dedupePeople(resolved.flatMap((r) => r.people))) {
    for (const m of await contactPlan(deps.db, person)) {
      const ok = await queueNotification(deps.db, {
        id: newId(), dedupeKey: `${page.key}:${person.id}:${m.id}`, escalationId: '', ticketId: '', step: 0, round: 0, recipientUserId: person.id, method: m.method, address: m.address,
        subject: page.subject, body: page.body, requiresAck: false, sendAfter: now + m.delayMinutes * 60_000, createdAt: deps.clock.iso(),
      });
      if (ok) queued += 1;
    }
  }
  return queued;
}
