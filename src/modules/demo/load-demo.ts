/**
 * Loads the generated demo MSP into an empty database in one transaction, with secrets of its own.
 * The one place that writes other modules' tables directly: the generated rows (thousands) go into
 * every module's tables through one batched insert, `insertRows`; everything else — whether the
 * database is empty, the owner's API token, the ticket numbers — goes through the owners' exports.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database as Tables } from '../../platform/db/tables.js';
import type { Database } from '../../platform/db/connect.js';
import { toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId, randomSecret } from '../../platform/ids.js';
import { insertToken, usersWithEmails } from '../auth/index.js';
import { anyOrganization } from '../clients/index.js';
import { setLastTicketNumber } from '../tickets/index.js';
import type { DemoData, DemoLadder } from './demo-data.js';
import { generateDemo } from './generate-demo.js';
import { OWNER_EMAIL, TECHNICIAN_EMAIL } from './generate-staff.js';

export interface LoadDemoOptions {
  seed: number;
  /** The instant the data should look current at (epoch milliseconds). */
  nowMs: number;
  /** Hashes a password for storage, as the auth module hashes every password. */
  hashPassword: (password: string) => Promise<string>;
  /** Hashes the demo API token for storage, as the auth module hashes every token. */
  tokenHash: (token: string) => string;
}

/** A demo login and its password, made for this install. */
export interface DemoLogin {
  /** Who this is, e.g. "Owner". */
  label: string;
  email: string;
  password: string;
}

/** What was loaded, and how to sign in to it. */
export interface DemoSummary {
  organizations: number;
  contacts: number;
  users: number;
  tickets: number;
  messages: number;
  ownerEmail: string;
  technicianEmail: string;
  clientAdminEmail: string;
  clientUserEmail: string;
  /** The logins with a password, each random and made for this install. */
  logins: DemoLogin[];
  /** A bearer token for the owner, random and made for this install; only its hash is stored. */
  apiToken: string;
  /** The ladders the caller starts once the rows are in (see DemoData.ladders). */
  ladders: DemoLadder[];
}

// Bound parameters per statement stay well below SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 500;

type Trx = Transaction<Tables>;

/**
 * Generates the demo MSP for `seed` and inserts it. Refuses (409 `demo_not_empty`) when any
 * client organisation, or any of the demo logins, already exists. All or nothing.
 *
 * The rows follow from the seed; the secrets do not. The owner, the technician, a client
 * administrator and a client user get random passwords of their own, and the owner a random API
 * token, all returned once; every other demo person gets a password nobody was ever told (an
 * owner can set one).
 */
export async function loadDemo(database: Database, options: LoadDemoOptions): Promise<DemoSummary> {
  const logins = PRINTED_LOGINS.map(([label, email]) => ({ label, email, password: randomSecret(15) }));
  // argon2 hashes on libuv's thread pool: the five hashes run side by side.
  const [unknownHash, ...hashes] = await Promise.all([randomSecret(32), ...logins.map((l) => l.password)].map((p) => options.hashPassword(p)));
  const data = generateDemo(options.seed, options.nowMs, unknownHash);
  logins.forEach((login, i) => {
    const user = data.users.find((u) => u.email === login.email || (login.email === '' && u.role === PRINTED_LOGINS[i][2]));
    if (!user) throw new Error(`The demo data has no ${login.label.toLowerCase()}`);
    user.password_hash = hashes[i];
    login.email = user.email;
  });
  const apiToken = `sb_demo_${randomSecret(32)}`;
  await database.db.transaction().execute(async (trx) => {
    await assertEmpty(trx, data);
    await insertAll(trx, data);
    await setLastTicketNumber(trx, database.dialect, Math.max(...data.tickets.map((t) => t.number)));
    const owner = data.users.find((u) => u.email === OWNER_EMAIL);
    if (!owner) throw new Error('The demo data has no owner');
    await insertToken(trx, { id: newId(), userId: owner.id, name: 'Demo token', tokenHash: options.tokenHash(apiToken), prefix: apiToken.slice(0, 12), createdAt: toIso(options.nowMs) });
  });
  return summarize(data, logins, apiToken);
}

/** The logins printed with their passwords: label, email (empty: the first user with the role), role. */
const PRINTED_LOGINS: readonly (readonly [string, string, string])[] = [
  ['Owner', OWNER_EMAIL, 'owner'],
  ['Technician', TECHNICIAN_EMAIL, 'technician'],
  ['Client admin', '', 'client_admin'],
  ['Client user', '', 'client_user'],
];

async function assertEmpty(trx: Trx, data: DemoData): Promise<void> {
  const org = await anyOrganization(trx);
  const [user] = await usersWithEmails(trx, data.users.map((u) => u.email));
  if (org || user) {
    const what = org ? 'client organisations' : `a user ${user?.email}`;
    throw new AppError('demo_not_empty', `The database already has ${what}; the demo loads only into an empty database`, { status: 409 });
  }
}

async function insertAll(trx: Trx, data: DemoData): Promise<void> {
  await insertRows(trx, 'organizations', data.organizations);
  await insertRows(trx, 'sites', data.sites);
  await insertRows(trx, 'calendars', data.calendars);
  await insertRows(trx, 'sla_policies', data.sla_policies);
  await insertRows(trx, 'contracts', data.contracts);
  await insertRows(trx, 'contacts', data.contacts);
  await insertRows(trx, 'contact_emails', data.contact_emails);
  await insertRows(trx, 'contact_phones', data.contact_phones);
  await insertRows(trx, 'teams', data.teams);
  await insertRows(trx, 'users', data.users);
  await insertRows(trx, 'contact_methods', data.contact_methods);
  await insertRows(trx, 'oncall_schedules', data.oncall_schedules);
  await insertRows(trx, 'oncall_overrides', data.oncall_overrides);
  await insertRows(trx, 'escalation_policies', data.escalation_policies);
  await insertRows(trx, 'saved_views', data.saved_views);
  await insertRows(trx, 'tickets', data.tickets);
  await insertRows(trx, 'messages', data.messages);
  await insertRows(trx, 'ticket_events', data.ticket_events);
  await insertRows(trx, 'ticket_links', data.ticket_links);
  await insertRows(trx, 'ticket_search', data.ticket_search);
}

/** Multi-row inserts, as many rows per statement as the parameter limit allows. */
async function insertRows<T extends keyof Tables & string>(trx: Trx, table: T, rows: readonly Insertable<Tables[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns)));
  for (let i = 0; i < rows.length; i += size) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

function summarize(data: DemoData, logins: DemoLogin[], apiToken: string): DemoSummary {
  const clientEmail = (role: string) => data.users.find((u) => u.role === role)?.email ?? '';
  return {
    organizations: data.organizations.length,
    contacts: data.contacts.length,
    users: data.users.length,
    tickets: data.tickets.length,
    messages: data.messages.length,
    ownerEmail: OWNER_EMAIL,
    technicianEmail: TECHNICIAN_EMAIL,
    clientAdminEmail: clientEmail('client_admin'),
    clientUserEmail: clientEmail('client_user'),
    logins,
    apiToken,
    ladders: data.live.flatMap(({ ticketId, role }) => (role === 'paging' ? [{ ticketId, startedAt: data.tickets.find((t) => t.id === ticketId)?.created_at ?? '' }] : [])),
  };
}
