import type { Db } from '../../platform/db/connect.js';
import { domainOfAddress } from '../fraud/index.js';
import { recordSeenDomain } from './fraud-context.repository.js';

/**
 * Remembers that a client had mail from the sender's domain (its registrable domain), so the next
 * message from it is no longer "newly seen". Mail intake calls it in its own transaction with its
 * clock's `at`, after scoring the message — recorded first, every domain would look familiar.
 * An address without a readable domain is ignored.
 */
export async function recordSenderDomain(db: Db, input: { organizationId: string; address: string; at: string }): Promise<void> {
  const domain = domainOfAddress(input.address);
  if (domain) await recordSeenDomain(db, input.organizationId, domain.registrable, input.at);
}
