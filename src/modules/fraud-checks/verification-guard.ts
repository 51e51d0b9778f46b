import type { ResolveGuard } from '../tickets/index.js';
import { openFlags } from './flag.repository.js';
import { verificationBlock } from './verification.js';

/**
 * The tickets module's resolve guard for verify-by-phone: while any flag of the ticket awaits its
 * call-back, resolving, closing or merging it away is refused with `verification_required`.
 */
export const verificationGuard: ResolveGuard = async (db, ticketId) => verificationBlock(await openFlags(db, ticketId));
