import { isUniqueViolation } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId, randomSecret, sha256Hex } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { organizationExists } from '../clients/index.js';
import type { AssetDeps } from './create-asset.js';
import { insertFeed, type AssetFeedRecord } from './assets.repository.js';

/**
 * Sets up an RMM feed pushing one client's assets (owner/admin). Its token (`sbf_…`, a kind of its
 * own: an alert source's or a person's token does not push assets) is shown once, here, and stored
 * hashed.
 */
export async function createAssetFeed(deps: AssetDeps, actor: StaffActor, input: { name: string; organizationId: string }, ip: string | null): Promise<{ feed: AssetFeedRecord; token: string }> {
  if (!(await organizationExists(deps.db, input.organizationId))) throw notFound('Organization', '/organizationId');
  const token = newFeedToken();
  const now = deps.clock.iso();
  const feed = { id: newId(), name: input.name.trim(), organization_id: input.organizationId, token_prefix: token.slice(0, 12), last_push_at: null, revoked_at: null, created_at: now };
  try {
    await insertFeed(deps.db, { ...feed, token_hash: sha256Hex(token) });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('asset_feed_name_taken', 'Another asset feed has this name', '/name');
    throw error;
  }
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'asset_feed.created', ip, detail: { feedId: feed.id, name: feed.name } });
  return { feed, token };
}

/** A feed token: `sbf_` and 32 random characters; only its hash is stored. */
export function newFeedToken(): string {
  return `sbf_${randomSecret(32)}`;
}
