/** Loads the generated demo MSP into an empty database in one transaction. */
import type { Insertable, Transaction } from 'kysely';
import type { Database as Tables } from '../../migrations/tables.js';
import type { Database } from '../../platform/db/connect.js';
import { toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { setLastTicketNumber } from '../tickets/index.js';
import type { DemoData } from './demo-data.js';
import { generateDemo } from './generate-demo.js';
import { OWNER_EMAIL, TECHNICIAN_EMAIL } from './generate-staff.js';
import { Random } from './random.js';

/** The password of every demo login. */
export const DEMO_PASSWORD = 'switchboard-demo';

export interface LoadDemoOptions {
  seed: number;
  /** The instant the data should look current at (epoch milliseconds). */
  nowMs: number;
  /** Stored as the password hash of every demo login (the hash of DEMO_PASSWORD, usually). */
  passwordHash: string;
  /** Hashes the demo API token for storage, as the auth module hashes every token. */
  tokenHash: (token: string) => string;
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
  /** A bearer token for the owner, shown once. */
  apiToken: string;
}

// Bound parameters per statement stay well below SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 500;

type Trx = Transaction<Tables>;

/**
 * Generates the demo MSP for `seed` and inserts it. Refuses (409 `demo_not_empty`) when any
 * client organisation, or any of the demo logins, already exists. All or nothing.
 */
export async function loadDemo(database: Database, options: LoadDemoOptions): Promise<DemoSummary> {
  const data = generateDemo(options.seed, options.nowMs, options.passwordHash);
  const apiToken = demoApiToken(options.seed);
  await database.db.transaction().execute(async (trx) => {
    await assertEmpty(trx, data);
    await insertAll(trx, data);
    await setLastTicketNumber(trx, database.dialect, Math.max(...data.tickets.map((t) => t.number)));
    const owner = data.users.find((u) => u.email === OWNER_EMAIL);
    if (!owner) throw new Error('The demo data has no owner');
    await trx
      .insertInto('api_tokens')
      .values({
        id: Random.derive(options.seed, 'api-token-id').uuid(),
        user_id: owner.id,
        name: 'Demo token',
        token_hash: options.tokenHash(apiToken),
        prefix: apiToken.slice(0, 12),
        created_at: toIso(options.nowMs),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  });
  return summarize(data, apiToken);
}

/** `sb_demo_` and 32 URL-safe characters, the same for the same seed. */
export function demoApiToken(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return `sb_demo_${Random.derive(seed, 'api-token').string(32, alphabet)}`;
}

async function assertEmpty(trx: Trx, data: DemoData): Promise<void> {
  const org = await trx.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  const emails = data.users.map((u) => u.email);
  const user = await trx.selectFrom('users').select('email').where('email', 'in', emails).limit(1).executeTakeFirst();
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

function summarize(data: DemoData, apiToken: string): DemoSummary {
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
    apiToken,
  };
}
