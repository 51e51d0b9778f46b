import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { DEFAULT_THRESHOLD } from '../fraud/index.js';
import { findThreshold, saveThreshold } from './fraud-context.repository.js';

/** A client's flag threshold and where it comes from. */
export interface FraudSettings {
  organizationId: string;
  threshold: number;
  defaultThreshold: number;
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The threshold a client's messages are flagged at: its own, else the default. */
export async function fraudSettings(db: Db, organizationId: string): Promise<FraudSettings> {
  const own = await findThreshold(db, organizationId);
  return {
    organizationId,
    threshold: own?.threshold ?? DEFAULT_THRESHOLD,
    defaultThreshold: DEFAULT_THRESHOLD,
    isDefault: own === undefined,
    updatedBy: own?.updatedBy ?? null,
    updatedAt: own?.updatedAt ?? null,
  };
}

/**
 * Sets a client's flag threshold (null: back to the default). Lowering it flags more mail, raising
 * it lets more through, so every change is in the audit log with before and after.
 */
export async function changeThreshold(deps: { db: Db; clock: Clock }, actor: StaffActor, organizationId: string, threshold: number | null, ip: string | null): Promise<FraudSettings> {
  const before = await fraudSettings(deps.db, organizationId);
  const at = deps.clock.iso();
  await saveThreshold(deps.db, organizationId, threshold, actor.userId, at);
  const after = await fraudSettings(deps.db, organizationId);
  await insertAuditEntry(deps.db, { at, actorUserId: actor.userId, action: 'fraud.threshold_changed', ip, detail: { organizationId, before: before.threshold, after: after.threshold, isDefault: after.isDefault } });
  return after;
}
