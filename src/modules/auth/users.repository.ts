/**
 * All SQL of the `users` table outside sign-in (auth.repository.ts): the accounts staff manage
 * (the staff module's use cases call these through auth's index.ts), and the small lookups other
 * modules make of a person — names, whether someone is enabled staff, their team.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import type { Database } from '../../platform/db/tables.js';
import type { UserTable } from './auth.tables.js';

/** An account: MSP staff or a client's portal user. */
export interface User {
  id: string;
  kind: 'staff' | 'client';
  email: string;
  name: string;
  role: string;
  tier: number | null;
  teamId: string | null;
  organizationId: string | null;
  contactId: string | null;
  disabled: boolean;
  createdAt: string;
}

function toUser(r: UserTable): User {
  return {
    id: r.id,
    kind: r.kind === 'client' ? 'client' : 'staff',
    email: r.email,
    name: r.name,
    role: r.role,
    tier: r.tier,
    teamId: r.team_id,
    organizationId: r.organization_id,
    contactId: r.contact_id,
    disabled: readBool(r.disabled),
    createdAt: r.created_at,
  };
}

export async function insertUser(db: Db, u: User, passwordHash: string | null): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      kind: u.kind,
      email: u.email,
      name: u.name,
      password_hash: passwordHash,
      role: u.role,
      tier: u.tier,
      team_id: u.teamId,
      organization_id: u.organizationId,
      contact_id: u.contactId,
      disabled: u.disabled,
      created_at: u.createdAt,
    })
    .execute();
}

export async function saveUser(db: Db, u: User, passwordHash?: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ name: u.name, role: u.role, tier: u.tier, team_id: u.teamId, disabled: u.disabled, ...(passwordHash ? { password_hash: passwordHash } : {}) })
    .where('id', '=', u.id)
    .execute();
}

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export async function listUsers(db: Db, filter: { kind?: string; role?: string; organizationId?: string; limit: number; after?: [string, string] }): Promise<User[]> {
  let q = db.selectFrom('users').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.role) q = q.where('role', '=', filter.role);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.after) q = q.where((eb) => eb.or([eb('name', '>', filter.after![0]), eb.and([eb('name', '=', filter.after![0]), eb('id', '>', filter.after![1])])]));
  return (await q.orderBy('name').orderBy('id').limit(filter.limit + 1).execute()).map(toUser);
}

/** The accounts (staff and client) with any of these sign-in emails (lower case). */
export async function usersWithEmails(db: Db, emails: string[]): Promise<User[]> {
  if (emails.length === 0) return [];
  return (await db.selectFrom('users').selectAll().where('email', 'in', [...new Set(emails)]).execute()).map(toUser);
}

/** The first owner account still enabled: whom `switchboard import` acts as when not told. */
export async function firstActiveOwner(db: Db): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('kind', '=', 'staff').where('role', '=', 'owner').where('disabled', '=', false).orderBy('created_at').orderBy('id').executeTakeFirst();
  return r ? toUser(r) : undefined;
}

/** The MSP's own people, for the fraud guard's directory: every staff member still working, by name and address. */
export async function staffDirectory(db: Db): Promise<{ id: string; name: string; email: string }[]> {
  const rows = await db.selectFrom('users').select(['id', 'name', 'email', 'disabled']).where('kind', '=', 'staff').orderBy('name').orderBy('id').execute();
  return rows.filter((r) => !readBool(r.disabled)).map(({ id, name, email }) => ({ id, name, email }));
}

/** A person as pages and targets name them. */
export interface Person { id: string; name: string; email: string }

/** Enabled staff with this role, by name. */
export async function staffWithRole(db: Db, role: string): Promise<Person[]> {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('kind', '=', 'staff').where('role', '=', role).where('disabled', '=', false).orderBy('name').execute();
}

/** An enabled account (staff or client) by id. */
export async function enabledPerson(db: Db, id: string): Promise<Person | undefined> {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', id).where('disabled', '=', false).executeTakeFirst();
}

/** An enabled staff member by id. */
export async function enabledStaffMember(db: Db, id: string): Promise<Person | undefined> {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', id).where('kind', '=', 'staff').where('disabled', '=', false).executeTakeFirst();
}

/** Whether the id names an enabled staff member (an assignee, an account manager). */
export async function isEnabledStaff(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('users').select(['kind', 'disabled']).where('id', '=', id).executeTakeFirst();
  return row !== undefined && row.kind === 'staff' && !readBool(row.disabled);
}

/**
 * The id back when it names an enabled staff member, else null — as a subquery, so a caller can
 * check it inside a statement of its own (a new ticket reads all its references in one).
 */
export function enabledStaffIdExpression(eb: ExpressionBuilder<Database, never>, id: string) {
  return eb.selectFrom('users').select('id').where('id', '=', id).where('kind', '=', 'staff').where('disabled', '=', false);
}

/** The team a user belongs to, or null. */
export async function teamOfUser(db: Db, userId: string): Promise<string | null> {
  return (await db.selectFrom('users').select('team_id').where('id', '=', userId).executeTakeFirst())?.team_id ?? null;
}

/** Display names of these users (staff or not, disabled too: a report still names who did the work); unknown ids and nulls are left out. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const names = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique.slice(i, i + 500)).execute()) names.set(r.id, r.name);
  }
  return names;
}

/** Those of these ids that belong to enabled staff users. */
export async function enabledStaffIds(db: Db, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db.selectFrom('users').select(['id', 'disabled']).where('id', 'in', unique).where('kind', '=', 'staff').execute();
  return new Set(rows.filter((r) => !readBool(r.disabled)).map((r) => r.id));
}

/** Those of these ids that belong to staff accounts (enabled or not): whose events count as the MSP's. */
export async function staffIdsAmong(db: Db, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db.selectFrom('users').select('id').where('id', 'in', unique.slice(i, i + 500)).where('kind', '=', 'staff').execute()) found.add(r.id);
  }
  return found;
}

/** Active staff with one role, oldest account first: who receives what a role is responsible for. */
export async function activeStaffWithRole(db: Db, role: string): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('kind', '=', 'staff').where('role', '=', role).where('disabled', '=', false).orderBy('created_at').orderBy('id').execute();
  return rows.map(toUser);
}

/** One staff member who can still work (not disabled), or undefined. */
export async function activeStaffMember(db: Db, id: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).where('kind', '=', 'staff').where('disabled', '=', false).executeTakeFirst();
  return r ? toUser(r) : undefined;
}
