/** Pages and test sends are never made to the server's own network unless the operator allows it. */
import { internalDestination } from '../../platform/destinations.js';
import { DeliveryError } from './providers/provider.js';

/** Methods whose address is a URL the server itself calls. */
export const URL_METHODS = new Set(['webhook', 'slack', 'teams']);

/** Throws a permanent DeliveryError for an address on the server's own network (see platform/destinations.ts). */
export async function refuseInternalAddress(address: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return; // the provider reports a malformed address itself
  }
  const internal = await internalDestination(url);
  if (internal !== undefined) {
    throw new DeliveryError(`refused: ${url.hostname} is on the server's own network (${internal}); set SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true to allow it`, false);
  }
}
