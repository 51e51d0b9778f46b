import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import { newId } from '../../platform/ids.js';

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  action: string;
  ip: string | null;
  detail: Record<string, unknown>;
}

export async function insertAuditEntry(db: Db, entry: Omit<AuditEntry, 'id'>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: entry.at,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      ip: entry.ip,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

/** Newest first; `before` is the `at|id` cursor of the last row of the previous page. */
export async function listAuditEntries(
  db: Db,
  options: { limit: number; before?: { at: string; id: string }; action?: string },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit);
  if (options.action) query = query.where('action', '=', options.action);
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    action: r.action,
    ip: r.ip,
    detail: readJson<Record<string, unknown>>(r.detail, {}),
  }));
}
