/**
 * The one-tap acknowledge page's facts: one page (notification), its ticket and client, its
 * ladder, and the people paged on that ladder so far. Read model: joins notifications (notify),
 * tickets (tickets), organizations (clients), users (auth), escalations (escalation) and
 * oncall_schedules (oncall).
 * It sits with the other read models in the reports module; the notify module's acknowledge page
 * (ack.routes.ts) is its only reader. It only reads.
 */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { PolicySnapshot } from '../escalation/index.js';

/** One person paged on the ladder, at one step. */
export interface PagedPerson {
  step: number;
  round: number;
  name: string;
}

/** Everything the acknowledge page shows. */
export interface AckFacts {
  notificationId: string;
  ticketId: string;
  ticketNumber: number;
  subject: string;
  priority: string;
  businessCritical: boolean;
  ticketStatus: string;
  client: string;
  /** The person this link was sent to; acknowledging is done in their name. */
  recipientUserId: string;
  recipientName: string;
  ladder: {
    policy: PolicySnapshot;
    state: string;
    /** 0-based index of the step that pages next (equal to the number of steps when none is left). */
    nextStep: number;
    round: number;
    startedAt: string;
    nextStepAt: string | null;
    acknowledgedBy: string | null;
    acknowledgedAt: string | null;
    endedAt: string | null;
  };
  paged: PagedPerson[];
  /** Names of the users and on-call schedules the ladder's steps name, by id. */
  names: Record<string, string>;
}

/** The facts of the page behind notification `id`, or undefined when there is no such page. */
export async function findAckFacts(db: Db, id: string): Promise<AckFacts | undefined> {
  const row = await db
    .selectFrom('notifications as n')
    .innerJoin('tickets as t', 't.id', 'n.ticket_id')
    .innerJoin('organizations as o', 'o.id', 't.organization_id')
    .innerJoin('users as r', 'r.id', 'n.recipient_user_id')
    .innerJoin('escalations as e', 'e.id', 'n.escalation_id')
    .leftJoin('users as a', 'a.id', 'e.acknowledged_by')
    .select([
      'n.id', 't.id as ticket_id', 'n.recipient_user_id', 'r.name as recipient_name', 't.number', 't.subject', 't.priority', 't.business_critical', 't.status',
      'o.name as client', 'e.id as escalation_id', 'e.policy_snapshot', 'e.state', 'e.next_step', 'e.round', 'e.started_at', 'e.next_step_at',
      'a.name as acknowledged_by', 'e.acknowledged_at', 'e.ended_at',
    ])
    .where('n.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const policy = readJson<PolicySnapshot>(row.policy_snapshot, { id: '', name: '', version: 0, match: { trigger: 'created' }, steps: [], repeat: { times: 0, fromStep: 1 } });
  const paged = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.recipient_user_id')
    .select(['n.step', 'n.round', 'u.name'])
    .where('n.escalation_id', '=', row.escalation_id)
    .groupBy(['n.step', 'n.round', 'u.name'])
    .orderBy('n.round')
    .orderBy('n.step')
    .orderBy('u.name')
    .execute();
  return {
    notificationId: row.id,
    ticketId: row.ticket_id,
    ticketNumber: row.number,
    subject: row.subject,
    priority: row.priority,
    businessCritical: readBool(row.business_critical),
    ticketStatus: row.status,
    client: row.client,
    recipientUserId: row.recipient_user_id,
    recipientName: row.recipient_name,
    ladder: {
      policy,
      state: row.state,
      nextStep: row.next_step,
      round: row.round,
      startedAt: row.started_at,
      nextStepAt: row.next_step_at,
      acknowledgedBy: row.acknowledged_by ?? null,
      acknowledgedAt: row.acknowledged_at,
      endedAt: row.ended_at,
    },
    paged: paged.map((p) => ({ step: p.step, round: p.round, name: p.name })),
    names: await targetNames(db, policy),
  };
}

/** The display names of the users and schedules a policy's steps target. */
async function targetNames(db: Db, policy: PolicySnapshot): Promise<Record<string, string>> {
  const targets = policy.steps.flatMap((s) => s.targets);
  const userIds = targets.flatMap((t) => (t.type === 'user' ? [t.userId] : []));
  const scheduleIds = targets.flatMap((t) => (t.type === 'schedule' ? [t.scheduleId] : []));
  const names: Record<string, string> = {};
  if (userIds.length) for (const u of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()) names[u.id] = u.name;
  if (scheduleIds.length) for (const s of await db.selectFrom('oncall_schedules').select(['id', 'name']).where('id', 'in', scheduleIds).execute()) names[s.id] = s.name;
  return names;
}
