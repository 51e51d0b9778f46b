import { readKind } from './asset.js';
import { createAsset, type AssetDeps } from './create-asset.js';
import { linkAsset } from './link-asset.js';
import type { StaffActor } from '../auth/index.js';

/** A spare unit fitted at a client for good, as the spares module describes it. */
export interface FittedUnit {
  ticket: { id: string; organizationId: string; siteId: string | null; contactId: string | null };
  /** The spare item's name, kind (as people write it: "laptop", "router") and model. */
  name: string;
  kind: string;
  model: string;
  serial: string;
}

/**
 * Records a spare unit handed out for good (a permanent swap) as an asset of the ticket's client,
 * at the ticket's site and with its person, and attaches it to the ticket, so the client's kit
 * stays true after the swap. A kind the assets module does not know is `other`.
 */
export async function recordFittedUnit(deps: AssetDeps, actor: StaffActor, unit: FittedUnit): Promise<{ assetId: string }> {
  const asset = await createAsset(deps, actor, {
    organizationId: unit.ticket.organizationId,
    siteId: unit.ticket.siteId,
    contactId: unit.ticket.contactId,
    kind: readKind(unit.kind) ?? 'other',
    name: unit.name,
    serial: unit.serial,
    model: unit.model,
  }, null);
  await linkAsset(deps, actor, unit.ticket, asset.id, true);
  return { assetId: asset.id };
}
