/**
 * What a client's admins see of their billing in the portal: the goodwill the MSP gave them (the
 * ledger by month and reason) and the balance of each active block-hours contract this month and
 * the two before. Contracts come from the sla module, the client from the clients module.
 */
import { notFound } from '../../platform/errors.js';
import type { ClientActor } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { findContract } from '../sla/index.js';
import type { BlockMonth } from './block-hours.js';
import type { BillingDeps } from './billing-deps.js';
import { goodwillLedger, termsWithBlock } from './billing-reads.js';
import { termsOfOrganization } from './billing.repository.js';

/** A block-hours contract's recent months, for the client. */
export interface ClientBlock {
  contractId: string;
  contractName: string;
  months: BlockMonth[];
}

/** The client's goodwill ledger (every month) and the balances of its active block-hours contracts. */
export async function clientAccount(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: ClientActor) {
  const organization = await findOrganization(deps.db, actor, actor.organizationId);
  if (!organization) throw notFound('Client organisation');
  const blocks: ClientBlock[] = [];
  for (const terms of await termsOfOrganization(deps.db, organization.id)) {
    if (terms.kind !== 'block_hours' || !terms.block) continue;
    const contract = await findContract(deps.db, terms.contractId);
    if (!contract?.active) continue;
    blocks.push({ contractId: contract.id, contractName: contract.name, months: (await termsWithBlock(deps, actor, terms)).blockMonths.slice(-3).reverse() });
  }
  return { goodwill: await goodwillLedger(deps, organization, {}), blocks };
}
