/** All SQL of single sign-on: the configured providers and the sign-in flows under way. */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { SsoFlowTable, SsoProviderTable } from './sso.tables.js';
import type { EmailClaim, SsoProvider, UserKind } from './sso-provider.js';

export type StoredSsoProvider = SsoProvider & { clientSecretEncrypted: string };

function toProvider(r: SsoProviderTable): StoredSsoProvider {
  return {
    id: r.id,
    name: r.name,
    issuer: r.issuer,
    clientId: r.client_id,
    clientSecretEncrypted: r.client_secret_encrypted,
    emailClaim: r.email_claim as EmailClaim,
    allowedDomains: readJson<string[]>(r.allowed_domains, []),
    requireHostedDomain: readBool(r.require_hosted_domain),
    userKinds: readJson<UserKind[]>(r.user_kinds, []),
    jitRole: r.jit_role,
    passwordRoles: readJson<string[]>(r.password_roles, []),
    enabled: readBool(r.enabled),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(p: StoredSsoProvider): SsoProviderTable {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    client_id: p.clientId,
    client_secret_encrypted: p.clientSecretEncrypted,
    email_claim: p.emailClaim,
    allowed_domains: JSON.stringify(p.allowedDomains),
    require_hosted_domain: p.requireHostedDomain,
    user_kinds: JSON.stringify(p.userKinds),
    jit_role: p.jitRole,
    password_roles: JSON.stringify(p.passwordRoles),
    enabled: p.enabled,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export async function listSsoProviders(db: Db, options: { enabledOnly?: boolean } = {}): Promise<StoredSsoProvider[]> {
  let query = db.selectFrom('sso_providers').selectAll().orderBy('name');
  if (options.enabledOnly) query = query.where('enabled', '=', true);
  return (await query.execute()).map(toProvider);
}

export async function findSsoProvider(db: Db, id: string): Promise<StoredSsoProvider | undefined> {
  const row = await db.selectFrom('sso_providers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toProvider(row) : undefined;
}

export async function insertSsoProvider(db: Db, p: StoredSsoProvider): Promise<void> {
  await db.insertInto('sso_providers').values(toRow(p)).execute();
}

export async function updateSsoProvider(db: Db, p: StoredSsoProvider): Promise<void> {
  const { id: _id, created_at: _created, ...changes } = toRow(p);
  await db.updateTable('sso_providers').set(changes).where('id', '=', p.id).execute();
}

export async function deleteSsoProvider(db: Db, id: string): Promise<boolean> {
  return Number((await db.deleteFrom('sso_providers').where('id', '=', id).executeTakeFirst()).numDeletedRows) === 1;
}

/** The password roles of every enabled provider: the one query of a password login. */
export async function enabledPasswordRoles(db: Db): Promise<{ name: string; passwordRoles: string[] }[]> {
  const rows = await db.selectFrom('sso_providers').select(['name', 'password_roles']).where('enabled', '=', true).execute();
  return rows.map((r) => ({ name: r.name, passwordRoles: readJson<string[]>(r.password_roles, []) }));
}

export interface SsoFlow {
  stateHash: string;
  providerId: string;
  nonce: string;
  codeVerifierEncrypted: string;
  returnTo: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export async function insertSsoFlow(db: Db, f: Omit<SsoFlow, 'usedAt'>): Promise<void> {
  const row: SsoFlowTable = { state_hash: f.stateHash, provider_id: f.providerId, nonce: f.nonce, code_verifier_encrypted: f.codeVerifierEncrypted, return_to: f.returnTo, created_at: f.createdAt, expires_at: f.expiresAt, used_at: null };
  await db.insertInto('sso_flows').values(row).execute();
}

/**
 * Marks a flow used and answers it — only for the first caller while it is unexpired, so two
 * callbacks with one state (on any nodes) cannot both go on. Otherwise answers the row as it is
 * (used or expired), or undefined when there is none.
 */
export async function consumeSsoFlow(db: Db, stateHash: string, nowIso: string): Promise<{ consumed: boolean; flow: SsoFlow | undefined }> {
  const result = await db
    .updateTable('sso_flows')
    .set({ used_at: nowIso })
    .where('state_hash', '=', stateHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  const row = await db.selectFrom('sso_flows').selectAll().where('state_hash', '=', stateHash).executeTakeFirst();
  const flow = row
    ? { stateHash: row.state_hash, providerId: row.provider_id, nonce: row.nonce, codeVerifierEncrypted: row.code_verifier_encrypted, returnTo: row.return_to, createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }
    : undefined;
  return { consumed: Number(result.numUpdatedRows) === 1, flow };
}

/** Deletes flows that expired before `beforeIso` (kept a while after expiry, so a late replay is still named one). */
export async function sweepSsoFlows(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('sso_flows').where('expires_at', '<', beforeIso).execute();
}
