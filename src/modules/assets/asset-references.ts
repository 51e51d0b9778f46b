/**
 * The checks every write of an asset shares: the client, site and person it names exist and belong
 * together (read through the clients module), and the person's name for the search text.
 */
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { contactsByIds, organizationWithSites } from '../clients/index.js';
import type { AssetRecord } from './asset.js';

/** What the checks found: the person's name (null without one), for the search text. */
export interface CheckedReferences {
  personName: string | null;
}

/**
 * Refuses an asset whose client is missing (404 on /organizationId), whose site is not one of the
 * client's live sites (422 `site_other_client` on /siteId), or whose person is not the client's
 * (422 `contact_other_client` on /contactId). `prefix` is put before each field (a CSV row's pointer).
 */
export async function checkReferences(db: Db, a: Pick<AssetRecord, 'organizationId' | 'siteId' | 'contactId'>, prefix = ''): Promise<CheckedReferences> {
  const org = await organizationWithSites(db, a.organizationId);
  if (!org) throw notFound('Organization', `${prefix}/organizationId`);
  if (a.siteId !== null && !org.sites.some((s) => s.id === a.siteId)) {
    throw new AppError('site_other_client', 'This site is not one of the client’s (live) sites', { status: 422, field: `${prefix}/siteId` });
  }
  if (a.contactId === null) return { personName: null };
  const [contact] = await contactsByIds(db, [a.contactId]);
  if (!contact || contact.organizationId !== a.organizationId) {
    throw new AppError('contact_other_client', 'This person is not one of the client’s contacts', { status: 422, field: `${prefix}/contactId` });
  }
  return { personName: contact.name };
}
