import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { applySettings, blankAsset, searchText, type AssetRecord, type AssetSettings } from './asset.js';
import { checkReferences } from './asset-references.js';
import { insertAsset } from './assets.repository.js';

/** What the asset writes use. */
export interface AssetDeps {
  db: Db;
  clock: Clock;
}

/** Records a new asset of a client (staff), indexed for search. */
export async function createAsset(deps: AssetDeps, actor: StaffActor, input: AssetSettings & { organizationId: string }, ip: string | null): Promise<AssetRecord> {
  const now = deps.clock.iso();
  const asset = applySettings(blankAsset(newId(), input.organizationId, now), input);
  const { personName } = await checkReferences(deps.db, asset);
  await insertAsset(deps.db, asset, searchText(asset, personName));
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'asset.created', ip, detail: { assetId: asset.id, name: asset.name, kind: asset.kind } });
  return asset;
}
