import { conflict, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { applySettings, searchText, type AssetRecord, type AssetSettings } from './asset.js';
import { checkReferences } from './asset-references.js';
import type { AssetDeps } from './create-asset.js';
import { findAsset, saveAsset } from './assets.repository.js';

/** A change to an asset: its settings, archiving, and optionally the version it was made on. */
export interface AssetChange extends Partial<AssetSettings> {
  version?: number;
  archived?: boolean;
}

/** Changes, archives or restores an asset (staff); 409 `version_conflict` when it changed since `version`. */
export async function updateAsset(deps: AssetDeps, actor: StaffActor, id: string, change: AssetChange, ip: string | null): Promise<AssetRecord> {
  const current = await findAsset(deps.db, id);
  if (!current) throw notFound('Asset');
  if (change.version !== undefined && change.version !== current.version) throw conflict('version_conflict', 'This asset changed since you loaded it; reload and try again', '/version');
  const now = deps.clock.iso();
  const { version: _v, archived, ...settings } = change;
  const next: AssetRecord = {
    ...applySettings(current, settings),
    archivedAt: archived === undefined ? current.archivedAt : archived ? (current.archivedAt ?? now) : null,
    version: current.version + 1,
    updatedAt: now,
  };
  const { personName } = await checkReferences(deps.db, next);
  if (!(await saveAsset(deps.db, next, current.version, searchText(next, personName)))) throw conflict('version_conflict', 'Someone changed this asset at the same moment; reload and try again');
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'asset.changed', ip, detail: { assetId: id, fields: Object.keys(change) } });
  return next;
}
