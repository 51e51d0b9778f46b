import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import type { Actor, ClientRole, StaffRole } from './actor.js';
import type { UserTable } from './auth.tables.js';

export type UserRow = Omit<UserTable, 'disabled'> & { disabled: boolean };

function toUser(row: UserTable): UserRow {
  return { ...row, disabled: readBool(row.disabled) };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** The actor for an enabled user; undefined when the account is disabled or incomplete. */
export function actorOf(user: UserRow): Actor | undefined {
  if (user.disabled) return undefined;
  if (user.kind === 'staff') {
    return { kind: 'staff', userId: user.id, name: user.name, email: user.email, role: user.role as StaffRole, tier: user.tier, teamId: user.team_id };
  }
  if (!user.organization_id || !user.contact_id) return undefined;
  return {
    kind: 'client',
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role as ClientRole,
    organizationId: user.organization_id,
    contactId: user.contact_id,
  };
}

export async function insertSession(
  db: Db,
  session: { idHash: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: session.idHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt })
    .execute();
}

export async function findSession(db: Db, idHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.id_hash', 'sessions.expires_at as session_expires_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, or every one but `exceptIdHash` (the session that asked). */
export async function endSessions(db: Db, userId: string, exceptIdHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) query = query.where('id_hash', '!=', exceptIdHash);
  await query.execute();
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** The user of an unrevoked token, found by the token's hash (each request) or its id (re-checks). */
export async function findTokenUser(db: Db, by: { hash: string } | { id: string }) {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.revoked_at', 'is', null);
  query = 'hash' in by ? query.where('api_tokens.token_hash', '=', by.hash) : query.where('api_tokens.id', '=', by.id);
  return query.executeTakeFirst();
}

/** Records a token's use unless another request (on any node) already did since `staleBefore`. */
export async function markTokenUsed(db: Db, id: string, at: string, staleBefore: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}

export async function insertToken(
  db: Db,
  token: { id: string; userId: string; name: string; tokenHash: string; prefix: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({ id: token.id, user_id: token.userId, name: token.name, token_hash: token.tokenHash, prefix: token.prefix, created_at: token.createdAt })
    .execute();
}

export async function listTokens(db: Db, userId: string | undefined) {
  let q = db.selectFrom('api_tokens').select(['id', 'user_id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at']).orderBy('created_at', 'desc');
  if (userId) q = q.where('user_id', '=', userId);
  return q.execute();
}

export async function findToken(db: Db, id: string) {
  return db.selectFrom('api_tokens').select(['id', 'user_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}
