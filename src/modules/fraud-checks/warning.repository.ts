/** All SQL of the portal warnings that tell a client's users about a confirmed fraud. */
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import { fraudDb, type FraudWarningTable } from './fraud-checks.tables.js';

export interface WarningRecord {
  id: string;
  organizationId: string;
  flagId: string;
  ticketId: string;
  text: string;
  active: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
}

function toWarning(r: FraudWarningTable): WarningRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    flagId: r.flag_id,
    ticketId: r.ticket_id,
    text: r.text,
    active: readBool(r.active),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    endedAt: r.ended_at,
  };
}

export async function insertWarning(db: Db, w: WarningRecord): Promise<void> {
  await fraudDb(db)
    .insertInto('fraud_warnings')
    .values({ id: w.id, organization_id: w.organizationId, flag_id: w.flagId, ticket_id: w.ticketId, text: w.text, active: w.active, created_by: w.createdBy, created_at: w.createdAt, updated_at: w.updatedAt, ended_at: w.endedAt })
    .execute();
}

export async function updateWarning(db: Db, w: WarningRecord): Promise<void> {
  await fraudDb(db).updateTable('fraud_warnings').set({ text: w.text, active: w.active, updated_at: w.updatedAt, ended_at: w.endedAt }).where('id', '=', w.id).execute();
}

export async function findWarning(db: Db, id: string): Promise<WarningRecord | undefined> {
  const row = await fraudDb(db).selectFrom('fraud_warnings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toWarning(row);
}

/** The warnings published for one flag, newest first. */
export async function flagWarnings(db: Db, flagId: string): Promise<WarningRecord[]> {
  const rows = await fraudDb(db).selectFrom('fraud_warnings').selectAll().where('flag_id', '=', flagId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toWarning);
}

/** Warnings newest first, of one client or all, active ones only or every one; `after` is the last row's [createdAt, id]. */
export async function listWarnings(db: Db, filter: { organizationId?: string; activeOnly: boolean; limit: number; after?: [string, string] }): Promise<WarningRecord[]> {
  let q = fraudDb(db).selectFrom('fraud_warnings').selectAll();
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.activeOnly) q = q.where('active', '=', true);
  if (filter.after) {
    const [at, id] = filter.after;
    q = q.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
  return rows.map(toWarning);
}
