/**
 * Adding and changing a client organisation: its time zone and country are checked, its main
 * number is stored in E.164 (read in the organisation's country), and a new country reads the
 * numbers kept as typed again. The short name (slug) is unique.
 */
import type { Static } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { assertTimeZone } from '../../platform/time-zones.js';
import { isEnabledStaff } from '../auth/index.js';
import { assertCountry, slugify } from './client.js';
import { insertOrganization, renormalizeOrganizationPhones, slugTaken, updateOrganization, type MainPhone, type Organization } from './client.repository.js';
import type { CreateOrganizationBody, UpdateOrganizationBody } from './clients.schema.js';
import { countryForTimeZone, normalizePhone } from './phone.js';

/** The main number as stored: E.164, read in the organisation's country when typed in national form. */
function readMainPhone(typed: string | null, country: string | null): MainPhone | null {
  if (typed === null) return null;
  const number = normalizePhone(typed, country);
  if (!number) throw new AppError('invalid_phone', `${typed} is not a possible phone number${country ? ` in ${country}` : ''}`, { status: 422, field: '/mainPhone' });
  return { number: number.number, extension: number.extension };
}

/** Adds an organisation; 409 `slug_taken` when its short name is in use. */
export async function createOrganization(deps: { db: Db; clock: Clock }, body: Static<typeof CreateOrganizationBody>): Promise<Organization> {
  assertTimeZone(body.timeZone, '/timeZone');
  const country = body.country === undefined ? countryForTimeZone(body.timeZone) : body.country?.toUpperCase() ?? null;
  if (country !== null) assertCountry(country, '/country');
  const mainPhone = readMainPhone(body.mainPhone ?? null, country);
  const slug = body.slug ?? (slugify(body.name) || 'client');
  if (await slugTaken(deps.db, slug)) throw conflict('slug_taken', `Another client already uses the short name ${slug}`, '/slug');
  const org: Organization = {
    id: newId(),
    name: body.name.trim(),
    slug,
    industry: body.industry ?? '',
    timeZone: body.timeZone,
    country,
    mainPhone,
    createdAt: deps.clock.iso(),
    archivedAt: null,
  };
  try {
    await insertOrganization(deps.db, org);
  } catch (error) {
    // Two requests took the same free slug at once: the unique index decides.
    if (isUniqueViolation(error)) throw conflict('slug_taken', 'Another client already uses that short name', '/slug');
    throw error;
  }
  return org;
}

/** The main number after a change: the one given, or the one kept as typed read again in a new country. */
function nextMainPhone(org: Organization, typed: string | null | undefined, country: string | null): MainPhone | null {
  if (typed !== undefined) return readMainPhone(typed, country);
  const kept = org.mainPhone;
  if (kept && !kept.number.startsWith('+') && country !== null && country !== org.country) {
    // A main number kept as typed (no country until now) is read again in the new country, like the contacts' numbers.
    const again = normalizePhone(kept.number, country);
    if (again) return { number: again.number, extension: kept.extension || again.extension };
  }
  return kept;
}

/** Changes an organisation; the account manager must be enabled staff (404 on /accountManagerId otherwise). */
export async function changeOrganization(deps: { db: Db }, input: { org: Organization; patch: Static<typeof UpdateOrganizationBody> }): Promise<Organization> {
  const { org, patch } = input;
  if (patch.timeZone) assertTimeZone(patch.timeZone, '/timeZone');
  if (patch.accountManagerId && !(await isEnabledStaff(deps.db, patch.accountManagerId))) throw notFound('Account manager', '/accountManagerId');
  const country = patch.country === undefined ? org.country : patch.country?.toUpperCase() ?? null;
  if (country !== null) assertCountry(country, '/country');
  const mainPhone = nextMainPhone(org, patch.mainPhone, country);
  const next: Organization = { ...org, ...patch, country, mainPhone, name: patch.name?.trim() ?? org.name };
  await deps.db.transaction().execute(async (trx) => {
    await updateOrganization(trx, next);
    if (country !== null && country !== org.country) await renormalizeOrganizationPhones(trx, org.id, country);
  });
  return next;
}
