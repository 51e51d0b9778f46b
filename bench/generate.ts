/**
 * Bulk data for the queue/search benchmark (measures nothing itself): N tickets written straight
 * into the tables — not through the API — spread over organisations, contacts, teams, technicians,
 * statuses, priorities and three years of activity, with their search rows (every subject, plus a
 * first message on about 30% of tickets). SQLite: better-sqlite3 prepared statements, 100k rows
 * per transaction. PostgreSQL: `INSERT … SELECT FROM unnest($1::text[], …)`, 10k rows a statement.
 * Deterministic (seeded), so runs are comparable. The event log is not filled (no query reads it).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/platform/db/connect.js';
import { isOpenStatus, setLastTicketNumber } from '../src/modules/tickets/index.js';

export interface Population {
  organizations: { id: string; siteId: string; contactIds: string[] }[];
  teams: string[];
  /** Technicians: id and team. */
  agents: { id: string; teamId: string }[];
}

const TICKET_COLUMNS = [
  'id', 'number', 'organization_id', 'contact_id', 'site_id', 'subject', 'priority', 'business_critical', 'status', 'tier', 'team_id',
  'assignee_id', 'channel', 'tags', 'fcr_outcome', 'merged_into_id', 'version', 'created_at', 'updated_at', 'resolved_at', 'closed_at',
] as const;
const PG_TYPES = ['text', 'int', 'text', 'text', 'text', 'text', 'text', 'bool', 'text', 'int', 'text', 'text', 'text', 'jsonb', 'text', 'text', 'int', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz'];
const MESSAGE_COLUMNS = ['id', 'ticket_id', 'kind', 'author_user_id', 'author_contact_id', 'body', 'created_at'] as const;

type Value = string | number | boolean | null;

const NAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad', 'Novak', 'Fernandes', 'Murphy', 'Schmidt', 'Rossi', 'Nguyen', 'Patel', 'Jensen', 'Dubois', 'Garcia'];
const PLACES = ['reception', 'third floor', 'warehouse', 'boardroom', 'finance office', 'branch office', 'home office', 'meeting room 2'];
const APPS = ['Outlook', 'Teams', 'Excel', 'Sage', 'AutoCAD', 'Xero', 'SharePoint', 'OneDrive'];
const SUBJECTS: ((r: () => number) => string)[] = [
  (r) => `Printer in the ${pick(r, PLACES)} shows offline`,
  (r) => `Cannot print from ${pick(r, APPS)}`,
  (r) => `${pick(r, APPS)} keeps asking for a password`,
  (r) => `VPN drops every few minutes for ${pick(r, NAMES)}`,
  (r) => `New starter account for ${pick(r, NAMES)}`,
  (r) => `Laptop LT-${String(Math.floor(r() * 5000)).padStart(4, '0')} will not boot`,
  (r) => `Shared drive almost full on FS-${String(Math.floor(r() * 300)).padStart(3, '0')}`,
  (r) => `Phishing email reported by ${pick(r, NAMES)}`,
  (r) => `${pick(r, APPS)} crashes when opening attachments`,
  (r) => `Backup job failed on SRV-${String(Math.floor(r() * 2000)).padStart(4, '0')}`,
  (r) => `Password reset for ${pick(r, NAMES)}`,
  (r) => `Wi-Fi slow in the ${pick(r, PLACES)}`,
  (r) => `Licence request: ${pick(r, APPS)}`,
  (r) => `Firewall alert: unusual traffic from ${pick(r, PLACES)}`,
];
const BODIES = [
  'Restarted it twice already and it still happens. Several people in the office are affected.',
  'It started after the update last night. Please call me back when someone is available.',
  'The error says the connection to the server was lost. Screenshot attached.',
  'Urgent: the client meeting is at two and we need this working before then.',
  'Happens only on the wireless network, the wired desks seem fine.',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** mulberry32: a small seeded PRNG, so every run generates the same population. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const SPAN = 3 * 365 * DAY;

function weighted<T>(r: () => number, table: [T, number][]): T {
  let x = r();
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

/** Ticket i of n (oldest first), its optional first message, as column values in table order. */
function makeTicket(r: () => number, p: Population, i: number, n: number, now: number) {
  const created = now - SPAN + Math.floor((i / n) * SPAN) + Math.floor(r() * 60_000);
  const recent = now - created < 30 * DAY;
  const status = recent
    ? weighted(r, [['new', 0.1], ['open', 0.3], ['waiting_on_client', 0.1], ['waiting_on_vendor', 0.05], ['resolved', 0.2], ['closed', 0.25]])
    : weighted(r, [['closed', 0.96], ['resolved', 0.01], ['open', 0.015], ['waiting_on_client', 0.01], ['new', 0.005]]);
  const active = isOpenStatus(status);
  const updated = active ? created + Math.floor(r() * (now - created)) : Math.min(now, created + Math.floor(r() * 10 * DAY) + 3_600_000);
  const assigned = status !== 'new' || r() < 0.2;
  const agent = pick(r, p.agents);
  // A few large clients raise most tickets.
  const org = p.organizations[Math.floor(p.organizations.length * r() * r())];
  const iso = (ms: number) => new Date(ms).toISOString();
  const ticket: Value[] = [
    randomUUID(), 1001 + i, org.id, pick(r, org.contactIds), org.siteId, pick(r, SUBJECTS)(r),
    weighted(r, [['P1', 0.03], ['P2', 0.15], ['P3', 0.6], ['P4', 0.22]]), r() < 0.05, status, 1 + Math.floor(r() * r() * 3),
    assigned ? agent.teamId : r() < 0.5 ? pick(r, p.teams) : null, assigned ? agent.id : null,
    pick(r, ['phone', 'email', 'portal', 'api', 'alert']), r() < 0.3 ? '["hardware"]' : '[]', null, null, 1 + Math.floor(r() * 5),
    iso(created), iso(updated), !active ? iso(updated) : null, status === 'closed' ? iso(updated) : null,
  ];
  const message: Value[] | undefined =
    r() < 0.3 ? [randomUUID(), ticket[0], 'reply', null, ticket[3], pick(r, BODIES), iso(created)] : undefined;
  return { ticket, message };
}

export interface GenerateOptions {
  tickets: number;
  seed?: number;
  now?: number;
  onProgress?: (done: number) => void;
}

/** Fills an already migrated database; afterwards the ticket number counter continues after N. */
export async function generateTickets(database: Database, p: Population, options: GenerateOptions): Promise<void> {
  const r = prng(options.seed ?? 1042);
  const n = options.tickets;
  const now = options.now ?? Date.now();
  const batch = database.dialect === 'sqlite' ? 100_000 : 10_000;
  const write = database.dialect === 'sqlite' ? sqliteWriter(database) : postgresWriter(database);
  for (let start = 0; start < n; start += batch) {
    const tickets: Value[][] = [];
    const messages: Value[][] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const t = makeTicket(r, p, i, n, now);
      tickets.push(t.ticket);
      if (t.message) messages.push(t.message);
    }
    await write(tickets, messages);
    const done = start + tickets.length;
    if (Math.floor(done / 100_000) > Math.floor(start / 100_000) || done === n) options.onProgress?.(done);
  }
  await setLastTicketNumber(database.db, database.dialect, 1000 + n);
}

type Writer = (tickets: Value[][], messages: Value[][]) => Promise<void>;

function sqliteWriter(database: Database): Writer {
  const s = database.sqlite!;
  s.pragma('cache_size = -1000000');
  const ph = (k: number) => `(${Array(k).fill('?').join(', ')})`;
  const insertTicket = s.prepare(`INSERT INTO tickets (${TICKET_COLUMNS.join(', ')}) VALUES ${ph(TICKET_COLUMNS.length)}`);
  const insertMessage = s.prepare(`INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')}) VALUES ${ph(MESSAGE_COLUMNS.length)}`);
  const insertSearch = s.prepare('INSERT INTO ticket_search (ticket_id, source, body, client_visible) VALUES (?, ?, ?, ?)');
  const all = s.transaction((tickets: Value[][], messages: Value[][]) => {
    for (const t of tickets) {
      insertTicket.run(t.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      insertSearch.run(t[0], 'subject', t[5], 1);
    }
    for (const m of messages) {
      insertMessage.run(m);
      insertSearch.run(m[1], m[0], m[5], m[2] === 'reply' ? 1 : 0);
    }
  });
  return async (tickets, messages) => all(tickets, messages);
}

function postgresWriter(database: Database): Writer {
  const columnsOf = (rows: Value[][], k: number) => rows.map((row) => row[k]);
  const unnest = (types: string[]) => types.map((t, k) => `$${k + 1}::${t}[]`).join(', ');
  const ticketSql = `INSERT INTO tickets (${TICKET_COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest(PG_TYPES)})`;
  const messageSql = `INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest(MESSAGE_COLUMNS.map((c) => (c === 'created_at' ? 'timestamptz' : 'text')))})`;
  const searchSql = 'INSERT INTO ticket_search (ticket_id, source, body, client_visible) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[])';
  return async (tickets, messages) => {
    const client = await database.pool!.connect();
    try {
      await client.query('BEGIN');
      await client.query(ticketSql, TICKET_COLUMNS.map((_, k) => columnsOf(tickets, k)));
      await client.query(messageSql, MESSAGE_COLUMNS.map((_, k) => columnsOf(messages, k)));
      const search = [...tickets.map((t) => [t[0], 'subject', t[5], true]), ...messages.map((m) => [m[1], m[0], m[5], m[2] === 'reply'])];
      await client.query(searchSql, [0, 1, 2, 3].map((k) => columnsOf(search, k)));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

/**
 * What the engine keeps in tickets.sla_due_at for running clocks: here, new and open tickets due
 * between 2 hours ago and 2 days ahead (waiting tickets' clocks are paused, closed ones stopped).
 */
export async function setDueTimes(database: Database): Promise<void> {
  if (database.dialect === 'sqlite') {
    await sql`UPDATE tickets SET sla_due_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ((abs(random()) % 3000) - 120) || ' minutes') WHERE status IN ('new', 'open')`.execute(database.db);
  } else {
    await sql`UPDATE tickets SET sla_due_at = now() + make_interval(mins => floor(random() * 3000)::int - 120) WHERE status IN ('new', 'open')`.execute(database.db);
  }
}

/**
 * After the bulk load, what the database would do by itself shortly, so the measurement sees a
 * steady state rather than the load's aftermath: SQLite checkpoints the WAL into the main file;
 * PostgreSQL's autovacuum gathers statistics and sets the visibility map, and a checkpoint writes
 * the loaded pages out (otherwise the checkpointer is still writing gigabytes while we measure).
 * SQLite's ANALYZE is deliberately not run: Switchboard never runs it, so plans are measured as
 * a real installation would get them.
 */
export async function settle(database: Database): Promise<void> {
  if (database.dialect === 'postgres') {
    await sql`VACUUM ANALYZE`.execute(database.db);
    await sql`CHECKPOINT`.execute(database.db);
  } else {
    database.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
  }
}
