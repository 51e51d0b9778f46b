/** Adding and changing a client's site; a site without its own time zone takes its organisation's. */
import type { Static } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { assertTimeZone } from '../../platform/time-zones.js';
import { insertSite, updateSite, type Organization, type Site } from './client.repository.js';
import type { CreateSiteBody, UpdateSiteBody } from './clients.schema.js';

/** Adds a site to an organisation the caller has already found (and may see). */
export async function createSite(deps: { db: Db; clock: Clock }, input: { org: Organization; body: Static<typeof CreateSiteBody> }): Promise<Site> {
  const { org, body } = input;
  const timeZone = body.timeZone ?? org.timeZone;
  assertTimeZone(timeZone, '/timeZone');
  const site: Site = { id: newId(), organizationId: org.id, name: body.name.trim(), address: body.address ?? '', timeZone, createdAt: deps.clock.iso(), archivedAt: null };
  await insertSite(deps.db, site);
  return site;
}

/** Changes a site's name, address or time zone. */
export async function changeSite(deps: { db: Db }, input: { site: Site; patch: Static<typeof UpdateSiteBody> }): Promise<Site> {
  if (input.patch.timeZone) assertTimeZone(input.patch.timeZone, '/timeZone');
  const next: Site = { ...input.site, ...input.patch };
  await updateSite(deps.db, next);
  return next;
}
