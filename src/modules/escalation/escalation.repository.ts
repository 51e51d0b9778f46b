/**
 * All SQL of escalation policies, running ladders and contact methods. The pages themselves are the
 * notify module's outbox, and tickets, clients, contracts and people are read through their
 * modules' exported functions.
 */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import { enabledPerson, enabledStaffMember, staffWithRole, teamOfUser, type Person } from '../auth/index.js';
import { organizationFacts } from '../clients/index.js';
import { queuePage, ticketPages, withdrawPages, type QueuedPage } from '../notify/index.js';
import { activeContract } from '../sla/index.js';
import { teamLead as leadOfTeam } from '../staff/index.js';
import { ticketFacts as ticketRecordFacts } from '../tickets/index.js';
import type { Match, PolicySnapshot, Repeat, Step } from './escalation.js';

export interface PolicyRecord extends PolicySnapshot { active: boolean; createdAt: string; updatedAt: string }

type PolicyRow = { id: string; name: string; match: unknown; steps: unknown; repeat: unknown; active: unknown; version: number; created_at: string; updated_at: string };
const toPolicy = (r: PolicyRow): PolicyRecord => ({
  id: r.id,
  name: r.name,
  match: readJson<Match>(r.match, { trigger: 'created' }),
  steps: readJson<Step[]>(r.steps, []),
  repeat: readJson<Repeat>(r.repeat, { times: 0, fromStep: 1 }),
  active: readBool(r.active),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function listPolicies(db: Db, onlyActive = false): Promise<PolicyRecord[]> {
  let q = db.selectFrom('escalation_policies').selectAll().orderBy('name');
  if (onlyActive) q = q.where('active', '=', true);
  return (await q.execute()).map(toPolicy);
}

export async function findPolicy(db: Db, id: string): Promise<PolicyRecord | undefined> {
  const r = await db.selectFrom('escalation_policies').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toPolicy(r) : undefined;
}

export async function savePolicy(db: Db, p: PolicyRecord, insert: boolean): Promise<void> {
  const values = { name: p.name, match: JSON.stringify(p.match), steps: JSON.stringify(p.steps), repeat: JSON.stringify(p.repeat), active: p.active, version: p.version, updated_at: p.updatedAt };
  if (insert) await db.insertInto('escalation_policies').values({ id: p.id, ...values, created_at: p.createdAt }).execute();
  else await db.updateTable('escalation_policies').set(values).where('id', '=', p.id).execute();
}

/** Deletes a policy; ladders already climbing it keep their snapshot. False when there is no such policy. */
export async function deletePolicy(db: Db, id: string): Promise<boolean> {
  return Number((await db.deleteFrom('escalation_policies').where('id', '=', id).executeTakeFirst()).numDeletedRows) === 1;
}

/** How many ladders are climbing each policy now (state active), by policy id. */
export async function runningLadderCounts(db: Db, policyIds: string[]): Promise<Map<string, number>> {
  if (policyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('escalations')
    .select(['policy_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('policy_id', 'in', policyIds)
    .where('state', '=', 'active')
    .groupBy('policy_id')
    .execute();
  return new Map(rows.map((r) => [r.policy_id, Number(r.n)]));
}

export interface Escalation {
  id: string;
  ticketId: string;
  policy: PolicySnapshot;
  trigger: string;
  /** `held` while a vendor incident owns the ticket: its steps do not fire (incident-ladders.ts). */
  state: 'active' | 'acknowledged' | 'held' | 'ended';
  nextStep: number;
  round: number;
  startedAt: number;
  lastStepAt: number | null;
  nextStepAt: number | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  endedAt: string | null;
  version: number;
}

type EscalationRow = {
  id: string; ticket_id: string; policy_id: string; policy_snapshot: unknown; trigger: string; state: string; next_step: number; round: number;
  started_at: string; last_step_at: string | null; next_step_at: string | null; acknowledged_by: string | null; acknowledged_at: string | null; ended_at: string | null; version: number;
};
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const iso = (v: number | null) => (v === null ? null : new Date(v).toISOString());
const toEscalation = (r: EscalationRow): Escalation => ({
  id: r.id,
  ticketId: r.ticket_id,
  policy: readJson<PolicySnapshot>(r.policy_snapshot, {} as PolicySnapshot),
  trigger: r.trigger,
  state: r.state as Escalation['state'],
  nextStep: r.next_step,
  round: r.round,
  startedAt: Date.parse(r.started_at),
  lastStepAt: ms(r.last_step_at),
  nextStepAt: ms(r.next_step_at),
  acknowledgedBy: r.acknowledged_by,
  acknowledgedAt: r.acknowledged_at,
  endedAt: r.ended_at,
  version: r.version,
});

export async function ticketEscalations(db: Db, ticketId: string): Promise<Escalation[]> {
  return (await db.selectFrom('escalations').selectAll().where('ticket_id', '=', ticketId).orderBy('started_at').execute()).map(toEscalation);
}

export async function findEscalation(db: Db, id: string): Promise<Escalation | undefined> {
  const r = await db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toEscalation(r) : undefined;
}

export async function insertEscalation(db: Db, e: Escalation): Promise<void> {
  await db
    .insertInto('escalations')
    .values({
      id: e.id, ticket_id: e.ticketId, policy_id: e.policy.id, policy_snapshot: JSON.stringify(e.policy), trigger: e.trigger, state: e.state, next_step: e.nextStep, round: e.round,
      started_at: iso(e.startedAt)!, last_step_at: iso(e.lastStepAt), next_step_at: iso(e.nextStepAt), acknowledged_by: e.acknowledgedBy, acknowledged_at: e.acknowledgedAt, ended_at: e.endedAt, version: e.version,
    })
    .execute();
}

/** Saves a ladder's progress if nobody moved it since it was read; false on a lost race. */
export async function updateEscalation(db: Db, e: Escalation, expectedVersion: number): Promise<boolean> {
  const r = await db
    .updateTable('escalations')
    .set({ state: e.state, next_step: e.nextStep, round: e.round, last_step_at: iso(e.lastStepAt), next_step_at: iso(e.nextStepAt), acknowledged_by: e.acknowledgedBy, acknowledged_at: e.acknowledgedAt, ended_at: e.endedAt, version: expectedVersion + 1 })
    .where('id', '=', e.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A ladder's ticket and state (active, acknowledged or ended), for the pages the notify module delivers; undefined when there is no such ladder. */
export async function ladderFacts(db: Db, id: string): Promise<{ ticketId: string; state: string } | undefined> {
  const r = await db.selectFrom('escalations').select(['ticket_id', 'state']).where('id', '=', id).executeTakeFirst();
  return r && { ticketId: r.ticket_id, state: r.state };
}

// What a ladder needs of other modules' records comes through their exported functions; those
// reads run inside the caller's transaction (`db` may be one) like the ladder's own.

/** A ticket as ladders match, page and word it: the tickets module's facts and the client's name and account manager. */
export interface TicketFacts { id: string; number: number; subject: string; organizationId: string; organizationName: string; accountManagerId: string | null; siteId: string | null; priority: string; businessCritical: boolean; status: string; assigneeId: string | null; teamId: string | null }

export async function ticketFacts(db: Db, ticketId: string): Promise<TicketFacts | undefined> {
  const t = await ticketRecordFacts(db, ticketId);
  const client = t && (await organizationFacts(db, t.organizationId));
  if (!t || !client) return undefined;
  return {
    id: t.id, number: t.number, subject: t.subject, organizationId: t.organizationId, organizationName: client.name, accountManagerId: client.accountManagerId,
    siteId: t.siteId, priority: t.priority, businessCritical: t.businessCritical, status: t.status, assigneeId: t.assigneeId, teamId: t.teamId,
  };
}

/** The client's active contract (the newest), which policies may match on. */
export async function activeContractId(db: Db, organizationId: string): Promise<string | null> {
  return (await activeContract(db, organizationId))?.id ?? null;
}

export type { Person };

// Functions, not aliases: a module cycle (notify reads ladders, ladders queue pages) may leave an
// imported binding unset while this file loads, never while it runs.

/** Enabled staff with this role, by name. */
export async function usersWithRole(db: Db, role: string): Promise<Person[]> {
  return staffWithRole(db, role);
}

export async function person(db: Db, id: string | null): Promise<Person | undefined> {
  return id ? enabledPerson(db, id) : undefined;
}

/** An enabled staff member by id (escalation targets name staff only). */
export async function staffMember(db: Db, id: string): Promise<Person | undefined> {
  return enabledStaffMember(db, id);
}

export async function teamLead(db: Db, teamId: string | null): Promise<string | null> {
  return teamId ? leadOfTeam(db, teamId) : null;
}

export async function userTeam(db: Db, userId: string | null): Promise<string | null> {
  return userId ? teamOfUser(db, userId) : null;
}

export interface ContactMethodRecord { id: string; userId: string; method: string; address: string; delayMinutes: number; disabled: boolean; createdAt: string }

export async function contactMethods(db: Db, userId: string): Promise<ContactMethodRecord[]> {
  const rows = await db.selectFrom('contact_methods').selectAll().where('user_id', '=', userId).orderBy('delay_minutes').orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, method: r.method, address: r.address, delayMinutes: r.delay_minutes, disabled: readBool(r.disabled), createdAt: r.created_at }));
}

export async function insertContactMethod(db: Db, m: ContactMethodRecord): Promise<void> {
  await db.insertInto('contact_methods').values({ id: m.id, user_id: m.userId, method: m.method, address: m.address, delay_minutes: m.delayMinutes, disabled: m.disabled, created_at: m.createdAt }).execute();
}

export async function findContactMethod(db: Db, userId: string, id: string): Promise<ContactMethodRecord | undefined> {
  return (await contactMethods(db, userId)).find((m) => m.id === id);
}

/** Changes a method's delay or turns it off; false when the person has no such method. */
export async function updateContactMethod(db: Db, userId: string, id: string, change: { delayMinutes?: number; disabled?: boolean }): Promise<boolean> {
  const r = await db
    .updateTable('contact_methods')
    .set({ ...(change.delayMinutes !== undefined ? { delay_minutes: change.delayMinutes } : {}), ...(change.disabled !== undefined ? { disabled: change.disabled } : {}) })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteContactMethod(db: Db, userId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('contact_methods').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** A ladder's page, queued in the ladder's transaction through the notify module's outbox. */
export type QueuedNotification = QueuedPage;

/** Queues a notification unless its (escalation, step, round, recipient, method) key was queued before. */
export async function queueNotification(db: Db, n: QueuedNotification): Promise<boolean> {
  return queuePage(db, n);
}

/** Withdraws queued pages of ladders that were acknowledged or ended (informational ones stay). */
export async function cancelQueued(db: Db, escalationIds: string[], reason: string): Promise<number> {
  return withdrawPages(db, escalationIds, reason);
}

/** Every page about a ticket. */
export async function ticketNotifications(db: Db, ticketId: string) {
  return ticketPages(db, ticketId);
}

/** The policies of the ladders held on some tickets (each policy once): who an incident owning them pages. */
export async function heldLadderPolicies(db: Db, ticketIds: string[]): Promise<PolicySnapshot[]> {
  if (ticketIds.length === 0) return [];
  const rows = await db.selectFrom('escalations').select(['policy_id', 'policy_snapshot']).where('ticket_id', 'in', ticketIds).where('state', '=', 'held').orderBy('started_at').execute();
  const byPolicy = new Map<string, PolicySnapshot>();
  for (const r of rows) if (!byPolicy.has(r.policy_id)) byPolicy.set(r.policy_id, readJson<PolicySnapshot>(r.policy_snapshot, {} as PolicySnapshot));
  return [...byPolicy.values()];
}
