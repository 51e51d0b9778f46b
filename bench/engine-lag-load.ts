/**
 * Data for the engine-lag benchmark (bench/engine-lag.ts); measures nothing itself.
 *
 * - `loadBackground`: N open tickets (new, open, waiting) written straight into the tables — not
 *   through the API — each with its `ticket.created` event, 25% of them with their resolution
 *   warning and breach deadlines pending 1–30 days ahead (so the partial index `deadlines_pending`
 *   holds about N/2 rows) and 25% with an already handled first-response deadline (done rows the
 *   index skips). 200 client organisations, each on an office-hours contract.
 * - `loadMeasured`: one client on a 24x7 contract (rows in calendars, sla_policies, contracts, as
 *   the SLA use cases store them) and M tickets created exactly one first-response target before
 *   their due instant, with their `ticket.created` event, their clocks, their first-response
 *   warning already fired, their resolution deadlines pending and their first-response breach
 *   deadline (`sla.breached:<ticketId>:first_response:1`) due at the given instants.
 *
 * SQLite: better-sqlite3 prepared statements, 100k tickets per transaction. PostgreSQL:
 * `INSERT … SELECT FROM unnest($1::text[], …)`, 10k tickets per transaction. Seeded, so runs compare.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../src/platform/db/connect.js';
import { setLastTicketNumber } from '../src/modules/tickets/index.js';
import { presetWindows, compileCalendar, type CalendarSpec } from '../src/modules/calendars/index.js';
import { computeClocks, type Clock, type ClockPolicy } from '../src/modules/sla/clock.js';
import type { Priority } from '../src/modules/tickets/index.js';
import { prng } from './generate.js';
import { createOrganization } from './lib.js';

type Value = string | number | boolean | null;

interface TableSpec {
  table: string;
  columns: string[];
  /** PostgreSQL element type of each column, for unnest. */
  pgTypes: string[];
}

