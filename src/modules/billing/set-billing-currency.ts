import type { BillingDeps } from './billing-deps.js';
import { saveAccountCurrency, setTermsCurrency } from './billing.repository.js';

/**
 * Sets the currency a client is billed in (owner, admin). Its contracts' terms follow; time
 * already logged keeps the currency it was priced in.
 */
export async function setBillingCurrency(deps: Pick<BillingDeps, 'db' | 'clock'>, organizationId: string, currency: string): Promise<void> {
  const now = deps.clock.iso();
  await saveAccountCurrency(deps.db, organizationId, currency, now);
  await setTermsCurrency(deps.db, organizationId, currency);
}
