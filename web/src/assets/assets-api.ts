/** The assets area's shapes and calls, typed from the OpenAPI document. */
import { api, query } from '../platform/api';
import type { components } from '../platform/api-types';

export type Asset = components['schemas']['Asset'];
export type TicketAsset = components['schemas']['TicketAsset'];
export type AssetTicket = components['schemas']['AssetTicket'];

/** What each kind is called on screen. */
export const KIND_LABELS: Record<Asset['kind'], string> = {
  laptop: 'Laptop',
  desktop: 'Desktop',
  home_office_kit: 'Home-office kit',
  vpn_token: 'VPN token',
  server: 'Server',
  network_device: 'Network device',
  circuit: 'Circuit',
  printer: 'Printer',
  other: 'Other',
};

/** Assets by name; `q` searches name, serial, model, person and circuit. */
export function findAssets(filter: { q?: string; organizationId?: string; contactId?: string; limit?: number }, signal?: AbortSignal) {
  return api<{ items: Asset[]; nextCursor: string | null }>('GET', `/assets${query({ ...filter, q: filter.q || undefined, limit: filter.limit ?? 50 })}`, undefined, { signal });
}

export function ticketAssets(ticketId: string, signal?: AbortSignal) {
  return api<{ items: TicketAsset[] }>('GET', `/tickets/${encodeURIComponent(ticketId)}/assets`, undefined, { signal });
}

/** Attaches an asset to a ticket (or detaches it with `linked: false`). */
export function attachAsset(ticketId: string, assetId: string, linked = true) {
  return api<{ items: TicketAsset[] }>('POST', `/tickets/${encodeURIComponent(ticketId)}/assets`, { assetId, linked });
}

/** One line saying what an asset is: kind, model and serial. */
export function assetLine(a: Asset): string {
  return [KIND_LABELS[a.kind], a.model, a.serial && `S/N ${a.serial}`].filter(Boolean).join(' · ');
}
