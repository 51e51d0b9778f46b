import { conflict, notFound } from '../../platform/errors.js';
import { sha256Hex } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import type { AssetDeps } from './create-asset.js';
import { newFeedToken } from './create-asset-feed.js';
import { findFeed, replaceFeedToken, type AssetFeedRecord } from './assets.repository.js';

/**
 * Gives an RMM feed a new token (owner/admin), shown once, here: the old token stops pushing in
 * the same write, so a leaked token is dead the moment the new one is shown. A revoked feed stays
 * revoked (409 `feed_revoked`).
 */
export async function rotateAssetFeed(deps: AssetDeps, actor: StaffActor, id: string, ip: string | null): Promise<{ feed: AssetFeedRecord; token: string }> {
  const feed = await findFeed(deps.db, id);
  if (!feed) throw notFound('Asset feed');
  const token = newFeedToken();
  const prefix = token.slice(0, 12);
  if (!(await replaceFeedToken(deps.db, id, { hash: sha256Hex(token), prefix }))) throw conflict('feed_revoked', 'This feed is revoked: set up a new one');
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'asset_feed.rotated', ip, detail: { feedId: id } });
  return { feed: { ...feed, token_prefix: prefix }, token };
}
