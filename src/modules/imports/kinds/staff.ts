/** Importing staff accounts: matched by sign-in email; roles as the API allows them (only an owner makes owners). */
import { usersWithEmails, type User } from '../../auth/index.js';
import { listTeams, saveImportedStaff, staffRoleRefusal, type Team } from '../../staff/index.js';
import type { RowIssue, StaffValues } from '../row-values.js';
import { readRole } from '../row-words.js';
import { fold, planChanges, planCreate, planError, type KindHandler, type Plan, type PlanDeps } from './kind.js';

interface World {
  users: Map<string, User>;
  teams: Team[];
}

function teamOf(values: StaffValues, world: World): Team | null | RowIssue {
  if (values.team === null) return null;
  return world.teams.find((t) => fold(t.name) === fold(values.team!)) ?? { field: 'team', code: 'unknown_team', message: `There is no team named ${values.team}: create it first, or leave the cell empty` };
}

function plan(values: StaffValues, world: World, deps: PlanDeps): Plan {
  const issues: RowIssue[] = [];
  const team = teamOf(values, world);
  if (team && 'code' in team) issues.push(team);
  const user = world.users.get(values.email);
  if (user && user.kind !== 'staff') issues.push({ field: 'email', code: 'email_taken', message: `${values.email} is a client portal login, not a staff account` });
  const role = values.roleWord === null && user ? user.role : values.role;
  const refusal = staffRoleRefusal(deps.actor, role, user?.role);
  if (refusal && role !== user?.role) issues.push({ field: 'role', code: 'forbidden', message: refusal });
  if (issues.length) return planError(issues);
  const note = values.roleWord !== null && !readRole(values.roleWord).known ? ` (role “${values.roleWord}” read as technician)` : '';
  if (!user) return planCreate(`new staff account: ${role.replace('_', ' ')}${note}, no password yet`);
  const changes: string[] = [];
  if (values.name !== user.name) changes.push('name');
  if (role !== user.role) changes.push('role');
  if (values.tier !== null && values.tier !== user.tier) changes.push('tier');
  const teamId = team && !('code' in team) ? team.id : null;
  if (teamId !== null && teamId !== user.teamId) changes.push('team');
  const p = planChanges(user.id, changes, 'matched by email');
  return note && p.action === 'update' ? { ...p, reason: p.reason + note } : p;
}

export const staffKind: KindHandler<'staff', World> = {
  kind: 'staff',
  chunkSize: 100,
  keys: (v) => [`email:${v.email}`],
  async lookup(deps, rows) {
    const users = await usersWithEmails(deps.db, rows.map((r) => r.email).filter(Boolean));
    return { users: new Map(users.map((u) => [u.email, u])), teams: await listTeams(deps.db) };
  },
  plan,
  async write(deps, rows, world) {
    const creates = [];
    const updates = [];
    for (const { values, plan: p } of rows) {
      const team = teamOf(values, world) as Team | null;
      if (p.action === 'create') {
        creates.push({ email: values.email, name: values.name, role: values.role, tier: values.tier, teamId: team?.id ?? null });
      } else {
        const before = world.users.get(values.email)!;
        const role = values.roleWord === null ? before.role : values.role;
        updates.push({ before, after: { ...before, name: values.name, role, tier: values.tier ?? before.tier, teamId: team?.id ?? before.teamId } });
      }
    }
    const created = await saveImportedStaff(deps, deps.actor, { create: creates, update: updates });
    let next = 0;
    return rows.map((r) => (r.plan.action === 'create' ? created[next++].id : r.plan.recordId!));
  },
};
