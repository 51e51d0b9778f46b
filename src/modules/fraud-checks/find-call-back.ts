import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { contactsWithEmail, organizationDirectory } from '../clients/index.js';
import { callBackFor, type CallBack, type ClientDirectory } from './call-back.js';
import type { PurportedSender } from './verification.js';

/**
 * Who to call back for a purported sender of a client, read from the directory as it is now (a
 * number added since the flag was raised is offered at once), with the client's country for
 * reading typed numbers.
 */
export async function findCallBack(db: Db, organizationId: string, sender: PurportedSender): Promise<{ callBack: CallBack; directory: ClientDirectory; country: string | null }> {
  const found = await organizationDirectory(db, organizationId);
  if (!found) throw notFound('Organization');
  const directory: ClientDirectory = { organization: found.organization, contacts: found.contacts };
  const withAddress = sender.address?.includes('@') ? await contactsWithEmail(db, sender.address) : [];
  return { callBack: callBackFor(sender, directory, withAddress), directory, country: found.organization.country };
}
