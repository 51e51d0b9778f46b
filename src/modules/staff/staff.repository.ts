/**
 * All SQL of teams. The people themselves are accounts in the auth module's `users` table: staff's
 * use cases manage them through the functions auth exports.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

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

export async function teamExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The team's lead, or null (no such team, or no lead). */
export async function teamLead(db: Db, teamId: string): Promise<string | null> {
  return (await db.selectFrom('teams').select('lead_user_id').where('id', '=', teamId).executeTakeFirst())?.lead_user_id ?? null;
}

/** The id back when it names a team, else null — as a subquery for a caller's own statement (a new ticket's references). */
export function teamIdExpression(eb: ExpressionBuilder<Database, never>, id: string) {
  return eb.selectFrom('teams').select('id').where('id', '=', id);
}