const TICKETS: TableSpec = {
  table: 'tickets',
  columns: ['id', 'number', 'organization_id', 'contact_id', 'site_id', 'subject', 'priority', 'business_critical', 'status', 'tier', 'team_id', 'assignee_id', 'channel', 'tags', 'fcr_outcome', 'merged_into_id', 'version', 'created_at', 'updated_at', 'resolved_at', 'closed_at', 'sla_due_at'],
  pgTypes: ['text', 'int', 'text', 'text', 'text', 'text', 'text', 'bool', 'text', 'int', 'text', 'text', 'text', 'jsonb', 'text', 'text', 'int', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz'],
};
const EVENTS: TableSpec = {
  table: 'ticket_events',
  columns: ['ticket_id', 'actor_user_id', 'type', 'field', 'after_value', 'internal', 'at'],
  pgTypes: ['text', 'text', 'text', 'text', 'jsonb', 'bool', 'timestamptz'],
};
const DEADLINES: TableSpec = {
  table: 'deadlines',
  columns: ['id', 'kind', 'subject_id', 'due_at', 'payload', 'version', 'lease_owner', 'lease_until', 'attempts', 'done_at', 'outcome', 'created_at'],
  pgTypes: ['text', 'text', 'text', 'timestamptz', 'jsonb', 'int', 'text', 'timestamptz', 'int', 'timestamptz', 'text', 'timestamptz'],
};
const CLOCKS: TableSpec = {
  table: 'ticket_clocks',
  columns: ['ticket_id', 'clock', 'cycle', 'status', 'priority', 'calendar_id', 'target_minutes', 'elapsed_minutes', 'paused_ms', 'started_at', 'stopped_at', 'due_at', 'warn_at', 'organization_id', 'updated_at'],
  pgTypes: ['text', 'text', 'int', 'text', 'text', 'text', 'int', 'float8', 'bigint', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'text', 'timestamptz'],
};
const NOTICES: TableSpec = {
  table: 'sla_notices',
  columns: ['ticket_id', 'clock', 'cycle', 'kind', 'at', 'node'],
  pgTypes: ['text', 'text', 'int', 'text', 'timestamptz', 'text'],
};

/** Rows for several tables, written in one transaction. */
type Batch = Map<TableSpec, Value[][]>;

function batchOf(): Batch {
  return new Map([TICKETS, EVENTS, DEADLINES, CLOCKS, NOTICES].map((s) => [s, [] as Value[][]]));
}

type Writer = (batch: Batch) => Promise<void>;

function writer(database: Database): Writer {
  if (database.dialect === 'sqlite') {
    const s = database.sqlite!;
    s.pragma('cache_size = -1000000');
    const statements = new Map<TableSpec, ReturnType<typeof s.prepare>>();
    const statement = (spec: TableSpec) => {
      let st = statements.get(spec);
      if (!st) {
        st = s.prepare(`INSERT INTO ${spec.table} (${spec.columns.join(', ')}) VALUES (${spec.columns.map(() => '?').join(', ')})`);
        statements.set(spec, st);
      }
      return st;
    };
    const all = s.transaction((batch: Batch) => {
      for (const [spec, rows] of batch) {
        if (rows.length === 0) continue;
        const st = statement(spec);
        for (const row of rows) st.run(row.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      }
    });
    return async (batch) => all(batch);
  }
  return async (batch) => {
    const client = await database.pool!.connect();
    try {
      await client.query('BEGIN');
      for (const [spec, rows] of batch) {
        if (rows.length === 0) continue;
        const text = `INSERT INTO ${spec.table} (${spec.columns.join(', ')}) SELECT * FROM unnest(${spec.pgTypes.map((t, k) => `$${k + 1}::${t}[]`).join(', ')})`;
        await client.query(text, spec.columns.map((_, k) => rows.map((row) => row[k])));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function weighted<T>(r: () => number, table: [T, number][]): T {
  let x = r();
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

const SUBJECTS = ['Printer shows offline', 'Cannot print from Outlook', 'VPN drops every few minutes', 'New starter account', 'Laptop will not boot', 'Shared drive almost full', 'Phishing email reported', 'Backup job failed', 'Password reset', 'Wi-Fi slow in the boardroom', 'Licence request: Teams', 'Firewall alert: unusual traffic'];

/** Premium targets (covered minutes), as in the demo contracts. */
export const POLICY = {
  targets: {
    P1: { firstResponse: 15, nextReply: 60, resolution: 240 },
    P2: { firstResponse: 30, nextReply: 60, resolution: 480 },
    P3: { firstResponse: 120, nextReply: null, resolution: 1440 },
    P4: { firstResponse: 240, nextReply: null, resolution: 2880 },
  },
  warningPercent: 75,
} satisfies ClockPolicy;

const OFFICE: CalendarSpec = {
  timeZone: 'Europe/London',
  windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => ({ startDay: d, startTime: '08:00', endDay: d, endTime: '18:00' })) as CalendarSpec['windows'],
  holidays: [{ country: 'GB', region: 'ENG' }],
  customHolidays: [],
  exceptions: [],
};
const ALL_WEEK: CalendarSpec = { timeZone: 'Europe/London', windows: presetWindows('24x7'), holidays: [], customHolidays: [], exceptions: [] };

/** The ticket.created event's after_value, as create-ticket.ts writes it (the record minus id, version, updatedAt, slaDueAt). */
function createdSnapshot(t: { number: number; organizationId: string; contactId: string; siteId: string; subject: string; priority: string; status: string; channel: string; assigneeId: string | null; createdAt: string }): string {
  return JSON.stringify({
    number: t.number,
    organizationId: t.organizationId,
    contactId: t.contactId,
    siteId: t.siteId,
    subject: t.subject,
    priority: t.priority,
    businessCritical: false,
    status: t.status,
    tier: 1,
    teamId: null,
    assigneeId: t.assigneeId,
    channel: t.channel,
    tags: [],
    fcrOutcome: null,
    mergedIntoId: null,
    createdAt: t.createdAt,
    resolvedAt: null,
    closedAt: null,
  });
}

async function insertContract(database: Database, organizationId: string, name: string, spec: CalendarSpec, at: string): Promise<void> {
  const db = database.db;
  const calendarId = randomUUID();
  const policyId = randomUUID();
  await db.insertInto('calendars').values({ id: calendarId, name: `${name} calendar`, time_zone: spec.timeZone, spec: JSON.stringify(spec), version: 1, created_at: at, updated_at: at }).execute();
  await db.insertInto('sla_policies').values({ id: policyId, name: `${name} policy`, targets: JSON.stringify(POLICY.targets), warning_percent: POLICY.warningPercent, created_at: at, updated_at: at }).execute();
  await db
    .insertInto('contracts')
    .values({ id: randomUUID(), organization_id: organizationId, name: `${name} managed services`, kind: 'managed', sla_policy_id: policyId, coverage: JSON.stringify([{ calendarId }]), active: true, created_at: at, updated_at: at })
    .execute();
}

export interface BackgroundOptions {
  tickets: number;
  now: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

/** Fills a freshly migrated database with the background; returns the next free ticket number. */
export async function loadBackground(database: Database, o: BackgroundOptions): Promise<number> {
  const r = prng(o.seed ?? 7031);
  const at = iso(o.now - 400 * DAY);
  const orgs: { id: string; siteId: string; contactIds: string[] }[] = [];
  for (let i = 0; i < 200; i++) orgs.push(await createOrganization(database.db, `client-${i}`, 5));
  // Every background client has one office-hours contract; their calendars are never touched while measuring.
  const db = database.db;
  const calendarId = randomUUID();
  const policyId = randomUUID();
  await db.insertInto('calendars').values({ id: calendarId, name: 'Office hours (London)', time_zone: OFFICE.timeZone, spec: JSON.stringify(OFFICE), version: 1, created_at: at, updated_at: at }).execute();
  await db.insertInto('sla_policies').values({ id: policyId, name: 'Standard', targets: JSON.stringify(POLICY.targets), warning_percent: POLICY.warningPercent, created_at: at, updated_at: at }).execute();
  for (const org of orgs) {
    await db
      .insertInto('contracts')
      .values({ id: randomUUID(), organization_id: org.id, name: 'Managed services', kind: 'managed', sla_policy_id: policyId, coverage: JSON.stringify([{ calendarId }]), active: true, created_at: at, updated_at: at })
      .execute();
  }

  const write = writer(database);
  const per = database.dialect === 'sqlite' ? 100_000 : 10_000;
  for (let start = 0; start < o.tickets; start += per) {
    const batch = batchOf();
    const end = Math.min(o.tickets, start + per);
    for (let i = start; i < end; i++) {
      const id = randomUUID();
      const number = 1001 + i;
      // A few large clients raise most tickets.
      const org = orgs[Math.floor(orgs.length * r() * r())];
      const created = o.now - Math.floor(r() * 60 * DAY);
      const status = weighted(r, [['new', 0.2], ['open', 0.6], ['waiting_on_client', 0.15], ['waiting_on_vendor', 0.05]]);
      const priority = weighted<Priority>(r, [['P1', 0.03], ['P2', 0.15], ['P3', 0.6], ['P4', 0.22]]);
      const channel = pick(r, ['email', 'portal', 'api', 'alert']);
      const subject = pick(r, SUBJECTS);
      const contactId = pick(r, org.contactIds);
      const roll = r();
      // 25%: resolution warning and breach pending days ahead; 25%: a first-response deadline handled long ago.
      const pendingDue = roll < 0.25 ? o.now + DAY + Math.floor(r() * 29 * DAY) : null;
      const t = batch.get(TICKETS)!;
      t.push([id, number, org.id, contactId, org.siteId, subject, priority, false, status, 1, null, null, channel, '[]', null, null, 1, iso(created), iso(created + Math.floor(r() * (o.now - created))), null, null, pendingDue === null ? null : iso(pendingDue)]);
      batch.get(EVENTS)!.push([id, null, 'ticket.created', null, createdSnapshot({ number, organizationId: org.id, contactId, siteId: org.siteId, subject, priority, status: 'new', channel, assigneeId: null, createdAt: iso(created) }), false, iso(created)]);
      const d = batch.get(DEADLINES)!;
      if (pendingDue !== null) {
        const payload = JSON.stringify({ clock: 'resolution', cycle: 1 });
        d.push([`sla.warning:${id}:resolution:1`, 'sla.warning', id, iso(pendingDue - Math.floor(r() * DAY)), payload, 1, null, null, 0, null, null, iso(created)]);
        d.push([`sla.breached:${id}:resolution:1`, 'sla.breached', id, iso(pendingDue), payload, 1, null, null, 0, null, null, iso(created)]);
      } else if (roll < 0.5) {
        const due = created + 30 * MINUTE;
        d.push([`sla.breached:${id}:first_response:1`, 'sla.breached', id, iso(due), JSON.stringify({ clock: 'first_response', cycle: 1 }), 2, null, null, 1, iso(due + 5), 'clock_met', iso(created)]);
      }
    }
    await write(batch);
    if (Math.floor(end / 100_000) > Math.floor(start / 100_000) || end === o.tickets) o.onProgress?.(end);
    // better-sqlite3 never yields: let the event loop turn, so Ctrl-C stops (and cleans up) promptly.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return 1001 + o.tickets;
}

export interface MeasuredTicket {
  id: string;
  dueAt: number;
}

export interface MeasuredOptions {
  /** The breach instants, one ticket each. */
  dues: number[];
  firstNumber: number;
  now: number;
  /** Names the client, its calendar, policy and contract (unique per measured set). */
  name: string;
  seed?: number;
}

/**
 * The client whose deadlines are measured, and one ticket per due instant. Each ticket was created
 * exactly its first-response target earlier under a 24x7 calendar; its clocks are computed with the
 * real `computeClocks`, and the stored breach deadline is the clock's due time, so the engine's
 * handler decides "fire" (not "reschedule") when it loads the clocks again.
 */
export async function loadMeasured(database: Database, o: MeasuredOptions): Promise<MeasuredTicket[]> {
  const r = prng(o.seed ?? 99);
  const at = iso(o.now - 400 * DAY);
  const org = await createOrganization(database.db, o.name, 50);
  await insertContract(database, org.id, o.name, ALL_WEEK, at);
  const calendarRow = await database.db.selectFrom('calendars').select(['id', 'name']).where('name', '=', `${o.name} calendar`).executeTakeFirstOrThrow();
  const covering = { id: calendarRow.id, name: calendarRow.name, calendar: compileCalendar(ALL_WEEK) };
  const write = writer(database);
  const measured: MeasuredTicket[] = [];
  let batch = batchOf();
  for (let i = 0; i < o.dues.length; i++) {
    const id = randomUUID();
    const number = o.firstNumber + i;
    const priority = weighted<Priority>(r, [['P1', 0.1], ['P2', 0.3], ['P3', 0.5], ['P4', 0.1]]);
    const created = o.dues[i] - POLICY.targets[priority].firstResponse * MINUTE;
    const contactId = pick(r, org.contactIds);
    const subject = pick(r, SUBJECTS);
    const channel = pick(r, ['email', 'portal']);
    const clocks: Clock[] = computeClocks([{ at: created, kind: 'created', priority, status: 'new', respondedAtCreation: false }], POLICY, () => covering);
    const response = clocks.find((c) => c.clock === 'first_response');
    const resolution = clocks.find((c) => c.clock === 'resolution');
    if (!response?.dueAt || !response.warnAt || !resolution?.dueAt || !resolution.warnAt) throw new Error('measured ticket without running clocks');
    // Stored to the millisecond, never before the clock's own due time.
    const due = Math.ceil(response.dueAt);
    measured.push({ id, dueAt: due });
    batch.get(TICKETS)!.push([id, number, org.id, contactId, org.siteId, subject, priority, false, 'new', 1, null, null, channel, '[]', null, null, 1, iso(created), iso(created), null, null, iso(due)]);
    batch.get(EVENTS)!.push([id, null, 'ticket.created', null, createdSnapshot({ number, organizationId: org.id, contactId, siteId: org.siteId, subject, priority, status: 'new', channel, assigneeId: null, createdAt: iso(created) }), false, iso(created)]);
    for (const c of clocks) {
      batch.get(CLOCKS)!.push([id, c.clock, c.cycle, c.status, c.priority, c.calendarId, c.targetMinutes, c.elapsedMinutes, c.pausedMs, iso(c.startedAt), null, iso(c.dueAt!), iso(c.warnAt!), org.id, iso(created)]);
    }
    const d = batch.get(DEADLINES)!;
    const fr = JSON.stringify({ clock: 'first_response', cycle: 1 });
    const res = JSON.stringify({ clock: 'resolution', cycle: 1 });
    // The first-response warning fired at 75% of the target, before the run.
    const warned = Math.ceil(response.warnAt);
    d.push([`sla.warning:${id}:first_response:1`, 'sla.warning', id, iso(warned), fr, 2, null, null, 1, iso(warned + 3), 'fired', iso(created)]);
    batch.get(NOTICES)!.push([id, 'first_response', 1, 'warning', iso(warned + 3), 'bench-earlier']);
    d.push([`sla.breached:${id}:first_response:1`, 'sla.breached', id, iso(due), fr, 1, null, null, 0, null, null, iso(created)]);
    d.push([`sla.warning:${id}:resolution:1`, 'sla.warning', id, iso(Math.ceil(resolution.warnAt)), res, 1, null, null, 0, null, null, iso(created)]);
    d.push([`sla.breached:${id}:resolution:1`, 'sla.breached', id, iso(Math.ceil(resolution.dueAt)), res, 1, null, null, 0, null, null, iso(created)]);
    if ((i + 1) % 2000 === 0 || i === o.dues.length - 1) {
      await write(batch);
      batch = batchOf();
    }
  }
  await setLastTicketNumber(database.db, database.dialect, o.firstNumber - 1 + o.dues.length);
  return measured;
}
