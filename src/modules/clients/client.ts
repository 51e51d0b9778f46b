/** Pure rules for client organisations, sites and contacts. */
import { AppError } from '../../platform/errors.js';
import { isPhoneCountry } from './phone.js';

/** Checks an organisation's country: ISO 3166-1 alpha-2 (upper case) with its own phone numbering. */
export function assertCountry(country: string, field: string): void {
  if (!isPhoneCountry(country)) {
    throw new AppError('unknown_country', `${country} is not an ISO 3166-1 alpha-2 country code with phone numbering (e.g. GB, US, AU)`, { status: 422, field });
  }
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}
