import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { contactsWithEmail, organizationDirectory } from '../clients/index.js';
import { callBackFor, type CallBack, type ClientDirectory } from './call-back.js';
import type { PurportedSender } from './verification.js';

/**
 * Who to call back for a purported sender of a client, read from the directory as it is now (a
 * number added since the flag was raised is offered at once; an archived contact is no longer
 * offered), with the client's country for reading typed numbers.
 */
export async function findCallBack(db: Db, organizationId: string, sender: PurportedSender): Promise<{ callBack: CallBack; directory: ClientDirectory; country: string | null }> {
  const found = await organizationDirectory(db, organizationId);
  if (!found) throw notFound('Organization');
  // Archived contacts have left the directory's everyday use (caller search, pickers): someone who
  // has left is not who confirms a payment now, so the client's main number is offered instead.
  const directory: ClientDirectory = { organization: found.organization, contacts: found.contacts.filter((c) => c.archivedAt === null) };
  const withAddress = sender.address?.includes('@') ? (await contactsWithEmail(db, sender.address)).filter((c) => c.archivedAt === null) : [];
  return { callBack: callBackFor(sender, directory, withAddress), directory, country: found.organization.country };
}
