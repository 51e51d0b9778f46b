/** Creating and changing a team (a queue): its name, unique, and its lead, a staff member. */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findUser } from '../auth/index.js';
import { findTeam, insertTeam, saveTeam, type Team } from './staff.repository.js';

async function checkLead(db: Db, lead: string | null | undefined): Promise<void> {
  if (lead && (await findUser(db, lead))?.kind !== 'staff') throw notFound('Team lead', '/leadUserId');
}

async function saving(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('team_name_taken', 'There is already a team with that name', '/name');
    throw error;
  }
}

/** Creates a team; 404 on /leadUserId when the lead is not staff, 409 `team_name_taken` for a name in use. */
export async function createTeam(deps: { db: Db; clock: Clock }, body: { name: string; leadUserId?: string | null }): Promise<Team> {
  await checkLead(deps.db, body.leadUserId);
  const team: Team = { id: newId(), name: body.name.trim(), leadUserId: body.leadUserId ?? null, createdAt: deps.clock.iso() };
  await saving(() => insertTeam(deps.db, team));
  return team;
}

/** Renames a team or changes its lead (null: none). */
export async function changeTeam(deps: { db: Db }, input: { id: string; patch: { name?: string; leadUserId?: string | null } }): Promise<Team> {
  const team = await findTeam(deps.db, input.id);
  if (!team) throw notFound('Team');
  const lead = input.patch.leadUserId;
  await checkLead(deps.db, lead);
  const next: Team = { ...team, name: input.patch.name?.trim() ?? team.name, leadUserId: lead !== undefined ? lead : team.leadUserId };
  await saving(() => saveTeam(deps.db, next));
  return next;
}
