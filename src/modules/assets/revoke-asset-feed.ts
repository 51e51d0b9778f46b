import { notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import type { AssetDeps } from './create-asset.js';
import { findFeed, revokeFeed, type AssetFeedRecord } from './assets.repository.js';

/**
 * Revokes an RMM feed (owner/admin): its token pushes nothing from now on (401 `invalid_token`).
 * The feed and the assets it pushed stay; revoking again changes nothing.
 */
export async function revokeAssetFeed(deps: AssetDeps, actor: StaffActor, id: string, ip: string | null): Promise<AssetFeedRecord> {
  const feed = await findFeed(deps.db, id);
  if (!feed) throw notFound('Asset feed');
  if (feed.revoked_at !== null) return feed;
  const at = deps.clock.iso();
  await revokeFeed(deps.db, id, at);
  await insertAuditEntry(deps.db, { at, actorUserId: actor.userId, action: 'asset_feed.revoked', ip, detail: { feedId: id } });
  return { ...feed, revoked_at: at };
}
