/**
 * All SQL of calendars, SLA policies, contracts and ticket clocks. What the clocks need of a ticket
 * (its facts, its history, where its nearest due time is kept) comes through the tickets module.
 */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import { sql, type ExpressionBuilder } from 'kysely';
import type { ContractTable, SlaPolicyTable } from './sla.tables.js';
import type { Database as Tables } from '../../platform/db/tables.js';
import type { CalendarSpec } from '../calendars/index.js';
import { staffIdsAmong } from '../auth/index.js';
import { clockEvents, setSlaDueAt, ticketFacts as ticketRecordFacts, unfinishedTicketIds, type Priority } from '../tickets/index.js';
import type { Clock, ClockPolicy, SlaEvent } from './clock.js';

export interface CalendarRecord { id: string; name: string; timeZone: string; spec: CalendarSpec; version: number; createdAt: string; updatedAt: string }
export interface PolicyRecord extends ClockPolicy { id: string; name: string; warningBeforeMinutes: number | null; createdAt: string; updatedAt: string }
export interface CoverageRule { calendarId: string; priorities?: Priority[]; siteIds?: string[] }
export interface ContractRecord {
  id: string;
  organizationId: string;
  name: string;
  kind: string;
  slaPolicyId: string;
  coverage: CoverageRule[];
  active: boolean;
  /** The contract covers tickets opened at or after this instant... */
  startsAt: string;
  /** ...and before this one (null: no end). */
  endsAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Whether a ticket opened at `openedAt` falls in the contract's term. */
export function contractCovers(contract: Pick<ContractRecord, 'startsAt' | 'endsAt'>, openedAt: string): boolean {
  const at = Date.parse(openedAt);
  return at >= Date.parse(contract.startsAt) && (contract.endsAt === null || at < Date.parse(contract.endsAt));
}

/** A page of calendars by name (after the cursor's name and id). */
export async function listCalendars(db: Db, page: { limit: number; after?: [string, string] }): Promise<CalendarRecord[]> {
  let q = db.selectFrom('calendars').selectAll();
  if (page.after) q = q.where(afterName(page.after));
  return (await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute()).map(toCalendar);
}

/** Rows after a cursor of a list ordered by name, then id. */
function afterName([name, id]: [string, string]) {
  return (eb: ExpressionBuilder<Tables, 'calendars' | 'sla_policies'>) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]);
}

export async function findCalendar(db: Db, id: string): Promise<CalendarRecord | undefined> {
  const row = await db.selectFrom('calendars').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCalendar(row) : undefined;
}

function toCalendar(r: { id: string; name: string; time_zone: string; spec: unknown; version: number; created_at: string; updated_at: string }): CalendarRecord {
  return { id: r.id, name: r.name, timeZone: r.time_zone, spec: readJson<CalendarSpec>(r.spec, { timeZone: r.time_zone, windows: [] }), version: r.version, createdAt: r.created_at, updatedAt: r.updated_at };
}

export async function insertCalendar(db: Db, c: CalendarRecord): Promise<void> {
  await db.insertInto('calendars').values({ id: c.id, name: c.name, time_zone: c.timeZone, spec: JSON.stringify(c.spec), version: c.version, created_at: c.createdAt, updated_at: c.updatedAt }).execute();
}

export async function updateCalendar(db: Db, c: CalendarRecord): Promise<void> {
  await db.updateTable('calendars').set({ name: c.name, time_zone: c.timeZone, spec: JSON.stringify(c.spec), version: c.version, updated_at: c.updatedAt }).where('id', '=', c.id).execute();
}

/** A page of SLA policies by name (after the cursor's name and id). */
export async function listPolicies(db: Db, page: { limit: number; after?: [string, string] }): Promise<PolicyRecord[]> {
  let q = db.selectFrom('sla_policies').selectAll();
  if (page.after) q = q.where(afterName(page.after));
  return (await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute()).map(toPolicy);
}

export async function findPolicy(db: Db, id: string): Promise<PolicyRecord | undefined> {
  const row = await db.selectFrom('sla_policies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPolicy(row) : undefined;
}

function toPolicy(r: SlaPolicyTable): PolicyRecord {
  return {
    id: r.id,
    name: r.name,
    targets: readJson(r.targets, {} as ClockPolicy['targets']),
    warningPercent: r.warning_percent,
    warningBeforeMinutes: r.warning_before_minutes ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertPolicy(db: Db, p: PolicyRecord): Promise<void> {
  await db
    .insertInto('sla_policies')
    .values({ id: p.id, name: p.name, targets: JSON.stringify(p.targets), warning_percent: p.warningPercent, warning_before_minutes: p.warningBeforeMinutes ?? null, created_at: p.createdAt, updated_at: p.updatedAt })
    .execute();
}

export async function updatePolicy(db: Db, p: PolicyRecord): Promise<void> {
  await db
    .updateTable('sla_policies')
    .set({ name: p.name, targets: JSON.stringify(p.targets), warning_percent: p.warningPercent, warning_before_minutes: p.warningBeforeMinutes ?? null, updated_at: p.updatedAt })
    .where('id', '=', p.id)
    .execute();
}

/** A page of contracts, oldest first (after the cursor's created-at and id). */
export async function listContracts(db: Db, filter: { organizationId?: string; limit: number; after?: [string, string] }): Promise<ContractRecord[]> {
  let q = db.selectFrom('contracts').selectAll();
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.after) {
    const [createdAt, id] = filter.after;
    q = q.where((eb) => eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]));
  }
  return (await q.orderBy('created_at').orderBy('id').limit(filter.limit + 1).execute()).map(toContract);
}

