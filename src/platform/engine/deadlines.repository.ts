/**
 * The deadline table: every timed piece of work (an SLA warning, an escalation step) is a row with
 * a due time. Claiming takes a lease; completing checks the version, so a late or duplicate worker
 * changes nothing. PostgreSQL claims with FOR UPDATE SKIP LOCKED; SQLite has a single writer.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import { readJson, type DialectName } from '../db/dialect.js';

export interface Deadline {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: number;
  payload: Record<string, unknown>;
  version: number;
  attempts: number;
}

/** Sets (or moves) a deadline. A handled one is armed again only by this call. */
export async function armDeadline(db: Db, d: { id: string; kind: string; subjectId: string; dueAt: number; payload: Record<string, unknown>; nowIso: string }): Promise<void> {
  const due = new Date(d.dueAt).toISOString();
  await db
    .insertInto('deadlines')
    .values({ id: d.id, kind: d.kind, subject_id: d.subjectId, due_at: due, payload: JSON.stringify(d.payload), version: 1, attempts: 0, created_at: d.nowIso })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        due_at: due,
        payload: JSON.stringify(d.payload),
        version: eb('deadlines.version', '+', 1),
        lease_owner: null,
        lease_until: null,
        done_at: null,
        outcome: null,
      })),
    )
    .execute();
}

/**
 * Sets a deadline unless its id is already there (pending or handled): for standing schedules that
 * re-arm themselves, armed once at start-up without moving the next run each time a node starts.
 */
export async function armDeadlineIfAbsent(db: Db, d: { id: string; kind: string; subjectId: string; dueAt: number; payload: Record<string, unknown>; nowIso: string }): Promise<void> {
  await db
    .insertInto('deadlines')
    .values({ id: d.id, kind: d.kind, subject_id: d.subjectId, due_at: new Date(d.dueAt).toISOString(), payload: JSON.stringify(d.payload), version: 1, attempts: 0, created_at: d.nowIso })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** A deadline to set: what `armDeadline` takes, without the instant of arming. */
export interface DeadlineToArm {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: number;
  payload: Record<string, unknown>;
}

/**
 * Sets (or moves) several deadlines in one statement, as `armDeadline` does each. On PostgreSQL the
 * same statement notifies the engines of every node (delivered when the transaction commits), a
 * round trip fewer than a separate `pg_notify` — but only when one falls due within the longest
 * engine poll: every engine looks for what falls due within its poll at least once per poll, so a
 * later deadline is found in time without a wake-up (an SLA warning hours ahead, on every create).
 */
export async function armDeadlines(db: Db, dialect: DialectName | undefined, deadlines: DeadlineToArm[], nowIso: string): Promise<void> {
  if (deadlines.length === 0) return;
  const insert = db
    .insertInto('deadlines')
    .values(
      deadlines.map((d) => ({
        id: d.id,
        kind: d.kind,
        subject_id: d.subjectId,
        due_at: new Date(d.dueAt).toISOString(),
        payload: JSON.stringify(d.payload),
        version: 1,
        attempts: 0,
        created_at: nowIso,
      })),
    )
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        due_at: eb.ref('excluded.due_at'),
        payload: eb.ref('excluded.payload'),
        version: eb('deadlines.version', '+', 1),
        lease_owner: null,
        lease_until: null,
        done_at: null,
        outcome: null,
      })),
    );
  const earliest = Math.min(...deadlines.map((d) => d.dueAt));
  if (dialect !== 'postgres' || earliest >= Date.parse(nowIso) + LONGEST_ENGINE_POLL_MS) {
    await insert.execute();
    return;
  }
  await db
    .with('armed', () => insert.returning('id'))
    .selectNoFrom(sql<string>`pg_notify(${DEADLINE_CHANNEL}, ${String(earliest)})`.as('notified'))
    .execute();
}

/** Retires every pending deadline of a subject whose id starts with `prefix` (they no longer apply). */
export async function cancelDeadlines(db: Db, subjectId: string, kinds: string[], nowIso: string): Promise<void> {
  await db
    .updateTable('deadlines')
    .set({ done_at: nowIso, outcome: 'cancelled' })
    .where('subject_id', '=', subjectId)
    .where('kind', 'in', kinds)
    .where('done_at', 'is', null)
    .execute();
}

/** Claims up to `limit` due deadlines for `owner` until `leaseUntil`. */
export async function claimDue(db: Db, dialect: DialectName, owner: string, nowIso: string, leaseUntil: string, limit: number): Promise<Deadline[]> {
  const lock = dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const result = await sql<{ id: string; kind: string; subject_id: string; due_at: string; payload: unknown; version: number; attempts: number }>`
    UPDATE deadlines
       SET lease_owner = ${owner}, lease_until = ${leaseUntil}, version = version + 1, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM deadlines
        WHERE done_at IS NULL AND due_at <= ${nowIso} AND (lease_until IS NULL OR lease_until < ${nowIso})
        ORDER BY due_at
        LIMIT ${limit}
        ${lock}
     )
    RETURNING id, kind, subject_id, due_at, payload, version, attempts`.execute(db);
  return result.rows
    .map((r) => ({ id: r.id, kind: r.kind, subjectId: r.subject_id, dueAt: Date.parse(r.due_at), payload: readJson(r.payload, {}), version: Number(r.version), attempts: Number(r.attempts) }))
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** Marks a claimed deadline handled; false if someone re-armed or re-claimed it meanwhile. */
export async function completeDeadline(db: Db, d: Deadline, outcome: string, nowIso: string): Promise<boolean> {
  const r = await db.updateTable('deadlines').set({ done_at: nowIso, outcome, lease_owner: null, lease_until: null }).where('id', '=', d.id).where('version', '=', d.version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a claimed deadline back with a later due time (retry with backoff), and a new payload when given. */
export async function retryDeadline(db: Db, d: Deadline, dueAt: number, payload?: Record<string, unknown>): Promise<void> {
  await db
    .updateTable('deadlines')
    .set({ due_at: new Date(dueAt).toISOString(), lease_owner: null, lease_until: null, ...(payload ? { payload: JSON.stringify(payload) } : {}) })
    .where('id', '=', d.id)
    .where('version', '=', d.version)
    .execute();
}

/** The next pending due times, for the in-memory heap of what falls due soon. */
export async function upcoming(db: Db, untilIso: string, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('deadlines').select('due_at').where('done_at', 'is', null).where('due_at', '<=', untilIso).orderBy('due_at').limit(limit).execute();
  return rows.map((r) => Date.parse(r.due_at));
}

export async function backlog(db: Db, nowIso: string): Promise<number> {
  const row = await db.selectFrom('deadlines').select((eb) => eb.fn.countAll<number>().as('n')).where('done_at', 'is', null).where('due_at', '<=', nowIso).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The NOTIFY channel engines LISTEN on; delivered when the arming transaction commits. The payload
 * is the earliest due time armed (epoch milliseconds), or empty when not known.
 */
export const DEADLINE_CHANNEL = 'switchboard_deadlines';

/** The longest safety-net poll an engine may be configured with (SWITCHBOARD_ENGINE_POLL_MS). */
export const LONGEST_ENGINE_POLL_MS = 60_000;

export async function notifyEngines(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_notify(${DEADLINE_CHANNEL}, '')`.execute(db);
}
