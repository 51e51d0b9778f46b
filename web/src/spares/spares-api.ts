/** The spares area's shapes and calls, typed from the OpenAPI document. */
import { api, query } from '../platform/api';
import type { components } from '../platform/api-types';

export type StockLine = components['schemas']['StockLine'];
export type StockLocation = components['schemas']['StockLocation'];
export type SpareReservation = components['schemas']['SpareReservation'];
export type SpareItem = components['schemas']['SpareItem'];
export type SpareUnit = components['schemas']['SpareUnit'];
export type SpareMovement = components['schemas']['SpareMovement'];

/** What is available where: one location, or the caller's own van(s). */
export function stock(filter: { locationId?: string; itemId?: string; mine?: boolean }, signal?: AbortSignal) {
  return api<{ items: StockLine[] }>('GET', `/spares/stock${query({ locationId: filter.locationId, itemId: filter.itemId, mine: filter.mine || undefined })}`, undefined, { signal });
}

/** Loaners out now, soonest due first; `mine`: lent from the caller's van(s). */
export function loans(mine: boolean, signal?: AbortSignal) {
  return api<{ items: SpareReservation[] }>('GET', `/spares/loans${query({ mine: mine || undefined })}`, undefined, { signal });
}

export function locations(signal?: AbortSignal) {
  return api<{ items: StockLocation[] }>('GET', '/stock-locations', undefined, { signal });
}

export function reservations(ticketId: string, signal?: AbortSignal) {
  return api<{ items: SpareReservation[] }>('GET', `/tickets/${encodeURIComponent(ticketId)}/spare-reservations`, undefined, { signal });
}

export function reserve(ticketId: string, body: { itemId: string; locationId: string; loan: boolean; dueAt?: string; unitId?: string }) {
  return api<SpareReservation>('POST', `/tickets/${encodeURIComponent(ticketId)}/spare-reservations`, body);
}

export function move(reservationId: string, body: { move: 'hand_out' | 'return' | 'cancel'; dueAt?: string; serial?: string; recordAsset?: boolean }) {
  return api<SpareReservation>('POST', `/spare-reservations/${encodeURIComponent(reservationId)}/move`, body);
}

/** How a location's kind reads. */
export const LOCATION_LABELS: Record<StockLocation['kind'], string> = { office: 'Office', client_site: 'Client site', van: 'Van' };

export function items(signal?: AbortSignal) {
  return api<{ items: SpareItem[] }>('GET', '/spare-items', undefined, { signal });
}

/** A serialised item's units; `locationId` and `state` narrow them. */
export function units(itemId: string, filter: { locationId?: string; state?: SpareUnit['state'] } = {}, signal?: AbortSignal) {
  return api<{ items: SpareUnit[] }>('GET', `/spare-items/${encodeURIComponent(itemId)}/units${query(filter)}`, undefined, { signal });
}

/** What changed an item's stock, latest first. */
export function movements(itemId: string, signal?: AbortSignal) {
  return api<{ items: SpareMovement[] }>('GET', `/spare-items/${encodeURIComponent(itemId)}/movements`, undefined, { signal });
}
