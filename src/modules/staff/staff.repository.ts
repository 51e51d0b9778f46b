/** All SQL of staff users, client portal users and teams. */
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import type { UserTable } from '../auth/index.js';

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

export function toUser(r: UserTable): User {
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

export async function contactForUser(db: Db, contactId: string) {
  const contact = await db.selectFrom('contacts').select(['id', 'organization_id', 'name']).where('id', '=', contactId).executeTakeFirst();
  if (!contact) return undefined;
  const email = await db.selectFrom('contact_emails').select('email').where('contact_id', '=', contactId).orderBy('is_primary', 'desc').executeTakeFirst();
  return { ...contact, email: email?.email };
}

export interface Team { id: string; name: string; leadUserId: string | null; createdAt: string }

export async function insertTeam(db: Db, t: Team): Promise<void> {
  await db.insertInto('teams').values({ id: t.id, name: t.name, lead_user_id: t.leadUserId, created_at: t.createdAt }).execute();
}

export async function saveTeam(db: Db, t: Team): Promise<void> {
  await db.updateTable('teams').set({ name: t.name, lead_user_id: t.leadUserId }).where('id', '=', t.id).execute();
}

export async function listTeams(db: Db): Promise<Team[]> {
  const rows = await db.selectFrom('teams').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, leadUserId: r.lead_user_id, createdAt: r.created_at }));
}

export async function findTeam(db: Db, id: string): Promise<Team | undefined> {
  const r = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, name: r.name, leadUserId: r.lead_user_id, createdAt: r.created_at } : undefined;
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
