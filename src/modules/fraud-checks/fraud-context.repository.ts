/**
 * All SQL of what the fraud guard remembers across messages: sender domains seen per client,
 * look-alike domains confirmed anywhere, and clients' own thresholds.
 */
import type { Db } from '../../platform/db/connect.js';
import { fraudDb } from './fraud-checks.tables.js';

/** Counts one more message from `domain` (registrable, ASCII) at a client. */
export async function recordSeenDomain(db: Db, organizationId: string, domain: string, at: string): Promise<void> {
  await fraudDb(db)
    .insertInto('fraud_seen_domains')
    .values({ organization_id: organizationId, domain, first_seen_at: at, last_seen_at: at, messages: 1 })
    .onConflict((oc) => oc.columns(['organization_id', 'domain']).doUpdateSet((eb) => ({ last_seen_at: at, messages: eb('fraud_seen_domains.messages', '+', 1) })))
    .execute();
}

/** The sender domains a client has had mail from. */
export async function seenDomains(db: Db, organizationId: string): Promise<string[]> {
  const rows = await fraudDb(db).selectFrom('fraud_seen_domains').select('domain').where('organization_id', '=', organizationId).orderBy('domain').execute();
  return rows.map((r) => r.domain);
}

/** Remembers a look-alike confirmed as fraud; the first confirmation of a domain is kept. */
export async function rememberLookalike(db: Db, entry: { domain: string; flagId: string; organizationId: string; at: string }): Promise<void> {
  await fraudDb(db)
    .insertInto('fraud_lookalike_domains')
    .values({ domain: entry.domain, flag_id: entry.flagId, organization_id: entry.organizationId, confirmed_at: entry.at })
    .onConflict((oc) => oc.column('domain').doNothing())
    .execute();
}

/** Every look-alike domain confirmed as fraud at any client. */
export async function lookalikeDomains(db: Db): Promise<string[]> {
  const rows = await fraudDb(db).selectFrom('fraud_lookalike_domains').select('domain').orderBy('domain').execute();
  return rows.map((r) => r.domain);
}

/** A client's own threshold, when it has one. */
export async function findThreshold(db: Db, organizationId: string): Promise<{ threshold: number; updatedBy: string | null; updatedAt: string } | undefined> {
  const row = await fraudDb(db).selectFrom('fraud_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
  return row && { threshold: row.threshold, updatedBy: row.updated_by, updatedAt: row.updated_at };
}

/** Sets a client's threshold; null returns it to the default. */
export async function saveThreshold(db: Db, organizationId: string, threshold: number | null, by: string, at: string): Promise<void> {
  const f = fraudDb(db);
  if (threshold === null) {
    await f.deleteFrom('fraud_settings').where('organization_id', '=', organizationId).execute();
    return;
  }
  await f
    .insertInto('fraud_settings')
    .values({ organization_id: organizationId, threshold, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ threshold, updated_by: by, updated_at: at }))
    .execute();
}
