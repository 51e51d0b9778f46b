import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { organizationDirectory } from '../clients/index.js';
import { domainOfAddress, isFreeMail, type FraudContext } from '../fraud/index.js';
import { staffDirectory } from '../auth/index.js';
import { fraudSettings } from './change-threshold.js';
import { lookalikeDomains, seenDomains } from './fraud-context.repository.js';

/**
 * What the desk knows when mail arrives for a client, as the scorer takes it (FraudContext):
 *
 * - `knownDomains`: the domains of the client's contacts' addresses and of the MSP's own staff,
 *   free-mail providers left out (anyone can open an address there);
 * - `knownPeople`: the client's contacts and the MSP's staff, one row per address;
 * - `seenDomains`: the sender domains this client has had mail from (recordSenderDomain), and the
 *   known domains, which are not new to anyone;
 * - `lookalikeDomains`: the look-alike domains confirmed as fraud at any client;
 * - `threshold`: the client's own, else the default.
 *
 * Fresh arrays on every call: a caller scoring many messages for one client may keep the answer
 * for a while (the scorer prepares each array once), and should build a new one after a change.
 */
export async function buildFraudContext(db: Db, organizationId: string): Promise<FraudContext> {
  const directory = await organizationDirectory(db, organizationId);
  if (!directory) throw notFound('Organization');
  const staff = await staffDirectory(db);
  const knownPeople = [
    ...directory.contacts.flatMap((c) => c.emails.map((address) => ({ name: c.name, address }))),
    ...staff.map((s) => ({ name: s.name, address: s.email })),
  ];
  const known = new Set<string>();
  for (const { address } of knownPeople) {
    const domain = domainOfAddress(address);
    if (domain && !isFreeMail(domain.registrable)) known.add(domain.registrable);
  }
  const knownDomains = [...known].sort();
  const seen = new Set([...(await seenDomains(db, organizationId)), ...knownDomains]);
  return {
    knownDomains,
    knownPeople,
    seenDomains: [...seen].sort(),
    lookalikeDomains: await lookalikeDomains(db),
    threshold: (await fraudSettings(db, organizationId)).threshold,
  };
}
