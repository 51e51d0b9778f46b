import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { updateContact, type Contact } from './client.repository.js';
import { insertContacts } from './client-import.repository.js';

/** A contact as an import makes it: client and site found, emails lower case, numbers already in E.164 (normalizePhone). */
export type ImportedContact = Omit<Contact, 'id' | 'createdAt' | 'archivedAt'>;

/**
 * Writes a chunk of imported contacts: new ones in a few multi-row statements (10,000 contacts
 * import in seconds), and changes to existing ones with their emails and numbers. Returns the new
 * contacts in order.
 */
export async function saveImportedContacts(deps: { db: Db; clock: Clock }, input: { create: ImportedContact[]; update: Contact[] }): Promise<Contact[]> {
  const now = deps.clock.iso();
  const created: Contact[] = input.create.map((c) => ({ id: newId(), ...c, createdAt: now, archivedAt: null }));
  await insertContacts(deps.db, created);
  for (const contact of input.update) await updateContact(deps.db, contact);
  return created;
}
