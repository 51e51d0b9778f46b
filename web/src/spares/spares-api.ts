/** The spares area's shapes and calls, typed from the OpenAPI document. */
import { api, query } from '../platform/api';
import type { components } from '../platform/api-types';

export type StockLine = components['schemas']['StockLine'];
export type StockLocation = components['schemas']['StockLocation'];
export type SpareReservation = components['schemas']['SpareReservation'];

/** What is available where: one location, or the caller's own van(s). */
export function stock(filter: { locationId?: string; mine?: boolean }, signal?: AbortSignal) {
  return api<{ items: StockLine[] }>('GET', `/spares/stock${query({ locationId: filter.locationId, mine: filter.mine || undefined })}`, undefined, { signal });
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

export function reserve(ticketId: string, body: { itemId: string; locationId: string; loan: boolean; dueAt?: string }) {
  return api<SpareReservation>('POST', `/tickets/${encodeURIComponent(ticketId)}/spare-reservations`, body);
}

export function move(reservationId: string, body: { move: 'hand_out' | 'return' | 'cancel'; dueAt?: string }) {
  return api<SpareReservation>('POST', `/spare-reservations/${encodeURIComponent(reservationId)}/move`, body);
}

/** How a location's kind reads. */
export const LOCATION_LABELS: Record<StockLocation['kind'], string> = { office: 'Office', client_site: 'Client site', van: 'Van' };
