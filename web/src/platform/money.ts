/** How money in minor units, minutes and time's billing classification read, everywhere in the console and portal. */
import type { components } from './api-types';

/** `12000` USD → `$120.00`, in the currency's own minor units. */
export function formatMoney(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/** `95` → `1 h 35 min`. */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** How a time entry's classification reads (the ticket's Time panel, a campaign's people). */
export const CLASSIFICATION_LABELS: Record<components['schemas']['TimeEntry']['classification'], string> = {
  billable: 'Chargeable',
  covered: 'Covered',
  non_billable: 'Not billable',
  goodwill: 'Goodwill',
};