export async function findContract(db: Db, id: string): Promise<ContractRecord | undefined> {
  const row = await db.selectFrom('contracts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toContract(row) : undefined;
}

/** The organisation's active contract (the newest, should there be several). */
export async function activeContract(db: Db, organizationId: string): Promise<ContractRecord | undefined> {
  const row = await db
    .selectFrom('contracts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('active', '=', true)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? toContract(row) : undefined;
}

/**
 * The organisation's active contract (the newest) with its SLA policy and the current version of
 * each calendar its coverage names, in one statement; undefined without a contract. A create reads
 * this on every ticket, and the calendar versions were a round trip of their own. Calendars are
 * matched in the coverage's JSON text by their quoted id (ids are UUIDs: no LIKE wildcards), which
 * reads the same on both dialects.
 */
export async function activeCoverageRecords(db: Db, organizationId: string): Promise<{ contract: ContractRecord; policy: PolicyRecord; calendarVersions: Map<string, number> } | undefined> {
  const rows = await db
    .selectFrom('contracts')
    .innerJoin('sla_policies', 'sla_policies.id', 'contracts.sla_policy_id')
    .leftJoin('calendars', (join) => join.on(sql`CAST(contracts.coverage AS text)`, 'like', sql`'%"' || calendars.id || '"%'`))
    .selectAll('contracts')
    .select([
      'sla_policies.name as policy_name',
      'sla_policies.targets as policy_targets',
      'sla_policies.warning_percent as policy_warning_percent',
      'sla_policies.warning_before_minutes as policy_warning_before_minutes',
      'sla_policies.created_at as policy_created_at',
      'sla_policies.updated_at as policy_updated_at',
      'calendars.id as calendar_id',
      'calendars.version as calendar_version',
    ])
    .where('contracts.id', '=', (eb) =>
      eb.selectFrom('contracts').select('id').where('organization_id', '=', organizationId).where('active', '=', true).orderBy('created_at', 'desc').limit(1),
    )
    .execute();
  const row = rows[0];
  if (!row) return undefined;
  const policy = toPolicy({ id: row.sla_policy_id, name: row.policy_name, targets: row.policy_targets, warning_percent: row.policy_warning_percent, warning_before_minutes: row.policy_warning_before_minutes, created_at: row.policy_created_at, updated_at: row.policy_updated_at });
  const versions = new Map<string, number>();
  for (const r of rows) if (r.calendar_id !== null) versions.set(r.calendar_id, Number(r.calendar_version));
  return { contract: toContract(row), policy, calendarVersions: versions };
}

/** The current version of each calendar named (missing ones are left out). */
export async function calendarVersions(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('calendars').select(['id', 'version']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, Number(r.version)]));
}

function toContract(r: ContractTable): ContractRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    kind: r.kind,
    slaPolicyId: r.sla_policy_id,
    coverage: readJson<CoverageRule[]>(r.coverage, []),
    active: readBool(r.active),
    startsAt: r.starts_at ?? r.created_at,
    endsAt: r.ends_at ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertContract(db: Db, c: ContractRecord): Promise<void> {
  await db
    .insertInto('contracts')
    .values({ id: c.id, organization_id: c.organizationId, name: c.name, kind: c.kind, sla_policy_id: c.slaPolicyId, coverage: JSON.stringify(c.coverage), active: c.active, starts_at: c.startsAt, ends_at: c.endsAt, created_at: c.createdAt, updated_at: c.updatedAt })
    .execute();
}

export async function updateContract(db: Db, c: ContractRecord): Promise<void> {
  await db
    .updateTable('contracts')
    .set({ name: c.name, kind: c.kind, sla_policy_id: c.slaPolicyId, coverage: JSON.stringify(c.coverage), active: c.active, starts_at: c.startsAt, ends_at: c.endsAt, updated_at: c.updatedAt })
    .where('id', '=', c.id)
    .execute();
}

/** Ids of the open tickets of organisations whose clocks depend on a contract, policy or calendar. */
export async function openTicketIds(db: Db, organizationIds: string[]): Promise<string[]> {
  return unfinishedTicketIds(db, organizationIds);
}

export async function organizationsUsing(db: Db, ref: { policyId?: string; calendarId?: string }): Promise<string[]> {
  const contracts = await db.selectFrom('contracts').select(['organization_id', 'sla_policy_id', 'coverage']).where('active', '=', true).execute();
  return [...new Set(contracts.filter((c) => (ref.policyId ? c.sla_policy_id === ref.policyId : readJson<CoverageRule[]>(c.coverage, []).some((r) => r.calendarId === ref.calendarId))).map((c) => c.organization_id))];
}

