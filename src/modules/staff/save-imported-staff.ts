import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import { saveUser, type Actor, type User } from '../auth/index.js';
import { createUser } from './create-user.js';

/** A staff account as an import makes it: no password (set by an administrator, or single sign-on). */
export interface ImportedStaffMember {
  email: string;
  name: string;
  role: string;
  tier: number | null;
  teamId: string | null;
}

/**
 * Why `actor` may not give a staff account `role` (or change one that is `currentRole`), if they
 * may not: only an owner makes or changes owners, as through the API.
 */
export function staffRoleRefusal(actor: Actor, role: string, currentRole?: string): string | undefined {
  const owner = actor.kind === 'staff' && actor.role === 'owner';
  if ((role === 'owner' || currentRole === 'owner') && !owner) return 'Only an owner can grant or change the owner role';
  return undefined;
}

/**
 * Writes a chunk of imported staff: new accounts (audited as any new account) and changes to
 * existing staff (name, role, tier, team; audited, and their live streams re-check their access).
 */
export async function saveImportedStaff(
  deps: { db: Db; clock: Clock; accessChanged?: (userId: string) => void },
  actor: Actor,
  input: { create: ImportedStaffMember[]; update: { before: User; after: User }[] },
): Promise<User[]> {
  const created: User[] = [];
  for (const m of input.create) {
    const refusal = staffRoleRefusal(actor, m.role);
    if (refusal) throw forbidden(refusal);
    created.push(await createUser(deps, actor, { kind: 'staff', email: m.email, name: m.name, role: m.role, tier: m.tier ?? undefined, teamId: m.teamId ?? undefined }));
  }
  for (const { before, after } of input.update) {
    const refusal = staffRoleRefusal(actor, after.role, before.role);
    if (refusal && after.role !== before.role) throw forbidden(refusal);
    await saveUser(deps.db, after);
    const fields = (['name', 'role', 'tier', 'teamId'] as const).filter((k) => before[k] !== after[k]);
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'user.updated', ip: null, detail: { userId: after.id, fields, by: 'import' } });
    if (after.role !== before.role) deps.accessChanged?.(after.id);
  }
  return created;
}
