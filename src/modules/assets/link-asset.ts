import { AppError, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, touchTicket } from '../tickets/index.js';
import type { AssetDeps } from './create-asset.js';
import { findAsset, linkToTicket, unlinkFromTicket } from './assets.repository.js';

/** The ticket an asset is attached to, as the route found it for the actor. */
export interface LinkTicket {
  id: string;
  organizationId: string;
}

/**
 * Attaches an asset of the ticket's client to the ticket ("which laptop?"), once (attaching it again
 * changes nothing), or detaches it. The ticket's history records either as an internal event and
 * its version moves so open views reload.
 */
export async function linkAsset(deps: AssetDeps, actor: StaffActor, ticket: LinkTicket, assetId: string, linked: boolean): Promise<{ changed: boolean }> {
  const asset = await findAsset(deps.db, assetId);
  if (!asset) throw notFound('Asset', '/assetId');
  if (asset.organizationId !== ticket.organizationId) throw new AppError('asset_other_client', 'This asset belongs to another client than the ticket’s', { status: 422, field: '/assetId' });
  if (linked && asset.archivedAt !== null) throw new AppError('asset_archived', 'This asset is archived; restore it before attaching it', { status: 422, field: '/assetId' });
  const now = deps.clock.iso();
  const changed = linked
    ? await linkToTicket(deps.db, { assetId, ticketId: ticket.id, linkedBy: actor.userId, at: now })
    : await unlinkFromTicket(deps.db, assetId, ticket.id);
  if (!changed) return { changed };
  await touchTicket(deps.db, ticket.id, now);
  await insertTicketEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: linked ? 'asset.linked' : 'asset.unlinked', field: null, before: null, after: { assetId, name: asset.name }, internal: true, at: now });
  return { changed };
}