/** Ids of the calendars that active contracts' coverage names. */
export async function coveringCalendarIds(db: Db): Promise<string[]> {
  const contracts = await db.selectFrom('contracts').select('coverage').where('active', '=', true).execute();
  return [...new Set(contracts.flatMap((c) => readJson<CoverageRule[]>(c.coverage, []).map((r) => r.calendarId)))];
}

export interface TicketFacts { id: string; organizationId: string; siteId: string | null; createdAt: string }

export async function ticketFacts(db: Db, ticketId: string): Promise<TicketFacts | undefined> {
  const t = await ticketRecordFacts(db, ticketId);
  return t ? { id: t.id, organizationId: t.organizationId, siteId: t.siteId, createdAt: t.createdAt } : undefined;
}

/** The ticket's history as the SLA clocks see it: creation, status and priority changes, replies. */
export async function slaEvents(db: Db, ticketId: string): Promise<SlaEvent[]> {
  const rows = await clockEvents(db, ticketId);
  // Whether the MSP or the client acted decides the first response: the actors' kinds, in one query.
  const staff = await staffIdsAmong(db, rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])));
  const events: SlaEvent[] = [];
  for (const r of rows) {
    const at = Date.parse(r.at);
    const after = r.after as Record<string, unknown> | string | null;
    const byStaff = r.actorUserId !== null && staff.has(r.actorUserId);
    if (r.type === 'ticket.created' && after && typeof after === 'object') {
      events.push({ at, kind: 'created', priority: after.priority as Priority, status: String(after.status), respondedAtCreation: after.channel === 'phone' && byStaff });
    } else if (r.type === 'ticket.updated' && r.field === 'status') {
      events.push({ at, kind: 'status', status: String(after) });
    } else if (r.type === 'ticket.updated' && r.field === 'priority') {
      events.push({ at, kind: 'priority', priority: after as Priority });
    } else if (r.type === 'message.added' && after && typeof after === 'object') {
      if (after.kind === 'reply' || (after.kind === 'call' && byStaff)) events.push({ at, kind: byStaff ? 'staff_reply' : 'client_reply' });
    }
  }
  return events;
}

/** Replaces a ticket's clocks and stores its nearest due time on the ticket. */
export async function saveClocks(db: Db, ticket: TicketFacts, clocks: Clock[], nowIso: string): Promise<void> {
  await db.deleteFrom('ticket_clocks').where('ticket_id', '=', ticket.id).execute();
  await insertClocks(db, ticket, clocks, nowIso);
  await setSlaDueAt(db, ticket.id, nearestDue(clocks));
}

/** The nearest due time of a running clock, which the ticket row carries for the at-risk queue. */
export function nearestDue(clocks: Clock[]): string | null {
  const dues = clocks.filter((c) => c.status === 'running' && c.dueAt !== null).map((c) => c.dueAt!);
  return dues.length ? new Date(Math.min(...dues)).toISOString() : null;
}

/** Adds clock rows of a ticket that has none yet (a new ticket), in one statement. */
export async function insertClocks(db: Db, ticket: Pick<TicketFacts, 'id' | 'organizationId'>, clocks: Clock[], nowIso: string): Promise<void> {
  if (clocks.length === 0) return;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  await db
    .insertInto('ticket_clocks')
    .values(
      clocks.map((c) => ({
        ticket_id: ticket.id,
        clock: c.clock,
        cycle: c.cycle,
        status: c.status,
        priority: c.priority,
        calendar_id: c.calendarId,
        target_minutes: c.targetMinutes,
        elapsed_minutes: c.elapsedMinutes,
        paused_ms: c.pausedMs,
        started_at: iso(c.startedAt)!,
        stopped_at: iso(c.stoppedAt),
        due_at: iso(c.dueAt),
        warn_at: iso(c.warnAt),
        organization_id: ticket.organizationId,
        updated_at: nowIso,
      })),
    )
    .execute();
}

export async function firedNotices(db: Db, ticketId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('sla_notices').select(['clock', 'cycle', 'kind']).where('ticket_id', '=', ticketId).execute();
  return new Set(rows.map((r) => `${r.clock}:${r.cycle}:${r.kind}`));
}

/** Records that a notice fired; false when it had already fired (another node, or a retry). */
export async function recordNotice(db: Db, n: { ticketId: string; clock: string; cycle: number; kind: string; at: string; node: string }): Promise<boolean> {
  const result = await db
    .insertInto('sla_notices')
    .values({ ticket_id: n.ticketId, clock: n.clock, cycle: n.cycle, kind: n.kind, at: n.at, node: n.node })
    .onConflict((oc) => oc.columns(['ticket_id', 'clock', 'cycle', 'kind']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function ticketClocks(db: Db, ticketId: string) {
  return db.selectFrom('ticket_clocks').selectAll().where('ticket_id', '=', ticketId).execute();
}
